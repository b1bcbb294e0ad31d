"""What a locked-out visitor sees: the admin's own sign-in page with a clear message in their
language, answered 429 (django-axes calls this through AXES_LOCKOUT_CALLABLE)."""

import math

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.translation import ngettext

from accounts.forms import AdminLoginForm
from core.http import no_store
from core.i18n import is_bengali, to_bengali_digits


def localised_number(value: int) -> str:
    return to_bengali_digits(value) if is_bengali() else str(value)


def lockout_message() -> str:
    minutes = math.ceil(settings.AXES_COOLOFF_TIME.total_seconds() / 60)
    return ngettext(
        "Too many failed sign-in attempts: this account or address is locked. Try again in "
        "%(minutes)s minute, or ask an administrator to unlock it.",
        "Too many failed sign-in attempts: this account or address is locked. Try again in "
        "%(minutes)s minutes, or ask an administrator to unlock it.",
        minutes,
    ) % {"minutes": localised_number(minutes)}


def lockout_response(request: HttpRequest, original_response=None, credentials=None) -> HttpResponse:
    context = {
        "form": AdminLoginForm(request=request),  # the sign-in page's own form, labels translated
        "lockout_message": lockout_message(),
        "show_password_reset": getattr(settings, "WAGTAIL_PASSWORD_RESET_ENABLED", True),
    }
    response = render(request, "accounts/locked_out.html", context, status=settings.AXES_HTTP_RESPONSE_CODE)
    return no_store(response)
