"""Template filters that show numbers and dates the way the reader expects.

On Bengali pages digits become Bengali digits and dates read "২৭ নভেম্বর ২০২৬";
on English pages values pass through in the usual English form.
"""

from django import template

from core.i18n import local_date_text, local_datetime_text, local_digits_text, local_value_text

register = template.Library()


@register.filter
def local_digits(value):
    """Bengali digits on Bengali pages; unchanged elsewhere."""
    return local_digits_text(value)


@register.filter
def local_date(value, with_weekday=False):
    """A date (or the date part of a datetime, in Asia/Dhaka) for a reader."""
    return local_date_text(value, with_weekday=bool(with_weekday))


@register.filter
def local_datetime(value):
    """Date and time in Asia/Dhaka: "২৭ নভেম্বর ২০২৬, ১৭:০৫" on Bengali pages."""
    return local_datetime_text(value)


@register.filter
def local_value(value):
    """A date, date and time, or number as `local_date`, `local_datetime` or `local_digits` show
    it; text (a tracking number, a name) unchanged."""
    return local_value_text(value)
