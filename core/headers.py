"""The Content-Security-Policy, one policy for the public site and another for the admin.

django-csp sends CONTENT_SECURITY_POLICY (enforced) and CONTENT_SECURITY_POLICY_REPORT_ONLY
on every response its settings do not exclude. The public site is held to the enforced policy:
no inline script or style, only the nonce a template asks for (`{{ request.csp_nonce }}`). The
Wagtail admin still carries inline code it does not control, so it is excluded from the enforced
policy (EXCLUDE_URL_PREFIXES) and gets the same rules report-only, on its paths alone
(CSP_REPORT_ONLY_PREFIXES), through django-csp's documented extension point, `get_policy_parts`.

The policies come from settings only, so their header values are the same for every response
that neither used a nonce nor carries a view's own policy (django-csp's decorators): those are
built once per process (`policy_headers`) instead of from the settings on every response
(which cost a static file through whitenoise about a quarter of its time). Anything else goes
through django-csp's own `process_response`; a test holds both ways to the same headers.
"""

from functools import cache

from csp.constants import HEADER, HEADER_REPORT_ONLY
from csp.middleware import CheckableLazyObject, CSPMiddleware, PolicyParts
from csp.utils import build_policy
from django.conf import settings
from django.core.signals import setting_changed
from django.dispatch import receiver
from django.http import HttpRequest, HttpResponse

# Attributes django-csp's decorators (csp_exempt, csp_update, csp_replace, csp) put on a response.
PER_RESPONSE_POLICY = (
    "_csp_exempt",
    "_csp_exempt_ro",
    "_csp_config",
    "_csp_update",
    "_csp_replace",
    "_csp_config_ro",
    "_csp_update_ro",
    "_csp_replace_ro",
)
POLICY_SETTINGS = frozenset(
    {"CONTENT_SECURITY_POLICY", "CONTENT_SECURITY_POLICY_REPORT_ONLY", "CSP_REPORT_ONLY_PREFIXES"}
)


@cache
def policy_headers(report_only_here: bool) -> tuple[str, str]:
    """The enforced and report-only header values from settings, without a nonce."""
    enforced = build_policy()
    report_only = build_policy(report_only=True) if report_only_here else ""
    return enforced, report_only


@cache
def _prefixes() -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    """Paths without the enforced header, without the report-only one, and with the report-only one."""
    enforced = getattr(settings, "CONTENT_SECURITY_POLICY", None) or {}
    report_only = getattr(settings, "CONTENT_SECURITY_POLICY_REPORT_ONLY", None) or {}
    return (
        tuple(enforced.get("EXCLUDE_URL_PREFIXES") or ()),
        tuple(report_only.get("EXCLUDE_URL_PREFIXES") or ()),
        tuple(settings.CSP_REPORT_ONLY_PREFIXES),
    )


@receiver(setting_changed)
def _forget_policies(setting, **kwargs):
    if setting in POLICY_SETTINGS:
        policy_headers.cache_clear()
        _prefixes.cache_clear()


class SiteCSPMiddleware(CSPMiddleware):
    def get_policy_parts(self, request: HttpRequest, response: HttpResponse, report_only: bool = False) -> PolicyParts:
        if report_only and not request.path_info.startswith(_prefixes()[2]):
            return PolicyParts(config={})  # an empty policy: no report-only header here
        return super().get_policy_parts(request, response, report_only)

    def process_response(self, request: HttpRequest, response: HttpResponse) -> HttpResponse:
        if isinstance(getattr(request, "_csp_nonce", None), str) or any(
            hasattr(response, name) for name in PER_RESPONSE_POLICY
        ):
            return super().process_response(request, response)
        if settings.DEBUG and response.status_code in (404, 500):
            return response  # django-csp leaves Django's debug pages alone
        path = request.path_info
        excluded, excluded_report_only, report_only_prefixes = _prefixes()
        enforced, report_only = policy_headers(path.startswith(report_only_prefixes))
        if enforced and not path.startswith(excluded):
            response.headers.setdefault(HEADER, enforced)
        if report_only and not path.startswith(excluded_report_only):
            response.headers.setdefault(HEADER_REPORT_ONLY, report_only)
        # As django-csp: a template asking for a nonce after the header is written is an error.
        request.csp_nonce = CheckableLazyObject(self._csp_nonce_post_response)
        return response
