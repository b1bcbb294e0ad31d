"""Bengali numerals and dates, for pages a Bengali reader sees.

Data, URLs and the API always keep ASCII digits; these functions are for display only.
"""

import datetime
import unicodedata

BENGALI_DIGITS = str.maketrans("0123456789", "০১২৩৪৫৬৭৮৯")
ASCII_DIGITS = str.maketrans("০১২৩৪৫৬৭৮৯", "0123456789")

BENGALI_MONTHS = (
    "জানুয়ারি",
    "ফেব্রুয়ারি",
    "মার্চ",
    "এপ্রিল",
    "মে",
    "জুন",
    "জুলাই",
    "আগস্ট",
    "সেপ্টেম্বর",
    "অক্টোবর",
    "নভেম্বর",
    "ডিসেম্বর",
)
BENGALI_WEEKDAYS = ("সোমবার", "মঙ্গলবার", "বুধবার", "বৃহস্পতিবার", "শুক্রবার", "শনিবার", "রবিবার")


def nfc(text: str) -> str:
    """Unicode NFC: the one form in which Bengali text is stored and searched."""
    return unicodedata.normalize("NFC", text)


def to_bengali_digits(value: object) -> str:
    return str(value).translate(BENGALI_DIGITS)


def to_ascii_digits(value: str) -> str:
    return value.translate(ASCII_DIGITS)


def format_bengali_date(value: datetime.date, with_weekday: bool = False) -> str:
    """27 November 2026 -> "২৭ নভেম্বর ২০২৬" (with the weekday in front if asked)."""
    text = f"{to_bengali_digits(value.day)} {BENGALI_MONTHS[value.month - 1]} {to_bengali_digits(value.year)}"
    if with_weekday:
        text = f"{BENGALI_WEEKDAYS[value.weekday()]}, {text}"
    return text


def format_bengali_time(value: datetime.time) -> str:
    """24-hour clock in Bengali digits: 17:05 -> "১৭:০৫"."""
    return to_bengali_digits(f"{value.hour:02d}:{value.minute:02d}")
