"""Which portal an application came from: the upazila portal a citizen (or a portal's front end)
applied through. The district's e-service centre serves every portal; staff see, and filter
applications by, the portal each came from (`Application.source_portal`).

The website learns it from the upazila portal's `?portal=<slug>` link (eservice/web/portal_origin.py);
the API from the request's `portal` field, else from the Host the request was sent to.
"""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _
from wagtail.models import Site

from home.models import Portal, PortalKind


def source_portal_site_id(slug: str, site: Site | None) -> int | None:
    """The Site to record as the application's source portal: the portal named by `slug`, else the
    portal of `site` (the request's Host); None for the district portal and for hosts of no portal.

    Raises ValidationError on the field `portal` for a slug no portal has: nothing may be saved.
    """
    if slug:
        portal = Portal.objects.filter(slug=slug).first() if len(slug) <= 64 else None
        if portal is None:
            raise ValidationError(
                {"portal": ValidationError(_("No portal has this short name."), code="invalid_choice")}
            )
    else:
        portal = Portal.objects.filter(site=site).first() if site is not None else None
    if portal is None or portal.kind != PortalKind.UPAZILA:
        return None
    return portal.site_id
