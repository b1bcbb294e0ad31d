"""The content locales (Bengali, English), read at most once per request.

Wagtail's `Locale.get_default()`, `Locale.get_active()` and a page's `.locale` each query the
database, and one page asks several times (its notices, the home page's boxes, the menu, the
board's links, the search). The locales are a handful of rows, so the first question of a request
reads them all in one query and keeps them on the request; later ones cost nothing. Requests
share them through the cache (the shared Redis on many servers), from which saving or deleting
a locale drops them (receivers below). Without a request (a management command, a task) each
call reads them afresh: never kept in the process, where a locale added or removed elsewhere
would go unseen.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.conf import settings
from django.core.cache import cache
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from django.http import HttpRequest
from django.utils.translation import get_language
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Locale

REQUEST_ATTRIBUTE = "_content_locales"
CACHE_KEY = "locales:all"


@dataclass(frozen=True)
class Locales:
    """Every content locale, by language code and by id."""

    by_code: dict[str, Locale]

    def get(self, language_code: str) -> Locale | None:
        try:
            code = get_supported_content_language_variant(language_code)
        except LookupError:
            return None
        return self.by_code.get(code)

    def by_id(self, pk: int | None) -> Locale | None:
        return next((locale for locale in self.by_code.values() if locale.pk == pk), None)

    @property
    def default(self) -> Locale:
        """As `Locale.get_default()`: the locale of LANGUAGE_CODE (Bengali)."""
        locale = self.get(settings.LANGUAGE_CODE)
        if locale is None:
            raise Locale.DoesNotExist(f"No locale for LANGUAGE_CODE {settings.LANGUAGE_CODE!r}")
        return locale

    @property
    def active(self) -> Locale:
        """As `Locale.get_active()`: the locale of the active language, else the default."""
        return self.get(get_language() or settings.LANGUAGE_CODE) or self.default


def content_locales(request: HttpRequest | None = None) -> Locales:
    """The locales, read once per request when there is one."""
    if request is None:
        return read_locales()
    locales = getattr(request, REQUEST_ATTRIBUTE, None)
    if locales is None:
        locales = cache.get(CACHE_KEY)
        if not isinstance(locales, Locales):
            locales = read_locales()
            cache.set(CACHE_KEY, locales, settings.ROUTE_CACHE_TIMEOUT)  # as routes: a change reaches every process
        setattr(request, REQUEST_ATTRIBUTE, locales)
    return locales


def read_locales() -> Locales:
    return Locales({locale.language_code: locale for locale in Locale.objects.all()})


@receiver(post_save, sender=Locale)
@receiver(post_delete, sender=Locale)
def locales_changed(**kwargs) -> None:
    cache.delete(CACHE_KEY)
