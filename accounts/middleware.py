"""Two-factor authentication stands between the password and the admin (and the token API).

After a password sign-in, a user who must verify (see ``accounts.policy``) reaches no admin
page but the second-factor pages, sign-out and password reset: those who have a device are sent
to verify, those required to enrol and who have none are sent to enrol. A bearer token belonging
to a user required to use two-factor who has never enrolled is refused: tokens do not bypass it.
Must come after django_otp's OTPMiddleware."""

from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.http import urlencode
from django.utils.translation import gettext as _
from django_otp import user_has_device
from wagtail.api.v3.errors import problem_response
from wagtail.models import APIToken

from accounts.policy import must_verify, two_factor_required

OPEN_ADMIN_URL_NAMES = (
    "wagtailadmin_login",
    "wagtailadmin_logout",
    "wagtailadmin_password_reset",
    "wagtailadmin_javascript_catalog",
    "wagtailadmin_sprite",
    "accounts_two_factor_verify",
    "accounts_two_factor_enrol",
)


class TwoFactorMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if request.path.startswith("/api/"):
            refused = self.refuse_unenrolled_token(request)
            if refused:
                return refused
        elif self.is_guarded(request.path) and must_verify(request.user):
            return self.second_factor_redirect(request)
        return self.get_response(request)

    @staticmethod
    def is_guarded(path: str) -> bool:
        """Every admin address but sign-in, sign-out, password reset and the second-factor pages."""
        if not path.startswith(reverse("wagtailadmin_home")):
            return False
        return not any(path.startswith(reverse(name)) for name in OPEN_ADMIN_URL_NAMES)

    @staticmethod
    def second_factor_redirect(request: HttpRequest) -> HttpResponse:
        name = "accounts_two_factor_verify" if user_has_device(request.user) else "accounts_two_factor_enrol"
        return redirect(f"{reverse(name)}?{urlencode({'next': request.get_full_path()})}")

    @staticmethod
    def refuse_unenrolled_token(request: HttpRequest) -> HttpResponse | None:
        scheme, _space, key = request.headers.get("Authorization", "").partition(" ")
        if scheme.lower() != "bearer" or not key.strip():
            return None
        token = (
            APIToken.objects.select_related("user")
            .filter(key_hash__in=APIToken.candidate_key_hashes(key.strip()), revoked_at__isnull=True)
            .first()
        )
        if token is None or not two_factor_required(token.user) or user_has_device(token.user):
            return None
        return problem_response(
            status=403,
            detail=_("The owner of this token must set up two-factor authentication before using the API."),
        )
