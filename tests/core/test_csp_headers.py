"""The Content-Security-Policy headers built once per process are exactly django-csp's own."""

import pytest
from csp.constants import HEADER, HEADER_REPORT_ONLY
from csp.decorators import csp_update
from csp.middleware import CSPMiddleware
from django.http import HttpResponse
from django.test import RequestFactory

from core.headers import SiteCSPMiddleware


class UpstreamSiteCSP(SiteCSPMiddleware):
    """Our policy parts, with django-csp's process_response building the header every time."""

    process_response = CSPMiddleware.process_response


def headers_of(middleware_class, path, view=None, use_nonce=False):
    request = RequestFactory().get(path)

    def get_response(req):
        if use_nonce:
            str(req.csp_nonce)
        return view(req) if view else HttpResponse("ok")

    response = middleware_class(get_response)(request)
    return {name: response.get(name) for name in (HEADER, HEADER_REPORT_ONLY)}


@pytest.mark.parametrize("path", ["/bn/", "/static/css/site.css", "/api/v3/pages/", "/admin/", "/admin/pages/3/"])
def test_the_prebuilt_headers_are_django_csps(path):
    assert headers_of(SiteCSPMiddleware, path) == headers_of(UpstreamSiteCSP, path)


def test_a_public_page_is_enforced_and_the_admin_report_only():
    public, admin = headers_of(SiteCSPMiddleware, "/bn/"), headers_of(SiteCSPMiddleware, "/admin/")
    assert "default-src 'self'" in public[HEADER] and public[HEADER_REPORT_ONLY] is None
    assert admin[HEADER] is None and "default-src 'self'" in admin[HEADER_REPORT_ONLY]


def test_a_nonce_and_a_views_own_policy_still_reach_the_header():
    nonced = headers_of(SiteCSPMiddleware, "/bn/", use_nonce=True)
    assert "'nonce-" in nonced[HEADER]

    @csp_update({"img-src": "https://maps.example.org"})
    def view(request):
        return HttpResponse("map")

    updated = headers_of(SiteCSPMiddleware, "/bn/", view=view)
    assert "https://maps.example.org" in updated[HEADER]
    assert updated == headers_of(UpstreamSiteCSP, "/bn/", view=view)


def test_a_changed_setting_changes_the_header(settings):
    before = headers_of(SiteCSPMiddleware, "/bn/")[HEADER]
    settings.CONTENT_SECURITY_POLICY = {
        **settings.CONTENT_SECURITY_POLICY,
        "DIRECTIVES": {
            **settings.CONTENT_SECURITY_POLICY["DIRECTIVES"],
            "img-src": ["'self'", "https://tiles.example.org"],
        },
    }
    after = headers_of(SiteCSPMiddleware, "/bn/")[HEADER]
    assert after != before and "https://tiles.example.org" in after
    assert headers_of(SiteCSPMiddleware, "/bn/") == headers_of(UpstreamSiteCSP, "/bn/")


def test_asking_for_a_nonce_after_the_header_is_written_fails():
    request = RequestFactory().get("/bn/")
    SiteCSPMiddleware(lambda req: HttpResponse("ok"))(request)
    with pytest.raises(Exception, match="csp_nonce"):
        str(request.csp_nonce)
