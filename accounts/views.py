"""The admin's sign-in pages added by this app: second-factor enrolment and verification,
recovery codes, locked sign-ins for superusers to release, a rate-limited password reset and a
sign-out that only POST can trigger."""

import math

from axes.models import AccessAttempt
from axes.utils import reset as axes_reset
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_POST
from django_otp import login as otp_login
from django_otp import match_token, user_has_device
from wagtail.admin.views import account

from accounts.forms import TokenForm
from accounts.lockout import localised_number
from accounts.policy import two_factor_required
from accounts.throttling import password_reset_retry_after
from accounts.two_factor import (
    confirmed_totp_device,
    new_recovery_codes,
    pending_totp_device,
    qr_code_svg,
    remove_second_factor,
    secret_for_typing,
)
from core.http import no_store

# Wagtail's sign-out logs out on POST, but on a GET it still deletes the session cookie while
# answering 405; a link or an <img> on another site could sign an officer out. Refuse GET first.
logout = require_POST(account.LogoutView.as_view())


def next_url(request: HttpRequest) -> str:
    """Where to go after verifying: the page asked for, if it is on this site, else the dashboard."""
    target = request.POST.get("next") or request.GET.get("next") or ""
    if url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()}, require_https=request.is_secure()):
        return target
    return reverse("wagtailadmin_home")


def recovery_codes_page(request: HttpRequest, codes: list[str]) -> HttpResponse:
    context = {"codes": codes, "next": next_url(request)}
    return no_store(render(request, "accounts/recovery_codes.html", context))


def enrol(request: HttpRequest) -> HttpResponse:
    """Scan the QR code, type the first code: the device is confirmed and recovery codes shown."""
    if confirmed_totp_device(request.user):
        return redirect("accounts_two_factor")
    if user_has_device(request.user) and not request.user.is_verified():
        return redirect("accounts_two_factor_verify")
    device = pending_totp_device(request.user)
    form = TokenForm(request.POST or None)
    if form.is_valid():
        if device.verify_token(form.cleaned_data["token"]):
            device.confirmed = True
            device.save(update_fields=["confirmed"])
            otp_login(request, device)
            return recovery_codes_page(request, new_recovery_codes(request.user))
        form.add_error("token", _("That code is not right. Check the time on your phone and try the newest code."))
    context = {
        "form": form,
        "qr_code": qr_code_svg(device),
        "secret": secret_for_typing(device),
        "required": two_factor_required(request.user),
        "next": next_url(request),
    }
    return no_store(render(request, "accounts/enrol.html", context))


def verify(request: HttpRequest) -> HttpResponse:
    """The second step of signing in: a code from the app or one recovery code (used up)."""
    if request.user.is_verified():
        return redirect(next_url(request))
    if not user_has_device(request.user):
        return redirect("accounts_two_factor_enrol")
    form = TokenForm(request.POST or None)
    if form.is_valid():
        device = match_token(request.user, form.cleaned_data["token"])
        if device is not None:
            otp_login(request, device)
            return redirect(next_url(request))
        form.add_error("token", _("That code is not right, or that recovery code has been used."))
    return no_store(render(request, "accounts/verify.html", {"form": form, "next": next_url(request)}))


def manage(request: HttpRequest) -> HttpResponse:
    """The user's own two-factor settings: status, new recovery codes, and (if optional) removal."""
    device = confirmed_totp_device(request.user)
    context = {
        "enrolled": device is not None,
        "required": two_factor_required(request.user),
        "recovery_codes_left": sum(d.token_set.count() for d in request.user.staticdevice_set.all()),
    }
    return no_store(render(request, "accounts/manage.html", context))


@require_POST
def regenerate_recovery_codes(request: HttpRequest) -> HttpResponse:
    if not request.user.is_verified():
        raise PermissionDenied
    return recovery_codes_page(request, new_recovery_codes(request.user))


@require_POST
def disable(request: HttpRequest) -> HttpResponse:
    if two_factor_required(request.user) or not request.user.is_verified():
        raise PermissionDenied
    remove_second_factor(request.user)
    messages.success(request, _("Two-factor authentication has been turned off for your account."))
    return redirect("accounts_two_factor")


def locked_logins(request: HttpRequest) -> HttpResponse:
    """Superusers see the accounts and addresses locked by failed sign-ins and release them."""
    if not request.user.is_superuser:
        raise PermissionDenied
    if request.method == "POST":
        # One account or one address at a time: with neither given, axes would release everyone.
        username, ip_address = request.POST.get("username", ""), request.POST.get("ip_address", "")
        if username or ip_address:
            axes_reset(username=username or None, ip=None if username else ip_address)
            messages.success(request, _("The sign-in lock has been removed."))
        return redirect("accounts_locked_logins")
    attempts = AccessAttempt.objects.filter(failures_since_start__gt=0).order_by("-attempt_time")
    return no_store(render(request, "accounts/locked_logins.html", {"attempts": attempts}))


class PasswordResetView(account.PasswordResetView):
    """Wagtail's password reset, limited per client address and per email address."""

    def form_valid(self, form):
        wait = password_reset_retry_after(self.request, form.cleaned_data["email"])
        if wait is None:
            return super().form_valid(form)
        minutes = math.ceil(wait / 60)
        form.add_error(
            None,
            ngettext(
                "Too many password reset requests. Try again in %(minutes)s minute.",
                "Too many password reset requests. Try again in %(minutes)s minutes.",
                minutes,
            )
            % {"minutes": localised_number(minutes)},
        )
        return self.render_to_response(self.get_context_data(form=form), status=429)
