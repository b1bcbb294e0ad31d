"""The forms the website, the API and the staff admin share, so each says the same thing about
the same input: the application form (the staff counter form extends it with a channel) and
the feedback form with its honeypot. Every error is on its field, in the
visitor's language."""

from typing import Any

from django import forms
from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.utils.translation import gettext_lazy as _

from core.choices import CHOOSE_PROMPT, Upazila
from core.i18n import to_ascii_digits
from core.uploads import CheckedUpload
from eservice.domain import validation
from eservice.domain.uploads import ACCEPT, check_application_uploads
from eservice.models.applications import Survey
from eservice.models.charter import Service
from eservice.models.feedback import Feedback

# The longest feedback message, after trimming (the page's textarea stops there too).
MESSAGE_MAX_LENGTH = 2000


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class MultipleFileField(forms.FileField):
    """Several files in one field (Django's documented pattern); each is checked in ``clean_documents``."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("widget", MultipleFileInput(attrs={"accept": ACCEPT}))
        super().__init__(*args, **kwargs)

    def clean(self, data, initial=None):
        if not data:
            return []
        files = data if isinstance(data, list | tuple) else [data]
        return [super(MultipleFileField, self).clean(item, initial) for item in files]


def _text(label, max_length: int, required: bool = True, help_text: str = "", **widget_attrs) -> forms.CharField:
    field = forms.CharField(
        label=label,
        required=required,
        help_text=help_text,
        # The length is checked after trimming and NFC in clean_*, so the raw value may be a little longer.
        max_length=max_length * 2,
        strip=False,
        widget=forms.TextInput(attrs=widget_attrs),
        error_messages={"required": _("This field is required.")},
    )
    return _limit_typing(field, max_length)


def _limit_typing(field: forms.Field, max_length: int) -> forms.Field:
    """The browser stops at the real limit (Django's own widget_attrs would put the looser
    max_length there); the API's form description reads it from here too."""
    field.widget.attrs["maxlength"] = max_length
    return field


class ApplicationForm(forms.Form):
    """An applicant's details for one service; land-record questions appear when the service needs them."""

    applicant_name = _text(_("Applicant's name"), validation.NAME_MAX_LENGTH, autocomplete="name")
    guardian_name = _text(_("Father's or husband's name"), validation.NAME_MAX_LENGTH)
    mobile = _text(
        _("Mobile number"),
        20,
        help_text=_("11 digits, e.g. 01712345678; +880 and Bengali digits are fine."),
        autocomplete="tel",
        inputmode="tel",
    )
    nid = _text(_("National ID number"), 25, help_text=_("10, 13 or 17 digits."), inputmode="numeric")
    address = _limit_typing(
        forms.CharField(
            label=_("Address"),
            strip=False,
            max_length=validation.ADDRESS_MAX_LENGTH * 2,
            widget=forms.Textarea(attrs={"rows": 3}),
            error_messages={"required": _("This field is required.")},
        ),
        validation.ADDRESS_MAX_LENGTH,
    )
    email = forms.EmailField(
        label=_("Email (optional)"),
        required=False,
        max_length=254,
        error_messages={"invalid": _("Enter a valid email address, or leave it empty.")},
    )
    documents = MultipleFileField(
        label=_("Documents (optional)"),
        required=False,
        help_text=_("PDF, JPEG or PNG; up to 5 files of 5 MB each."),
    )

    applicant_field_names = ("applicant_name", "guardian_name", "mobile", "nid", "address", "email")
    land_record_fields = ("upazila", "mouza", "jl_no", "khatian_no", "survey", "dag_nos")

    def __init__(self, *args, service: Service, **kwargs):
        super().__init__(*args, **kwargs)
        self.service = service
        if service.needs_land_record:
            choice_errors = {
                "required": _("This field is required."),
                "invalid_choice": _("Choose one of the options."),
            }
            self.fields["upazila"] = forms.ChoiceField(
                label=_("Upazila"), choices=[("", CHOOSE_PROMPT), *Upazila.choices], error_messages=choice_errors
            )
            self.fields["mouza"] = _text(_("Mouza"), 100)
            self.fields["jl_no"] = _text(_("JL no."), 20, required=False)
            self.fields["khatian_no"] = _text(_("Khatian no."), 50)
            self.fields["survey"] = forms.ChoiceField(
                label=_("Survey"), choices=[("", CHOOSE_PROMPT), *Survey.choices], error_messages=choice_errors
            )
            self.fields["dag_nos"] = _text(_("Dag nos."), 200, required=False, help_text=_("Separate with commas."))
            # Uploads stay last on the form.
            self.order_fields([name for name in self.fields if name != "documents"] + ["documents"])
        self.checked_uploads: list[CheckedUpload] = []

    def applicant_fields(self) -> list[forms.BoundField]:
        return [self[name] for name in self.applicant_field_names]

    def land_record_bound_fields(self) -> list[forms.BoundField]:
        return [self[name] for name in self.land_record_fields if name in self.fields]

    def clean_applicant_name(self) -> str:
        return validation.clean_name(self.cleaned_data["applicant_name"])

    def clean_guardian_name(self) -> str:
        return validation.clean_name(self.cleaned_data["guardian_name"])

    def clean_mobile(self) -> str:
        return validation.normalise_mobile(self.cleaned_data["mobile"])

    def clean_nid(self) -> str:
        return validation.normalise_nid(self.cleaned_data["nid"])

    def clean_address(self) -> str:
        return validation.clean_address(self.cleaned_data["address"])

    def clean_mouza(self) -> str:
        return validation.clean_text(self.cleaned_data["mouza"], max_length=100, required_message=_("Enter the mouza."))

    def clean_khatian_no(self) -> str:
        return validation.clean_text(
            to_ascii_digits(self.cleaned_data["khatian_no"]),
            max_length=50,
            required_message=_("Enter the khatian number."),
        )

    def clean_jl_no(self) -> str:
        return validation.clean_optional_text(to_ascii_digits(self.cleaned_data["jl_no"]), 20)

    def clean_dag_nos(self) -> str:
        return validation.clean_optional_text(to_ascii_digits(self.cleaned_data["dag_nos"]), 200)

    def clean_documents(self) -> list:
        files = self.cleaned_data.get("documents") or []
        self.checked_uploads = check_application_uploads(files)
        return files

    def application_data(self) -> dict[str, Any]:
        return {name: value for name, value in self.cleaned_data.items() if name != "documents"}


