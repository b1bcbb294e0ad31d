"""Admin listing columns that show dates, times and numbers the way the detail views do.

Wagtail's listings print a date with Django's locale format ("নভে. 30, 2026, 2:45 অপরাহ্ন" in
the Bengali admin) while our detail views use core/i18n.py ("৩০ নভেম্বর ২০২৬, ১৪:৪৫"); one
column class sends listings through the same formatter, so list and detail read alike.
"""

from __future__ import annotations

from django.db import models
from django.utils.text import capfirst
from wagtail.admin.ui.tables import Column

from core.i18n import local_value_text


class LocalValueColumn(Column):
    """A column whose dates, times and numbers are in the reader's format and digits."""

    def get_value(self, instance):
        return local_value_text(super().get_value(instance))


def local_column(model: type[models.Model], field_name: str, **kwargs) -> LocalValueColumn:
    """A sortable column for a date or number field of `model`, labelled with the field's name."""
    field = model._meta.get_field(field_name)
    kwargs.setdefault("label", capfirst(field.verbose_name))
    kwargs.setdefault("sort_key", field_name)
    return LocalValueColumn(field_name, **kwargs)
