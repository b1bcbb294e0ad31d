"""Template filters that show numbers and dates the way the reader expects.

On Bengali pages digits become Bengali digits and dates read "২৭ নভেম্বর ২০২৬";
on English pages values pass through in the usual English form.
"""

import datetime

from django import template
from django.utils import timezone
from django.utils.formats import date_format

from core.i18n import format_bengali_date, format_bengali_time, is_bengali, to_bengali_digits

register = template.Library()


@register.filter
def local_digits(value):
    """Bengali digits on Bengali pages; unchanged elsewhere."""
    if value is None:
        return ""
    return to_bengali_digits(value) if is_bengali() else str(value)


@register.filter
def local_date(value, with_weekday=False):
    """A date (or the date part of a datetime, in Asia/Dhaka) for a reader."""
    if not value:
        return ""
    if isinstance(value, datetime.datetime):
        value = timezone.localtime(value) if timezone.is_aware(value) else value
        value = value.date()
    if is_bengali():
        return format_bengali_date(value, with_weekday=bool(with_weekday))
    return date_format(value, "l, j F Y" if with_weekday else "j F Y")


@register.filter
def local_datetime(value):
    """Date and time in Asia/Dhaka: "২৭ নভেম্বর ২০২৬, ১৭:০৫" on Bengali pages."""
    if not value:
        return ""
    if timezone.is_aware(value):
        value = timezone.localtime(value)
    if is_bengali():
        return f"{format_bengali_date(value.date())}, {format_bengali_time(value.time())}"
    return date_format(value, "j F Y, H:i")
