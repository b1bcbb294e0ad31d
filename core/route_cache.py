"""Which page answers an address, remembered across requests (the route cache).

Wagtail finds the page of every request anew: the Site of the Host (a query), the home page in
the request's language (two), then one query per level of the address, and the page's view
restrictions (two more) — about seven of a page's queries, the same answer every time until an
editor changes the tree. The Site of a host and port is remembered too (every API request
asks for it). This remembers the answer per host, port, language and address: the
Site, the page's model and id, how many parts of the address are the page's own (the rest is a
routable page's sub-route, resolved again in Python) and whether any view restriction applies.
A hit then costs one query, for the page itself.

Exact, never stale:
- every entry carries its portal's fragment generation (core.purging), which publishing,
  unpublishing, moving, renaming, deleting or translating a page and changing a view
  restriction renew (home.cache_invalidation): an entry of an older generation is ignored;
- changing a Site (a new portal, a hostname, a root page) or a Locale renews the route
  generation that every key carries, since a host may change portals;
- a hit is checked against the page it loads: it must still be live and its URL path must end
  with the address's parts, or Wagtail routes the request as usual.
Entries live `ROUTE_CACHE_TIMEOUT`: an hour with the shared Redis, where every process sees a
change at once; 60 s with a cache of each process's own, where other processes see it only when
their entry expires (as the page cache's pages, docs/caching.md). Only GET and HEAD requests are
looked up; only answers that found a page are kept. Wagtail's
side of this (where the answer goes, how restrictions are asked) is in
api/wagtail_overrides.py: `cache_page_routes`.
"""

from __future__ import annotations

import hashlib
import time
from dataclasses import dataclass

from django.apps import apps
from django.conf import settings
from django.core.cache import cache
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from django.http import HttpRequest
from django.http.request import split_domain_port
from django.utils import translation
from wagtail.models import Locale, Page, PageViewRestriction, Site

from core.purging import fragment_generation
from core.visibility import restricted_paths

ROUTES_GENERATION_KEY = "routes:generation"
LOOKED_UP_METHODS = frozenset({"GET", "HEAD"})


@dataclass(frozen=True)
class RouteEntry:
    site: Site
    generation: int  # the portal's fragment generation when it was stored
    model: str  # app_label.ModelName of the page's specific class
    page_id: int
    own_parts: int  # how many parts of the address lead to the page; the rest is a sub-route
    restricted: bool  # whether a view restriction applies to the page or an ancestor


def routes_generation() -> int:
    """As core.purging's fragment generation: a timestamp, so a lost one is never reused."""
    generation = cache.get(ROUTES_GENERATION_KEY)
    if generation is None:
        cache.add(ROUTES_GENERATION_KEY, time.time_ns(), timeout=None)
        generation = cache.get(ROUTES_GENERATION_KEY) or time.time_ns()
    return generation


def forget_all_routes() -> None:
    cache.set(ROUTES_GENERATION_KEY, time.time_ns(), timeout=None)


def parts_of(path: str) -> list[str]:
    return [part for part in path.split("/") if part]


def entry_key(request: HttpRequest, path: str) -> str:
    host = split_domain_port(request._get_raw_host())[0]
    address = repr((host, request.get_port(), translation.get_language(), parts_of(path)))
    return f"route:{routes_generation()}:" + hashlib.sha256(address.encode()).hexdigest()


def site_key(request: HttpRequest) -> str:
    host = split_domain_port(request._get_raw_host())[0]
    address = repr((host, request.get_port()))
    return f"route-site:{routes_generation()}:" + hashlib.sha256(address.encode()).hexdigest()


def remembered_site(request: HttpRequest) -> Site | None:
    """The Site that answered this host and port before (every API request asks), or None."""
    site = cache.get(site_key(request))
    return site if isinstance(site, Site) else None


def remember_site(request: HttpRequest, site: Site) -> None:
    cache.set(site_key(request), site, settings.ROUTE_CACHE_TIMEOUT)


def lookup(request: HttpRequest, path: str) -> tuple[RouteEntry, Page] | None:
    """The remembered entry and its page (the specific model, live), or None to route as usual."""
    if request.method not in LOOKED_UP_METHODS:
        return None
    entry = cache.get(entry_key(request, path))
    if not isinstance(entry, RouteEntry) or entry.generation != fragment_generation(entry.site.pk):
        return None
    try:
        model = apps.get_model(entry.model)
    except LookupError:
        return None
    page = model._default_manager.filter(pk=entry.page_id, live=True).first()
    own = parts_of(path)[: entry.own_parts]
    if page is None or not page.url_path.endswith("/".join(own) + "/" if own else "/"):
        return None
    return entry, page


def remember(request: HttpRequest, path: str, site: Site, page: Page) -> None:
    """Keep the page Wagtail's routing found for this address (GET and HEAD only).

    Costs no query of its own: Wagtail's routing has just loaded the site's home page, and the
    restricted tree paths are read once per request anyway (core.visibility). With the cache
    down or off, a page costs what it would without this module."""
    if request.method not in LOOKED_UP_METHODS:
        return
    own_parts = page.depth - site.root_page.depth
    if not 0 <= own_parts <= len(parts_of(path)):
        return  # not a page below this site's home: nothing to remember
    entry = RouteEntry(
        site=site,
        generation=fragment_generation(site.pk),
        model=page._meta.label,
        page_id=page.pk,
        own_parts=own_parts,
        # An alias answers to its original's restrictions too: Wagtail's own check runs for it.
        restricted=page.alias_of_id is not None
        or any(page.path.startswith(restricted) for restricted in restricted_paths(request)),
    )
    cache.set(entry_key(request, path), entry, settings.ROUTE_CACHE_TIMEOUT)


@receiver(post_save, sender=Site)
@receiver(post_delete, sender=Site)
@receiver(post_save, sender=Locale)
@receiver(post_delete, sender=Locale)
def sites_changed(**kwargs) -> None:
    """A new or changed portal may take over a host that another answered until now."""
    forget_all_routes()


def no_view_restrictions():
    """What `page.get_view_restrictions()` gives on a hit of an unrestricted page, without a query."""
    return PageViewRestriction.objects.none()
