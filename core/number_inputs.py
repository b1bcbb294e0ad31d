"""Number boxes in the admin that take Bengali digits and show the reader's digits.

A browser's `<input type="number">` refuses "৫৭" outright, and the admin showed a stored 57 as
"57" to a staff member who reads Bengali. Every integer, decimal and float field of every admin
form (pages, snippets, settings and our model viewsets all build their forms from
WagtailAdminModelForm) gets this text box instead, through Wagtail's public
`register_form_field_override`: digits typed in either script are folded to ASCII before
validation (so the database keeps ASCII), and the value is shown back in the reader's digits.
"""

from __future__ import annotations

from django import forms
from django.db import models
from wagtail.admin.forms.models import register_form_field_override

from core.i18n import local_digits_text, to_ascii_digits


class LocalNumberInput(forms.TextInput):
    """A text box for a number: Bengali or ASCII digits in, the reader's digits out."""

    inputmode = "decimal"

    def __init__(self, attrs: dict | None = None) -> None:
        super().__init__({"inputmode": self.inputmode, "autocomplete": "off", **(attrs or {})})

    def format_value(self, value):
        value = super().format_value(value)
        return None if value is None else local_digits_text(value)

    def value_from_datadict(self, data, files, name):
        value = super().value_from_datadict(data, files, name)
        return to_ascii_digits(value).strip() if isinstance(value, str) else value


class LocalIntegerInput(LocalNumberInput):
    inputmode = "numeric"


def use_local_number_inputs() -> None:
    """Give the admin's forms these boxes for every number field (called once, from core's ready())."""
    register_form_field_override(models.IntegerField, override={"widget": LocalIntegerInput})
    register_form_field_override(models.DecimalField, override={"widget": LocalNumberInput})
    register_form_field_override(models.FloatField, override={"widget": LocalNumberInput})
