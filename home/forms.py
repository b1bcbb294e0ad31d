"""Filter forms for the section index pages.

Query-string values reach a query only through these forms: a value that is not one of the
choices gets a field error in the reader's language and is left out of the filter.
"""

from django import forms
from django.utils.translation import gettext_lazy as _

from core.choices import Upazila
from home.models.choices import CropSeason, InvestmentSector, LeaseStatus, MahalKind, OfficeCategory

INVALID_CHOICE = _("Choose one of the options in the list.")


def filter_field(label, choices) -> forms.ChoiceField:
    return forms.ChoiceField(
        label=label,
        required=False,
        choices=[("", _("All"))] + list(choices),
        error_messages={"invalid_choice": INVALID_CHOICE},
    )


class FilterForm(forms.Form):
    """Base of the index filters: GET forms whose fields are all optional."""

    # Without this, the form's HTML id of each field would clash with the page's own ids.
    prefix = None

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("auto_id", "filter-%s")
        super().__init__(*args, **kwargs)


class MahalFilterForm(FilterForm):
    kind = filter_field(_("Kind"), MahalKind.choices)
    upazila = filter_field(_("Upazila"), Upazila.choices)
    status = filter_field(_("Status"), LeaseStatus.choices)


class OfficeFilterForm(FilterForm):
    category = filter_field(_("Category"), OfficeCategory.choices)


class InvestmentFilterForm(FilterForm):
    sector = filter_field(_("Sector"), InvestmentSector.choices)
    upazila = filter_field(_("Upazila"), Upazila.choices)


class TouristSpotFilterForm(FilterForm):
    upazila = filter_field(_("Upazila"), Upazila.choices)


class AgricultureFilterForm(FilterForm):
    REPORT_KINDS = [("fertilizer", _("Fertilizer distribution")), ("procurement", _("Food-grain procurement"))]

    kind = filter_field(_("Report"), REPORT_KINDS)
    season = filter_field(_("Season"), CropSeason.choices)
