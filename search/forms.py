"""The site search box, validated before anything reaches a query."""

from django import forms
from django.utils.translation import gettext_lazy as _

from core.text import MAX_QUERY_LENGTH, clean_query


class SiteSearchForm(forms.Form):
    """The site search box."""

    q = forms.CharField(label=_("Search the site"), max_length=MAX_QUERY_LENGTH, required=False)

    def clean_q(self) -> str:
        return clean_query(self.cleaned_data.get("q", ""))
