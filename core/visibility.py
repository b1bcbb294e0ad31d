"""Wagtail's `.public()` without its query on every call.

`PageQuerySet.public()` reads every page view restriction from the database each time it is
called, and a page asks several times (its listing, its translations, the menu, the notice
boards). Restrictions change rarely, so their tree paths are kept in the cache and dropped
whenever one is saved or deleted (receivers below; home/cache_invalidation.py also purges the
pages behind it). With a request they are also read at most once per request and kept on it, so
with the cache down (core/cache.py answers as an empty cache) or a miss a page still reads them
once, not once per listing.
"""

from django.core.cache import cache
from django.db.models import Q, QuerySet
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from django.http import HttpRequest
from wagtail.models import PageViewRestriction

RESTRICTED_PATHS_KEY = "pages:restricted-paths"
RESTRICTED_PATHS_SECONDS = 60 * 60
REQUEST_ATTRIBUTE = "_restricted_page_paths"


def restricted_paths(request: HttpRequest | None = None) -> list[str]:
    """Tree paths of the pages with a view restriction (their descendants are restricted too)."""
    paths = getattr(request, REQUEST_ATTRIBUTE, None)
    if paths is None:
        paths = cache.get(RESTRICTED_PATHS_KEY)
        if paths is None:
            paths = sorted(PageViewRestriction.objects.values_list("page__path", flat=True))
            cache.set(RESTRICTED_PATHS_KEY, paths, RESTRICTED_PATHS_SECONDS)
        if request is not None:
            setattr(request, REQUEST_ATTRIBUTE, paths)
    return paths


def public(pages: QuerySet, request: HttpRequest | None = None) -> QuerySet:
    """`pages` without the restricted ones and their descendants, as Wagtail's `.public()`."""
    private = Q()
    for path in restricted_paths(request):
        private |= Q(path__startswith=path)
    return pages.exclude(private) if private else pages


@receiver(post_save, sender=PageViewRestriction)
@receiver(post_delete, sender=PageViewRestriction)
def restrictions_changed(sender, **kwargs) -> None:
    cache.delete(RESTRICTED_PATHS_KEY)
