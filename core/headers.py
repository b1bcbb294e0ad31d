"""The Content-Security-Policy, one policy for the public site and another for the admin.

django-csp sends CONTENT_SECURITY_POLICY (enforced) and CONTENT_SECURITY_POLICY_REPORT_ONLY
on every response its settings do not exclude. The public site is held to the enforced policy:
no inline script or style, only the nonce a template asks for (`{{ request.csp_nonce }}`). The
Wagtail admin still carries inline code it does not control, so it is excluded from the enforced
policy (EXCLUDE_URL_PREFIXES) and gets the same rules report-only, on its paths alone
(CSP_REPORT_ONLY_PREFIXES), through django-csp's documented extension point, `get_policy_parts`.
"""

from csp.middleware import CSPMiddleware, PolicyParts
from django.conf import settings
from django.http import HttpRequest, HttpResponse


class SiteCSPMiddleware(CSPMiddleware):
    def get_policy_parts(self, request: HttpRequest, response: HttpResponse, report_only: bool = False) -> PolicyParts:
        if report_only and not request.path_info.startswith(tuple(settings.CSP_REPORT_ONLY_PREFIXES)):
            return PolicyParts(config={})  # an empty policy: no report-only header here
        return super().get_policy_parts(request, response, report_only)
