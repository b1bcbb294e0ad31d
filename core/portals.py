"""Which portal (a Wagtail Site) a request or a page belongs to.

One installation serves the district portal and its upazila portals, each a Wagtail Site with
its own page tree in both languages (the Bengali home is the Site's root page; the English home
is its translation, a sibling at the top of the tree). These helpers answer "which tree?" from
Wagtail's list of site root paths, so they cost no query once that list is read, however many
portals there are.

Wagtail keeps the list in the cache; with a request, it is also read at most once per request and
kept on the request, under the attribute where Wagtail's own `Page.get_url(request)` looks for
it, so every helper here and every URL built with the request share one read. Pass the request
wherever there is one: with the cache off (or a miss), each read without one costs queries.
"""

from __future__ import annotations

import contextlib
import hashlib

from django.db.models import Q
from django.http import HttpRequest
from wagtail.models import Site
from wagtail.models.sites import SiteRootPath

# Where Wagtail's `Page._get_site_root_paths(request)` keeps the root paths of one request
# (guarded by tests/core/test_portals_per_request.py).
REQUEST_ROOT_PATHS_ATTRIBUTE = "_wagtail_cached_site_root_paths"  # where Wagtail keeps them on a request too


def site_for_request(request: HttpRequest | None) -> Site | None:
    """The portal a request is for (by its Host; the default site for unknown hosts)."""
    if request is None:
        return Site.objects.filter(is_default_site=True).first()
    return Site.find_for_request(request)


def site_id_for_request(request: HttpRequest | None) -> int | None:
    site = site_for_request(request)
    return site.pk if site else None


def site_root_paths(request: HttpRequest | None = None) -> list[SiteRootPath]:
    """Wagtail's site root paths, read once per request when there is one."""
    if request is None:
        return Site.get_site_root_paths()
    paths = getattr(request, REQUEST_ROOT_PATHS_ATTRIBUTE, None)
    if paths is None:
        paths = Site.get_site_root_paths()
        setattr(request, REQUEST_ROOT_PATHS_ATTRIBUTE, paths)
    return paths


def site_root_paths_digest(request: HttpRequest | None = None) -> str:
    """A short hash of the site root paths, for cache keys of what is made from them (every
    page URL). Kept on the list when it takes attributes (api/wagtail_overrides.py keeps one
    list per process until a site changes), so 500 portals are hashed once, not per item."""
    paths = site_root_paths(request)
    digest = getattr(paths, "digest", None)
    if digest is None:
        digest = hashlib.sha256(repr(list(paths)).encode()).hexdigest()
        with contextlib.suppress(AttributeError):  # a plain list: hashed again next time
            paths.digest = digest
    return digest


def root_url_paths(site_id: int | None, request: HttpRequest | None = None) -> list[str]:
    """The url_paths of a portal's home pages, one per language."""
    return [root.root_path for root in site_root_paths(request) if root.site_id == site_id]


def within_site(site_id: int | None, request: HttpRequest | None = None) -> Q:
    """A filter on pages keeping those in a portal's trees (every language); nothing for no portal."""
    paths = root_url_paths(site_id, request)
    if not paths:
        return Q(pk__in=[])
    condition = Q()
    for path in paths:
        condition |= Q(url_path__startswith=path)
    return condition


def site_id_of_page(page, request: HttpRequest | None = None) -> int | None:
    """The portal a page belongs to (None for a page outside every portal's tree)."""
    best = None
    for root in site_root_paths(request):
        if page.url_path.startswith(root.root_path) and (best is None or len(root.root_path) > len(best.root_path)):
            best = root
    return best.site_id if best else None
