"""What every page of a portal repeats, made once and kept in the cache: the office settings
(title, header, footer), the main menu and the home page of each language.

Everything here is keyed by the portal (Wagtail `Site`) and its fragment generation
(core.purging), which every publish, settings or menu change renews (home/cache_invalidation.py,
notices/purge.py): a change shows on the next request, with no key to hunt down. The template
fragments (`{% cache %}` in includes/header.html, includes/footer.html and the home page's
notice boxes) use the same `fragment_scope`. With the cache down (core/cache.py answers as an
empty cache) everything is simply made from the database on each request.
"""

from __future__ import annotations

from django.core.cache import cache
from django.utils.functional import SimpleLazyObject
from wagtail.models import Page, Site

from core.locales import content_locales
from core.purging import fragment_generation
from core.visibility import public
from home.models import OfficeSettings

# Fragments also expire on their own, as a bound on anything an event might ever miss.
FRAGMENT_SECONDS = 60 * 60


def fragment_scope(request) -> str:
    """`<site id>.<generation>`: the part of every fragment key that a change renews."""
    scope = getattr(request, "_fragment_scope", None)
    if scope is None:
        site = Site.find_for_request(request) if request is not None else None
        scope = f"{site.pk}.{fragment_generation(site.pk)}" if site is not None else "none"
        if request is not None:
            request._fragment_scope = scope
    return scope


def office_settings(request) -> OfficeSettings | None:
    """The portal's office settings, from the cache (None without a site)."""
    attr_name = OfficeSettings.get_cache_attr_name()
    if hasattr(request, attr_name):
        return getattr(request, attr_name)
    office = _cached_office_settings(request)
    setattr(request, attr_name, office)
    return office


def prime_office_settings(request) -> None:
    """Hand Wagtail's `settings.home.OfficeSettings` (which keeps one per request under this
    attribute) the cached copy, looked up only if a template reads it."""
    attr_name = OfficeSettings.get_cache_attr_name()
    if not hasattr(request, attr_name):
        setattr(request, attr_name, SimpleLazyObject(lambda: _cached_office_settings(request)))


def _cached_office_settings(request) -> OfficeSettings | None:
    if Site.find_for_request(request) is None:
        return None
    key = f"fragments:office:{fragment_scope(request)}"
    office = cache.get(key)
    if office is None:
        office = OfficeSettings.for_site(Site.find_for_request(request))
        cache.set(key, office, FRAGMENT_SECONDS)
    return office


def navigation(request, language_code: str) -> dict:
    """The home page in `language_code` (falling back to the site root) and the main menu: its
    live, public sections in tree order, each as title, URL and tree path (for `aria-current`)."""
    memo = getattr(request, "_navigation", {})
    if language_code in memo:
        return memo[language_code]
    key = f"fragments:navigation:{fragment_scope(request)}:{language_code}"
    data = cache.get(key)
    if data is None:
        data = _build_navigation(request, language_code)
        cache.set(key, data, FRAGMENT_SECONDS)
    request._navigation = {**memo, language_code: data}
    return data


def _build_navigation(request, language_code: str) -> dict:
    site = Site.find_for_request(request)
    if site is None:
        return {"home": None, "sections": []}
    root = site.root_page
    locale = content_locales(request).get(language_code)
    translated = locale is not None and root.locale_id != locale.pk
    home = (root.get_translation_or_none(locale) if translated else None) or root
    # Menus need only titles and URLs, which plain pages have: no per-type `specific()` queries.
    sections = public(home.get_children().live().in_menu(), request)
    return {
        "home": _link(home, request),
        "translated_home": home.locale_id == getattr(locale, "pk", None),
        "sections": [_link(section, request) for section in sections],
    }


def _link(page: Page, request) -> dict:
    return {"pk": page.pk, "title": page.title, "url": page.get_url(request), "path": page.path}


def live_translations(request, page: Page) -> dict[str, Page]:
    """The page's live, public translations (itself included) by language code, found once per
    request for the language switcher and the hreflang links alike."""
    memo = getattr(request, "_live_translations", None) if request is not None else None
    if memo is not None and memo[0] == page.pk:
        return memo[1]
    translations = {
        translation.locale.language_code: translation
        for translation in public(page.get_translations(inclusive=True).live(), request).select_related("locale")
    }
    if request is not None:
        request._live_translations = (page.pk, translations)
    return translations
