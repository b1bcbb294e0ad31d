"""The feedback form (মতামত ও পরামর্শ) behind the feedback page and ``POST feedback/`` in the API.

Name and contact are optional; the message is required. The page has a honeypot field that
people never see and bots fill in, and every address may post only ``ESERVICE_FEEDBACK_RATE``
messages (the API's anonymous posts count against ``API_ANON_RATE``)."""

from typing import Any

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale

from core.i18n import current_language
from eservice import validation
from eservice.models import Feedback, FeedbackPage, FeedbackStatus, Service
from eservice.ratelimit import retry_after
from eservice.views import no_store

MESSAGE_MAX_LENGTH = 2000
HONEYPOT_FIELD = "website"


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

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.services = {service.slug: service for service in Service.objects.active().for_locale()}
        self.fields["service"].choices = [("", "---------")] + [
            (slug, service.name) for slug, service in self.services.items()
        ]
        self.fields["service"].error_messages["invalid_choice"] = _("Choose one of the services in the charter.")

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


class FeedbackPageForm(FeedbackForm):
    """The page's form adds the honeypot: hidden from people, tempting to bots."""

    website = forms.CharField(
        label=_("Leave this field empty"),
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
    )

    def is_spam(self) -> bool:
        return bool(self.data.get(HONEYPOT_FIELD, "").strip())


def published_feedback(limit: int = 10):
    return (
        Feedback.objects.filter(published=True, status=FeedbackStatus.ANSWERED)
        .select_related("service")
        .order_by("-answered_at", "-pk")[:limit]
    )


def _context(request: HttpRequest, page: FeedbackPage, **extra: Any) -> dict:
    return {"page": page, "self": page, "request": request, **extra}


def feedback_form(request: HttpRequest, page: FeedbackPage) -> HttpResponse:
    status = 200
    wait = None
    if request.method == "POST":
        form = FeedbackPageForm(request.POST)
        wait = retry_after(request, "feedback", settings.ESERVICE_FEEDBACK_RATE)
        if wait is not None:
            form.is_valid()
            form.add_error(None, _("You have sent several messages just now. Please try again a little later."))
            status = 429
        elif form.is_spam():
            # Look exactly like success, so a bot learns nothing; nothing is stored.
            return no_store(redirect(page.url + page.reverse_subpage("thanks")))
        elif form.is_valid():
            form.save(current_language())
            return no_store(redirect(page.url + page.reverse_subpage("thanks")))
    else:
        form = FeedbackPageForm()
    response = TemplateResponse(
        request,
        "eservice/feedback_page.html",
        _context(request, page, form=form, answered=published_feedback(), locale=Locale.get_active()),
        status=status,
    )
    if wait is not None:
        response["Retry-After"] = str(wait)
    return no_store(response)


def thanks(request: HttpRequest, page: FeedbackPage) -> HttpResponse:
    return TemplateResponse(request, "eservice/feedback_thanks.html", _context(request, page))
