"""Forms only the website has: tracking an application."""

from django import forms
from django.utils.translation import gettext_lazy as _

from eservice.domain import validation
from eservice.domain.tracking import is_tracking_number, normalise_tracking_number


class TrackForm(forms.Form):
    """Tracking number and mobile: both must match one application before anything is shown."""

    tracking_number = forms.CharField(
        label=_("Tracking number"),
        max_length=40,
        help_text=_("As printed on the receipt, e.g. RNG-20261203-0001."),
        error_messages={"required": _("This field is required.")},
    )
    mobile = forms.CharField(
        label=_("Mobile number"),
        max_length=20,
        help_text=_("The mobile number given on the application."),
        error_messages={"required": _("This field is required.")},
        widget=forms.TextInput(attrs={"inputmode": "tel", "autocomplete": "tel"}),
    )

    def clean_tracking_number(self) -> str:
        value = normalise_tracking_number(self.cleaned_data["tracking_number"])
        if not is_tracking_number(value):
            raise forms.ValidationError(
                _("A tracking number looks like RNG-20261203-0001."), code="invalid_tracking_number"
            )
        return value

    def clean_mobile(self) -> str:
        return validation.normalise_mobile(self.cleaned_data["mobile"])
