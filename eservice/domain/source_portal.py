"""Which portal an application came from: the upazila portal a citizen (or a portal's front end)
applied through. The district's e-service centre serves every portal; staff see, and filter
applications by, the portal each came from (`Application.source_portal`).

The website learns it from the upazila portal's `?portal=<slug>` link (eservice/web/portal_origin.py);
the API from the request's `portal` field, else from the Host the request was sent to.
"""

from __future__ import annotations

import re

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _
from wagtail.models import Site

from home.models import Portal, PortalKind

# A portal's short name as its SlugField takes it. Anything else is no portal's, and is never
# sent to the database (PostgreSQL refuses a NUL in a query: it would be a 500).
SLUG = re.compile(r"[-a-zA-Z0-9_]{1,64}")


def portal_named(slug: str | None) -> Portal | None:
    """The portal whose short name is `slug`, if any."""
    if not slug or not SLUG.fullmatch(slug):
        return None
    return Portal.objects.filter(slug=slug).first()


def upazila_portal(slug: str | None) -> Portal | None:
    """The upazila portal whose short name is `slug`, if any."""
    portal = portal_named(slug)
    return portal if portal is not None and portal.kind == PortalKind.UPAZILA else None


def source_portal_site_id(slug: str, site: Site | None) -> int | None:
    """The Site to record as the application's source portal: the portal named by `slug`, else the
    portal of `site` (the request's Host); None for the district portal and for hosts of no portal.

    Raises ValidationError on the field `portal` for a slug no portal has: nothing may be saved.
    """
    if slug:
        portal = portal_named(slug)
        if portal is None:
            raise ValidationError(
                {"portal": ValidationError(_("No portal has this short name."), code="invalid_choice")}
            )
    else:
        portal = Portal.objects.filter(site=site).first() if site is not None else None
    if portal is None or portal.kind != PortalKind.UPAZILA:
        return None
    return portal.site_id