class FeedbackForm(forms.Form):
    """A comment or suggestion; the service is chosen by its slug so the API can use the same form."""

    name = forms.CharField(label=_("Your name (optional)"), required=False, max_length=200, strip=False)
    contact = forms.CharField(
        label=_("Mobile or email (optional)"),
        required=False,
        max_length=254,
        help_text=_("Only if you want an answer; it is never published."),
    )
    service = forms.ChoiceField(label=_("About a service (optional)"), required=False)
    message = forms.CharField(
        label=_("Your comment or suggestion"),
        max_length=MESSAGE_MAX_LENGTH * 2,
        strip=False,
        widget=forms.Textarea(attrs={"rows": 6, "maxlength": MESSAGE_MAX_LENGTH}),
        error_messages={"required": _("Write your comment or suggestion.")},
    )
    # The honeypot: hidden from people on the page, named like a field bots like to fill in;
    # the API takes it too, so a bot posting there is caught the same way.
    website = forms.CharField(
        label=_("Leave this field empty"),
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
    )

    # The order of the page (the one required field first), which the error summary follows.
    field_order = ["message", "service", "name", "contact", "website"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.services = {service.slug: service for service in Service.objects.active().for_locale()}
        self.fields["service"].choices = [("", CHOOSE_PROMPT)] + [
            (slug, service.name) for slug, service in self.services.items()
        ]
        self.fields["service"].error_messages["invalid_choice"] = _("Choose one of the services in the charter.")

    def is_spam(self) -> bool:
        return bool(str(self.data.get("website") or "").strip())

    def clean_name(self) -> str:
        return validation.clean_optional_text(self.cleaned_data["name"], validation.NAME_MAX_LENGTH)

    def clean_contact(self) -> str:
        value = validation.clean_optional_text(self.cleaned_data["contact"], 254)
        if not value:
            return ""
        if "@" in value:
            try:
                validate_email(value)
            except ValidationError:
                raise ValidationError(_("Enter a valid email address or mobile number."), code="invalid") from None
            return value.lower()
        try:
            return validation.normalise_mobile(value)
        except ValidationError:
            raise ValidationError(_("Enter a valid email address or mobile number."), code="invalid") from None

    def clean_message(self) -> str:
        return validation.clean_text(
            self.cleaned_data["message"],
            max_length=MESSAGE_MAX_LENGTH,
            required_message=_("Write your comment or suggestion."),
            multiline=True,
        )

    def save(self, language: str) -> Feedback:
        service = self.services.get(self.cleaned_data.get("service") or "")
        return Feedback.objects.create(
            name=self.cleaned_data["name"],
            contact=self.cleaned_data["contact"],
            service=service.source if service else None,
            message=self.cleaned_data["message"],
            language="en" if language.startswith("en") else "bn",
        )
