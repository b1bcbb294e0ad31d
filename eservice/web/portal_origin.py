"""Which portal a citizen applies from.

An upazila portal links to the district's e-service centre with `?portal=<slug>`. The centre
remembers the portal in a cookie (a portal's slug: nothing personal) for the rest of the visit,
so the application made a few pages later records it; the channel stays "portal". A link with
`?portal=` is answered `no-store`, so no shared cache keeps the cookie for other visitors.
"""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse

from core.http import no_store
from eservice.domain.source_portal import upazila_portal

COOKIE = "eservice_portal"
COOKIE_AGE = 60 * 60  # one visit


def remember_portal(request: HttpRequest, response: HttpResponse) -> HttpResponse:
    """Keep the portal a link names (`?portal=`) for the application to come."""
    if "portal" not in request.GET:
        return response
    portal = upazila_portal(request.GET["portal"])
    if portal is not None:
        response.set_cookie(COOKIE, portal.slug, max_age=COOKIE_AGE, samesite="Lax", httponly=True)
    return no_store(response)


def source_portal_id(request: HttpRequest) -> int | None:
    """The Site of the upazila portal this application started from, if any."""
    portal = upazila_portal(request.GET.get("portal") or request.COOKIES.get(COOKIE))
    return portal.site_id if portal else None
