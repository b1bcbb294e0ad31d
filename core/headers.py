"""The Content-Security-Policy, one policy for the public site and another for the admin.

django-csp sends CONTENT_SECURITY_POLICY (enforced) and CONTENT_SECURITY_POLICY_REPORT_ONLY
on every response its settings do not exclude. The public site is held to the enforced policy:
no inline script or style, only the nonce a template asks for (`{{ request.csp_nonce }}`). The
Wagtail admin still carries inline code it does not control, so it is excluded from the enforced
policy and gets the same rules report-only, on its paths alone (CSP_REPORT_ONLY_PREFIXES).
"""

from csp.middleware import CSPMiddleware
from django.conf import settings
from django.http import HttpRequest, HttpResponse


class SiteCSPMiddleware(CSPMiddleware):
    def process_response(self, request: HttpRequest, response: HttpResponse) -> HttpResponse:
        if not request.path_info.startswith(tuple(settings.CSP_REPORT_ONLY_PREFIXES)):
            response._csp_exempt_ro = True
        return super().process_response(request, response)
