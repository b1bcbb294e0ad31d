"""Which URLs show a page, and purging exactly those when the page changes.

A page is shown at its own URLs (each translation's, with the sub-routes its type names in
`get_cached_paths`), in its parent's listing, in the sitemap and in the API (its detail, its
parent's `?child_of=` list and the canonical page lists). A section of a home page is also in
the menu of every page, and site settings are in every page's header and footer: such changes
purge the whole portal (every live page of its trees and whatever the apps register with
`register_site_urls`, e.g. every notice). Every URL is absolute, with the host of the portal
(Wagtail `Site`) the page belongs to, so one portal's change never purges another's pages.

The events: publishing, unpublishing, deleting, moving and renaming (slug) a page, translating
one (wagtail-localize publishes the translation, which is a publish), and saving a portal's
office settings. Each also starts a new fragment generation for the portal (core.purging).
The rules, with the reasons, are in docs/cache-invalidation.md.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from django.conf import settings
from django.db.models import Q
from django.db.models.signals import post_delete, post_save, pre_delete
from django.dispatch import receiver
from django.urls import reverse
from wagtail.models import Page, PageViewRestriction, Site
from wagtail.signals import page_published, page_slug_changed, page_unpublished, post_page_move, pre_page_move

from core.purging import bump_fragment_generation, purge_after_commit
from home.models import OfficeSettings

SiteUrls = Callable[[Site], Iterable[str]]
_site_url_providers: list[SiteUrls] = []

API_NAMESPACE = "wagtailapi_v3"


def register_site_urls(provider: SiteUrls) -> None:
    """Add the URLs an app shows on every portal (e.g. each notice's page) to whole-site purges."""
    if provider not in _site_url_providers:
        _site_url_providers.append(provider)


class UrlCache:
    """Wagtail's `cache_object` for URL methods: the sites' root paths are looked up once per batch."""


def api_url(site: Site, name: str, query: str = "", **kwargs) -> str:
    """An absolute address of the API on `site`'s host (the Host decides the portal)."""
    url = site.root_url + reverse(f"{API_NAMESPACE}:{name}", kwargs=kwargs or None)
    return f"{url}?{query}" if query else url


def portal_urls(site: Site) -> set[str]:
    """What changes with anything on a portal: its sitemap and the canonical page lists of the API
    (other lists, e.g. with `type=` or `search=`, expire by their s-maxage; docs/cache-invalidation.md)."""
    urls = {site.root_url + reverse("sitemap"), api_url(site, "list_pages")}
    urls |= {api_url(site, "list_pages", f"locale={code}") for code, _name in settings.LANGUAGES}
    return urls


def page_own_urls(page: Page, cache_object: UrlCache) -> set[str]:
    """The page's own URL and its sub-routes (routable pages list theirs in `get_cached_paths`)."""
    url = page.get_full_url(cache_object)
    if url is None:
        return set()
    return {url + path.lstrip("/") for path in page.specific_deferred.get_cached_paths()}


def site_of(page: Page, cache_object: UrlCache) -> Site | None:
    site_id = (page.get_url_parts(cache_object) or (None,))[0]
    if site_id is None:
        return None
    return Site.objects.filter(pk=site_id).first()


def site_roots(site: Site) -> list[Page]:
    """The portal's home page in every language (Wagtail's site root is the Bengali one)."""
    return list(site.root_page.get_translations(inclusive=True))


def is_menu_page(page: Page, cache_object: UrlCache) -> bool:
    """A child of a home page: a section in every page's main menu."""
    site = site_of(page, cache_object)
    return (
        site is not None
        and page.depth > 1
        and any(page.path[: -Page.steplen] == root.path for root in site_roots(site))
    )


def page_urls(page: Page, cache_object: UrlCache | None = None) -> tuple[set[str], set[int]]:
    """Every URL that shows `page` in any language, and the portals it belongs to."""
    cache_object = cache_object or UrlCache()
    urls: set[str] = set()
    sites: dict[int, Site] = {}
    for translation in page.get_translations(inclusive=True).select_related("locale"):
        site = site_of(translation, cache_object)
        if site is None:
            continue
        sites[site.pk] = site
        urls |= page_own_urls(translation, cache_object)
        urls.add(api_url(site, "detail_page", page_id=translation.pk))
        parent = translation.get_parent()
        if parent is not None and parent.depth > 1:
            urls |= page_own_urls(parent, cache_object)
            urls.add(api_url(site, "list_pages", f"child_of={parent.pk}"))
        if any(translation.pk == root.pk for root in site_roots(site)):
            urls.add(api_url(site, "locales_list"))
    for site in sites.values():
        urls |= portal_urls(site)
    return urls, set(sites)


def subtree_urls(page: Page, cache_object: UrlCache) -> set[str]:
    """The own URLs of a page's live descendants in every language (their addresses move with it)."""
    urls: set[str] = set()
    for translation in page.get_translations(inclusive=True):
        for descendant in translation.get_descendants().live().specific(defer=True):
            urls |= page_own_urls(descendant, cache_object)
    return urls


def site_urls(site: Site) -> set[str]:
    """Every URL of a portal that a cache may hold: each live page in every language, its API
    detail, and what the apps registered (notices)."""
    cache_object = UrlCache()
    within = Q()
    for root in site_roots(site):
        within |= Q(path__startswith=root.path)
    urls = portal_urls(site) | {api_url(site, "locales_list")}
    for page in Page.objects.filter(within).live().specific(defer=True).iterator():
        urls |= page_own_urls(page, cache_object)
        urls.add(api_url(site, "detail_page", page_id=page.pk))
    for provider in _site_url_providers:
        urls |= set(provider(site))
    return urls


def purge_page(page: Page, extra_urls: Iterable[str] = ()) -> None:
    """Purge what shows `page` (the whole portal when it is in the main menu), after the commit."""
    cache_object = UrlCache()
    urls, site_ids = page_urls(page, cache_object)
    urls |= set(extra_urls)
    bump_fragment_generation(site_ids)
    if is_menu_page(page, cache_object):
        purge_whole_sites(site_ids, urls)
    else:
        purge_after_commit(urls)


def purge_whole_sites(site_ids: Iterable[int], extra_urls: Iterable[str] = ()) -> None:
    """Purge every URL of these portals, listed after the commit (so as the change leaves them)."""
    site_ids = set(site_ids)
    bump_fragment_generation(site_ids)
    extra_urls = set(extra_urls)

    def everything() -> set[str]:
        urls = set(extra_urls)
        for site in Site.objects.filter(pk__in=site_ids).select_related("root_page"):
            urls |= site_urls(site)
        return urls

    purge_after_commit((), later=everything)


@receiver(page_published)
@receiver(page_unpublished)
def page_changed(sender, instance: Page, **kwargs) -> None:
    purge_page(instance)


@receiver(pre_delete, sender=Page)
def page_deleted(sender, instance: Page, **kwargs) -> None:
    # Listed before the delete: afterwards the page has no URL left to ask for.
    purge_page(instance)


@receiver(pre_page_move)
@receiver(post_page_move)
def page_moved(sender, instance: Page, **kwargs) -> None:
    # Before the move: the old addresses and old parent; after: the new ones. The page's
    # descendants move with it, so their addresses change too.
    instance.refresh_from_db(fields=["path", "depth", "url_path"])
    purge_page(instance, subtree_urls(instance, UrlCache()))


@receiver(page_slug_changed)
def page_renamed(sender, instance: Page, instance_before: Page, **kwargs) -> None:
    """A new slug moves the page and its descendants: the old addresses go too."""
    cache_object = UrlCache()
    new, old = instance.get_full_url(cache_object), instance_before.get_full_url(cache_object)
    urls = subtree_urls(instance, cache_object) | page_own_urls(instance, cache_object)
    if new and old:
        urls |= {old + url[len(new) :] for url in urls if url.startswith(new)}
    purge_page(instance, urls)


@receiver(post_save, sender=PageViewRestriction)
@receiver(post_delete, sender=PageViewRestriction)
def restriction_changed(sender, instance: PageViewRestriction, **kwargs) -> None:
    """A page made private (or public again) must leave the caches with everything below it."""
    page = Page.objects.filter(pk=instance.page_id).first()
    if page is not None:
        purge_page(page, subtree_urls(page, UrlCache()))


@receiver(post_save, sender=OfficeSettings)
@receiver(post_delete, sender=OfficeSettings)
def settings_changed(sender, instance: OfficeSettings, created: bool = False, **kwargs) -> None:
    """Office settings are in every page's header and footer (and the feeds' descriptions).

    Not when Wagtail creates them with their defaults on a site's first request (or the admin's
    first look): no page has shown anything else, and every later save is an editor's change.
    """
    if not created:
        purge_whole_sites([instance.site_id])
