"""Wagtail's admin template library with numbers, dates and times in the reader's digits.

Wagtail's own admin screens print counts through `intcomma` (its rule: a number a person reads
goes through `intcomma`, one a program reads through `unlocalize`), relative times through
`timesince_simple` and `timesince_last_update` ("3 ঘণ্টা আগে"), and dates through
`human_readable_date`, whose tooltip used Django's locale format ("নভে. 30, 2026, 2:45
অপরাহ্ন"). For a staff member who reads the admin in Bengali these give Bengali digits, and
the tooltip the same date and time as the project's own listings and detail views
(`core.i18n.local_datetime_text`: "৩০ নভেম্বর ২০২৬, ১৪:৪৫"); in English they are Wagtail's.

How: Django lets a project name the module behind a library (`TEMPLATES[...]["OPTIONS"]
["libraries"]`, rangpur_cms/settings/base.py); `wagtailadmin_tags` names this one, which holds
every tag and filter of Wagtail's library and replaces the few that print numbers for people.
Machine-read values (`datetime="…"` attributes, URLs, ids, form values) never pass through these
filters, so they keep ASCII digits. Written against Wagtail 8.0.1; the shapes relied on are
checked in tests/core/test_admin_digits.py.
"""

from __future__ import annotations

import datetime

from django import template
from django.contrib.humanize.templatetags.humanize import intcomma as humanize_intcomma
from django.template.defaultfilters import filesizeformat as django_filesizeformat
from django.utils import timezone
from django.utils.formats import date_format, get_format
from django.utils.timesince import timesince
from django.utils.timezone import template_localtime
from django.utils.translation import gettext
from wagtail.admin.templatetags import wagtailadmin_tags as wagtail_library
from wagtail.utils.timestamps import render_timestamp

from core.i18n import is_bengali, local_date_text, local_datetime_text, local_digits_text

register = template.Library()
register.tags.update(wagtail_library.register.tags)
register.filters.update(wagtail_library.register.filters)

# Stands for the user's name while the digits of Wagtail's sentence are converted: a name
# ("staff2") is data and keeps its digits.
NAME_PLACEHOLDER = "\u2063"  # INVISIBLE SEPARATOR: never typed in a name


@register.filter(is_safe=True)
def intcomma(value, use_l10n=True):
    """Humanize's `intcomma`, in Bengali digits for a Bengali reader."""
    return local_digits_text(humanize_intcomma(value, use_l10n))


@register.filter(is_safe=True)
def filesizeformat(value):
    """Django's `filesizeformat` ("1.2 MB"), in Bengali digits for a Bengali reader."""
    return local_digits_text(django_filesizeformat(value))


@register.filter
def timesince_simple(value):
    """Wagtail's "3 hours ago" / "just now", in Bengali digits for a Bengali reader.

    Wagtail says "just now" when Django's `timesince` equals its own translation of "0 minutes";
    a catalogue that writes that in Bengali digits ("০ মিনিট") never equals Django's "0 মিনিট",
    and the admin said "০ মিনিট আগে". Less than a minute is compared with Django's own words.
    """
    now = timezone.now()
    if timesince(value, now=now).split(",")[0] == timesince(now, now=now):
        return gettext("just now")
    return local_digits_text(wagtail_library.timesince_simple(value))


@register.simple_tag
def timesince_last_update(last_update, show_time_prefix=False, user_display_name="", use_shorthand=True):
    """Wagtail's "at 14:45 by …" / "3 hours ago by …", its digits the reader's, the name as it is."""
    text = wagtail_library.timesince_last_update(
        last_update,
        show_time_prefix=show_time_prefix,
        user_display_name=NAME_PLACEHOLDER if user_display_name else "",
        use_shorthand=use_shorthand,
    )
    return local_digits_text(text).replace(NAME_PLACEHOLDER, str(user_display_name))


def timestamp(value: datetime.datetime) -> str:
    """Wagtail's `render_timestamp` (dates inside history messages) in the reader's format and
    digits; installed by api/wagtail_overrides.py."""
    if is_bengali():
        return local_datetime_text(value)
    return render_timestamp(value)


def tooltip_text(value: datetime.date | datetime.datetime) -> str:
    """The full date (and time) behind a relative one: the project's format in Bengali, Wagtail's otherwise."""
    if isinstance(value, datetime.datetime):
        if is_bengali():
            return local_datetime_text(value)
        return date_format(template_localtime(value), get_format("DATETIME_FORMAT") or "N j, Y, P")
    if is_bengali():
        return local_date_text(value)
    return date_format(value, get_format("DATE_FORMAT") or "N j, Y")


@register.inclusion_tag("core/human_readable_date.html")
def human_readable_date(date, description=None, placement="top"):
    """Wagtail's relative date with its full date in a tooltip, in the reader's digits and format."""
    return {
        "date": date,
        "description": description,
        "placement": placement,
        "tooltip": tooltip_text(date) if isinstance(date, datetime.date) else "",
    }
