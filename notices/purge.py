"""Which URLs show a notice, and purging exactly those when it changes or expires.

A notice is shown on its own page on each language's board (a Bengali notice also on the
English board until its translation is live, under its own id), in the board's and the
archive's lists and their category filters, in the feeds, in the home page's boxes (every
language's home of its portal), in the sitemap, and in the API (its detail, the canonical
notice lists). Publishing, unpublishing, deleting, translating (wagtail-localize publishes the
translation) and expiring (`purge_expired_notices`) all purge that set; the rules and reasons
are in docs/cache-invalidation.md.
"""

from __future__ import annotations

from collections.abc import Iterable

from django.conf import settings
from django.db.models.signals import pre_delete
from django.dispatch import receiver
from django.urls import reverse
from wagtail.models import Locale, Site
from wagtail.signals import published, unpublished

from core.purging import bump_fragment_generation, purge_after_commit
from home.cache_invalidation import UrlCache, api_url, page_own_urls, register_site_urls, site_of, site_roots
from notices.models import Notice, NoticeIndexPage
from notices.models.notice import default_portal


def notice_list_urls(site: Site) -> set[str]:
    """The API's canonical notice lists on `site` (others expire by their s-maxage)."""
    urls = {api_url(site, "notices_list"), api_url(site, "notices_list", "archived=true")}
    urls |= {api_url(site, "notices_list", f"locale={code}") for code, _name in settings.LANGUAGES}
    return urls


def _categories(notices: Iterable[Notice]) -> list[str]:
    """The categories the notice has now and had in its revision before this one: a notice
    moved from tenders to news leaves the tenders' list and feed."""
    categories = set()
    for notice in notices:
        categories.add(notice.category)
        previous = notice.revisions.order_by("-created_at", "-pk")[1:2].first() if notice.pk else None
        if previous is not None and previous.content.get("category"):
            categories.add(previous.content["category"])
    return sorted(categories)


def notice_urls(notice: Notice) -> tuple[set[str], set[int]]:
    """Every URL that shows `notice` in any language, and the portals it appears on."""
    cache_object = UrlCache()
    translations = {item.pk: item for item in Notice.objects.filter(translation_key=notice.translation_key)}
    translations[notice.pk] = notice  # also when it is being deleted
    source_locale = Locale.get_default().pk
    categories = _categories(translations.values())
    urls: set[str] = set()
    sites: dict[int, Site] = {}
    # The boards of the notice's own portal and of the portals it is shared with.
    portal_ids = {item.portal_id or default_portal() for item in translations.values()}
    portal_ids |= set(
        Notice.shared_with.through.objects.filter(notice__translation_key=notice.translation_key).values_list(
            "site_id", flat=True
        )
    )
    boards = [NoticeIndexPage.for_locale(locale, site_id) for site_id in portal_ids for locale in Locale.objects.all()]
    for board in boards:
        site = site_of(board, cache_object) if board is not None else None
        base = board.get_full_url(cache_object) if board is not None else None
        if site is None or base is None:
            continue
        sites[site.pk] = site
        for item in translations.values():
            # A board lists its own language's notices and the source (Bengali) ones not translated yet.
            if item.locale_id in (board.locale_id, source_locale):
                urls.add(base + board.notice_subpath(item.pk))
        urls |= {base + path.lstrip("/") for path in board.listing_paths(categories)}
    for site in sites.values():
        for home in site_roots(site):  # the latest notices and the tenders boxes
            urls |= page_own_urls(home, cache_object)
        urls.add(site.root_url + reverse("sitemap"))
        urls |= notice_list_urls(site)
        urls |= {api_url(site, "notices_detail", notice_id=pk) for pk in translations}
    return urls, set(sites)


def purge_notices(notices: Iterable[Notice]) -> None:
    """Purge what shows these notices, and start a new fragment generation on their portals."""
    urls: set[str] = set()
    site_ids: set[int] = set()
    for notice in notices:
        notice_set, notice_sites = notice_urls(notice)
        urls |= notice_set
        site_ids |= notice_sites
    bump_fragment_generation(site_ids)
    purge_after_commit(urls)


def site_notice_urls(site: Site) -> set[str]:
    """Every notice's URLs on `site`, for a whole-portal purge (settings, menu)."""
    cache_object = UrlCache()
    urls = notice_list_urls(site)
    notice_ids = set(Notice.objects.live().for_portal(site.pk).values_list("pk", flat=True))
    urls |= {api_url(site, "notices_detail", notice_id=pk) for pk in notice_ids}
    for root in site_roots(site):
        boards = NoticeIndexPage.objects.live().descendant_of(root).select_related("locale")
        for board in boards:
            base = board.get_full_url(cache_object)
            if base is None:
                continue
            shown = board.notices().values_list("pk", flat=True)
            urls |= {base + board.notice_subpath(pk) for pk in shown}
    return urls


register_site_urls(site_notice_urls)


@receiver(published, sender=Notice)
@receiver(unpublished, sender=Notice)
def notice_changed(sender, instance: Notice, **kwargs) -> None:
    purge_notices([instance])


@receiver(pre_delete, sender=Notice)
def notice_deleted(sender, instance: Notice, **kwargs) -> None:
    # Listed before the delete, while its translations and revisions can still be found.
    if instance.live:
        purge_notices([instance])
