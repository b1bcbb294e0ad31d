"""Every validation rule, with good and bad values, Bengali digits included."""

import unicodedata

import pytest
from django.core.exceptions import ValidationError
from django.utils import translation

from eservice.domain.validation import clean_address, clean_name, normalise_mobile, normalise_nid


@pytest.mark.parametrize(
    "value",
    [
        "01712345678",
        "+8801712345678",
        "8801712345678",
        "+880 1712-345678",
        "০১৭১২৩৪৫৬৭৮",
        "+৮৮০১৭১২৩৪৫৬৭৮",
        " 017 1234 5678 ",
    ],
)
def test_good_mobiles_are_stored_as_01(value):
    assert normalise_mobile(value) == "01712345678"


@pytest.mark.parametrize("prefix", ["013", "014", "015", "016", "017", "018", "019"])
def test_every_operator_prefix(prefix):
    assert normalise_mobile(f"{prefix}12345678") == f"{prefix}12345678"


@pytest.mark.parametrize(
    "value",
    [
        "01212345678",  # 012 is no operator
        "0171234567",  # 10 digits
        "017123456789",  # 12 digits
        "+8811712345678",  # not Bangladesh
        "0171234567a",
        "০১২১২৩৪৫৬৭৮",  # Bengali digits, bad prefix
        "phone",
    ],
)
def test_bad_mobiles_are_refused(value):
    with pytest.raises(ValidationError) as error:
        normalise_mobile(value)
    assert error.value.code == "invalid_mobile"


def test_empty_mobile_is_required():
    with pytest.raises(ValidationError) as error:
        normalise_mobile("  ")
    assert error.value.code == "required"


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("1234567890", "1234567890"),
        ("1234567890123", "1234567890123"),
        ("19901234567890123", "19901234567890123"),
        ("১২৩৪৫৬৭৮৯০", "1234567890"),
        ("১৯৯০১২৩৪৫৬৭৮৯০১২৩", "19901234567890123"),
        ("123 456 7890", "1234567890"),
    ],
)
def test_good_nids(value, expected):
    assert normalise_nid(value) == expected


@pytest.mark.parametrize(
    "value", ["123456789", "12345678901", "123456789012345", "123456789012345678", "12345abcde", "১২৩৪"]
)
def test_bad_nids(value):
    with pytest.raises(ValidationError) as error:
        normalise_nid(value)
    assert error.value.code == "invalid_nid"


def test_names_are_trimmed_and_nfc():
    decomposed = unicodedata.normalize("NFD", "মোছাঃ রহিমা বেগম")
    cleaned = clean_name(f"   {decomposed}   ")
    assert cleaned == unicodedata.normalize("NFC", "মোছাঃ রহিমা বেগম")
    assert unicodedata.is_normalized("NFC", cleaned)
    assert clean_name("Rahima    Begum") == "Rahima Begum"


def test_names_are_required_and_bounded():
    with pytest.raises(ValidationError) as error:
        clean_name("   ")
    assert error.value.code == "required"
    assert clean_name("ক" * 100) == "ক" * 100
    with pytest.raises(ValidationError) as error:
        clean_name("ক" * 101)
    assert error.value.code == "max_length"


def test_address_keeps_lines_and_drops_control_characters():
    assert clean_address(" গ্রাম: পায়রাবন্দ\x00 \n\n  মিঠাপুকুর, রংপুর ") == "গ্রাম: পায়রাবন্দ\nমিঠাপুকুর, রংপুর"
    with pytest.raises(ValidationError):
        clean_address("ক" * 501)


def test_messages_are_in_the_visitors_language():
    def message_in(language: str) -> str:
        # Messages are lazy: they take the language that is active when they are read.
        with translation.override(language):
            try:
                normalise_nid("123")
            except ValidationError as error:
                return error.messages[0]
        raise AssertionError("no error raised")

    assert message_in("en") == "A National ID number has 10, 13 or 17 digits."
    assert message_in("bn") == "জাতীয় পরিচয়পত্র নম্বর ১০, ১৩ বা ১৭ অঙ্কের হয়।"
