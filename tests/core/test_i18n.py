import datetime
from zoneinfo import ZoneInfo

import pytest
from django.template import Context, Template
from django.utils import translation

from core.i18n import format_bengali_date, nfc, to_ascii_digits, to_bengali_digits


def render(source: str, **context) -> str:
    return Template("{% load bengali %}" + source).render(Context(context))


def test_digits_round_trip():
    assert to_bengali_digits(2026) == "২০২৬"
    assert to_ascii_digits("০১৭১২৩৪৫৬৭৮") == "01712345678"


def test_bengali_date_reads_naturally():
    assert format_bengali_date(datetime.date(2026, 11, 27)) == "২৭ নভেম্বর ২০২৬"
    assert format_bengali_date(datetime.date(2026, 12, 16), with_weekday=True) == "বুধবার, ১৬ ডিসেম্বর ২০২৬"


def test_nfc_composes_decomposed_bengali():
    decomposed = "\u09a1\u09bc"  # DDA + NUKTA, which NFC keeps as the canonical pair
    assert nfc("কো") == nfc("\u0995\u09c7\u09be")
    assert nfc(decomposed) == decomposed


@pytest.mark.parametrize(
    ("language", "expected"),
    [("bn", "২৭ নভেম্বর ২০২৬ · ১২৩"), ("en", "27 November 2026 · 123")],
)
def test_filters_follow_the_active_language(language, expected):
    with translation.override(language):
        assert render("{{ d|local_date }} · {{ n|local_digits }}", d=datetime.date(2026, 11, 27), n=123) == expected


def test_datetime_filter_uses_dhaka_time():
    moment = datetime.datetime(2026, 11, 27, 11, 5, tzinfo=ZoneInfo("UTC"))  # 17:05 in Dhaka
    with translation.override("bn"):
        assert render("{{ m|local_datetime }}", m=moment) == "২৭ নভেম্বর ২০২৬, ১৭:০৫"
    with translation.override("en"):
        assert render("{{ m|local_date }}", m=moment) == "27 November 2026"


def test_empty_values_render_nothing():
    assert render("{{ d|local_date }}{{ n|local_digits }}", d=None, n=None) == ""
