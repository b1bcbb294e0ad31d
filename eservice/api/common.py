"""What every e-service operation does alike: answer in the request's language, limit anonymous
posts, and report errors as RFC 7807 ``application/problem+json`` in Wagtail's v3 format, with
one entry per field (``loc``, ``msg``, ``type``) in the request's language."""

import functools
from collections.abc import Callable

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.utils import translation
from django.utils.translation import gettext as _
from wagtail.api.v3.errors import problem_response
from wagtail.models import Locale

from eservice.domain.ratelimit import anonymous_retry_after, retry_after


def requested_locale(code: str | None) -> Locale:
    """The requested locale (``?locale=``), else the request's language, else Bengali."""
    languages = dict(settings.LANGUAGES)
    for candidate in (code, translation.get_language()):
        language = (candidate or "").split("-")[0]
        if language in languages:  # only the site's languages ever reach the database
            locale = Locale.objects.filter(language_code=language).first()
            if locale:
                return locale
    return Locale.get_default()


def in_request_language(view: Callable) -> Callable:
    """Answer (errors included) in ``?locale=`` when given, else in the Accept-Language choice."""

    @functools.wraps(view)
    def wrapper(request: HttpRequest, *args, **kwargs):
        locale = requested_locale(request.GET.get("locale"))
        with translation.override(locale.language_code):
            return view(request, *args, **kwargs)

    return wrapper


def field_problem(errors: dict[str, list[tuple[str, str]]], status: int = 422) -> HttpResponse:
    """A problem+json answer with one entry per message: {field: [(message, code), ...]}."""
    return problem_response(
        status=status,
        detail=_("Some fields need correcting."),
        errors=[
            {"type": code or "invalid", "loc": ["body", field], "msg": str(message)}
            for field, messages in errors.items()
            for message, code in messages
        ],
    )


def choose_one_of(values) -> str:
    """The message for a value that is not one of ``values``, naming them (a program needs the
    values, where a person on the website picks from a list)."""
    return _("Choose one of: %(choices)s.") % {"choices": ", ".join(str(value) for value in values if value != "")}


def form_problem(form: forms.Form) -> HttpResponse:
    """The errors of a form the request's body filled in (the website's own forms and rules);
    a choice that is not one of the options names the options."""

    def message(field: str, error: dict) -> str:
        choices = getattr(form.fields.get(field), "choices", None)
        if error["code"] == "invalid_choice" and choices is not None:
            return choose_one_of(value for value, _label in choices)
        return error["message"]

    return field_problem(
        {
            field: [(message(field, error), error["code"]) for error in errors]
            for field, errors in form.errors.get_json_data().items()
        }
    )


def validation_problem(exc: ValidationError) -> HttpResponse:
    """The errors the domain found after the form's own checks (e.g. a move not allowed)."""
    if hasattr(exc, "error_dict"):
        errors = {
            field: [(message, error.code or "invalid") for error in field_errors for message in error.messages]
            for field, field_errors in exc.error_dict.items()
        }
    else:
        errors = {"__all__": [(message, exc.code or "invalid") for message in exc.messages]}
    return field_problem(errors)


def too_many_requests(wait: int) -> HttpResponse:
    response = problem_response(status=429, detail=_("Too many requests. Try again in a little while."))
    response["Retry-After"] = str(wait)
    return response


def rate_limited(request: HttpRequest, scope: str, rate: str | None = None) -> HttpResponse | None:
    """A 429 when an anonymous client posts faster than ``rate`` (``API_ANON_RATE`` by default),
    else None. ``scope`` names the action, the same as on the website: both share one limit."""
    if request.user.is_authenticated:
        return None
    wait = retry_after(request, scope, rate) if rate else anonymous_retry_after(request, scope)
    return None if wait is None else too_many_requests(wait)
