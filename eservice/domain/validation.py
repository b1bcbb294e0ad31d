"""Normalising and checking what applicants type: mobile numbers, NID numbers, names, addresses.

Each function returns the value in the one form it is stored in, or raises a
``ValidationError`` whose message is in the active language (the visitor's).
"""

import re

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from core.i18n import nfc, to_ascii_digits

MOBILE_RE = re.compile(r"^01[3-9]\d{8}$")
NID_LENGTHS = (10, 13, 17)
NAME_MAX_LENGTH = 100
ADDRESS_MAX_LENGTH = 500
# Spaces, dashes, dots and brackets people put inside phone and ID numbers.
NUMBER_SEPARATORS_RE = re.compile(r"[\s\-.()]")
WHITESPACE_RE = re.compile(r"\s+")
CONTROL_CHARS_RE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def national_mobile(digits: str) -> str:
    """ "+8801712345678" or "8801712345678" → "01712345678": the number without the country code."""
    if digits.startswith("+880"):
        return "0" + digits[4:]
    if digits.startswith("880"):
        return "0" + digits[3:]
    return digits


def normalise_mobile(value: str) -> str:
    """ "+880 1712-345678", "8801712345678" or "০১৭১২৩৪৫৬৭৮" → "01712345678"."""
    digits = national_mobile(NUMBER_SEPARATORS_RE.sub("", to_ascii_digits(nfc(value or ""))))
    if not digits:
        raise ValidationError(_("Enter your mobile number."), code="required")
    if not MOBILE_RE.match(digits):
        raise ValidationError(
            _("Enter a Bangladeshi mobile number of 11 digits starting with 013 to 019, e.g. 01712345678."),
            code="invalid_mobile",
        )
    return digits


def normalise_nid(value: str) -> str:
    """A National ID number of 10, 13 or 17 digits (Bengali digits accepted), stored in ASCII digits."""
    digits = NUMBER_SEPARATORS_RE.sub("", to_ascii_digits(nfc(value or "")))
    if not digits:
        raise ValidationError(_("Enter your National ID number."), code="required")
    if not digits.isascii() or not digits.isdigit() or len(digits) not in NID_LENGTHS:
        raise ValidationError(_("A National ID number has 10, 13 or 17 digits."), code="invalid_nid")
    return digits


def clean_text(value: str, *, max_length: int, required_message: str, multiline: bool = False) -> str:
    """Trim, NFC-normalise and bound free text; collapse runs of spaces (keep line breaks if multiline)."""
    text = CONTROL_CHARS_RE.sub("", nfc(value or ""))
    if multiline:
        lines = [WHITESPACE_RE.sub(" ", line).strip() for line in text.splitlines()]
        text = "\n".join(line for line in lines if line)
    else:
        text = WHITESPACE_RE.sub(" ", text).strip()
    if not text:
        raise ValidationError(required_message, code="required")
    if len(text) > max_length:
        raise ValidationError(
            _("Keep this to %(max)d characters or fewer (it has %(length)d).")
            % {"max": max_length, "length": len(text)},
            code="max_length",
        )
    return text


def clean_name(value: str) -> str:
    return clean_text(value, max_length=NAME_MAX_LENGTH, required_message=_("Enter the name."))


def clean_address(value: str) -> str:
    return clean_text(value, max_length=ADDRESS_MAX_LENGTH, required_message=_("Enter the address."), multiline=True)


def clean_optional_text(value: str, max_length: int) -> str:
    """Optional free text (e.g. mouza): empty stays empty, otherwise cleaned like a name."""
    if not (value or "").strip():
        return ""
    return clean_text(value, max_length=max_length, required_message="")
