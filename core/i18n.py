"""Bengali text, numerals and dates, and the reader's language.

Data, URLs and the API always keep ASCII digits; the digit and date functions are for display
only. Text is stored and searched in Unicode NFC (`nfc`).
"""

from __future__ import annotations

import datetime
import decimal
import unicodedata

from django.conf import settings
from django.db.models import Q, QuerySet
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import get_language
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Locale

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


def local_date_text(value: datetime.date | datetime.datetime | None, with_weekday: bool = False) -> str:
    """A date (or the date part of a datetime, in Asia/Dhaka) for the reader: "২৭ নভেম্বর ২০২৬"."""
    if not value:
        return ""
    if isinstance(value, datetime.datetime):
        value = timezone.localtime(value) if timezone.is_aware(value) else value
        value = value.date()
    if is_bengali():
        return format_bengali_date(value, with_weekday=with_weekday)
    return date_format(value, "l, j F Y" if with_weekday else "j F Y")


def local_datetime_text(value: datetime.datetime | None) -> str:
    """Date and time in Asia/Dhaka for the reader: "২৭ নভেম্বর ২০২৬, ১৭:০৫"."""
    if not value:
        return ""
    if timezone.is_aware(value):
        value = timezone.localtime(value)
    if is_bengali():
        return f"{format_bengali_date(value.date())}, {format_bengali_time(value.time())}"
    return date_format(value, "j F Y, H:i")


def local_digits_text(value: object) -> str:
    """Bengali digits for a Bengali reader; unchanged otherwise ("" for nothing)."""
    if value is None:
        return ""
    return to_bengali_digits(value) if is_bengali() else str(value)


def local_value_text(value: object) -> object:
    """A date, time or number as the reader reads it; any other value as it is.

    The one rule behind listings and detail views alike, so a date reads the same in both.
    """
    if isinstance(value, datetime.datetime):
        return local_datetime_text(value)
    if isinstance(value, datetime.date):
        return local_date_text(value)
    if isinstance(value, (int, float, decimal.Decimal)) and not isinstance(value, bool):
        return local_digits_text(value)
    return value


def current_language() -> str:
    """The active language's code without a region ("bn", "en"); the site's default when none is active."""
    return (get_language() or settings.LANGUAGE_CODE).split("-")[0]


def is_bengali() -> bool:
    """Whether the reader reads Bengali now: the one test for Bengali digits, dates and punctuation."""
    return current_language() == "bn"


def source_language_code() -> str:
    """The language content is written in first (Bengali, the default locale's), without a query."""
    return get_supported_content_language_variant(settings.LANGUAGE_CODE)


def translated_or_source(
    queryset: QuerySet, locale: Locale, translated: QuerySet | None = None, default: Locale | None = None
) -> QuerySet:
    """Items of `queryset` in `locale`, plus the source-language (Bengali) items not translated into it yet.

    Content is written in Bengali first; an English reader sees a Bengali item until its
    translation exists rather than a list that is silently incomplete. `translated` is what
    counts as a translation (default: any item of `queryset` in `locale`); `default` is the
    source locale, when the caller has it at hand (core.locales), else it is looked up.
    """
    if locale.language_code == source_language_code():
        return queryset.filter(locale=locale)
    default = default or Locale.get_default()
    if translated is None:
        translated = queryset.filter(locale=locale)
    return queryset.filter(
        Q(locale=locale) | Q(locale=default) & ~Q(translation_key__in=translated.values("translation_key"))
    )
