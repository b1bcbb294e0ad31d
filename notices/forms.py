"""The form that validates what readers type into the notice board's filters."""

from django import forms
from django.utils.translation import gettext_lazy as _

from core.i18n import to_ascii_digits, to_bengali_digits
from core.text import MAX_QUERY_LENGTH, clean_query
from notices.models.notice import NoticeCategory


class NoticeFilterForm(forms.Form):
    """The board's filters: words, category and year. Invalid values are reported, never used."""

    q = forms.CharField(label=_("Search notices"), max_length=MAX_QUERY_LENGTH, required=False)
    category = forms.ChoiceField(
        label=_("Category"), choices=[("", _("All categories")), *NoticeCategory.choices], required=False
    )
    year = forms.IntegerField(label=_("Year"), min_value=1900, max_value=2200, required=False)

    def __init__(self, *args, years: list[int] | None = None, bengali: bool = False, **kwargs):
        super().__init__(*args, **kwargs)
        # What the fields' HTML depends on besides the data and the language (a fragment cache key).
        self.years = tuple(years or ())
        # Offer the years that have notices; any other year is still accepted (it finds nothing).
        labels = [(year, to_bengali_digits(year) if bengali else str(year)) for year in years or []]
        self.fields["year"].widget = forms.Select(choices=[("", _("All years")), *labels])

    def clean_q(self) -> str:
        return clean_query(self.cleaned_data.get("q", ""))

    def full_clean(self):
        # Years typed with Bengali digits are accepted; anything else not a number is rejected.
        if self.is_bound and "year" in self.data:
            data = self.data.copy()
            data["year"] = to_ascii_digits(str(data.get("year", "")).strip())
            self.data = data
        super().full_clean()
