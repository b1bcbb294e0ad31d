"""Menus and the language switcher, both following the page's locale."""

from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils.translation import get_language
from wagtail.models import Locale, Page, Site

register = template.Library()


def _site_root(request):
    site = Site.find_for_request(request) if request else None
    return site.root_page if site else None


def _localized_home(request, language_code):
    # The header, menu and language switcher all ask for it: look it up once per request.
    cache = getattr(request, "_localized_homes", None) if request is not None else None
    if cache is not None and language_code in cache:
        return cache[language_code]
    root = _site_root(request)
    home = None
    if root is not None:
        locale = Locale.objects.filter(language_code=language_code).first()
        home = root.get_translation_or_none(locale) if locale else None
    if request is not None:
        request._localized_homes = {**(cache or {}), language_code: home}
    return home


@register.simple_tag(takes_context=True)
def localized_home(context):
    """The home page in the reader's language (falls back to the site root)."""
    request = context.get("request")
    return _localized_home(request, get_language()) or _site_root(request)


@register.simple_tag(takes_context=True)
def main_menu(context):
    """Live, public sections of the home page in the reader's language, in tree order."""
    home = localized_home(context)
    if home is None:
        return Page.objects.none()
    # Menus need only titles and URLs, which plain pages have: no per-type `specific()` queries.
    return home.get_children().live().public().in_menu()


@register.inclusion_tag("includes/language_switcher.html", takes_context=True)
def language_switcher(context):
    """Links to this page in each language: its translation, or that language's home page.

    A view may pass `translation_urls` ({language code: url}) when it knows better, e.g. a
    notice whose translation has its own id. Sub-pages of a routable page (the e-service
    centre's apply, track and board pages) keep their sub-path in the other language.
    """
    request = context.get("request")
    page = context.get("page")
    known = context.get("translation_urls") or {}
    current = get_language()
    links = []
    for code, name in settings.LANGUAGES:
        url = known.get(code) or _translated_page_url(request, page, code)
        if not url and request is not None and not isinstance(page, Page):
            url = translate_url(request.get_full_path(), code)
        if not url:
            home = _localized_home(request, code)
            url = home.get_url(request) if home else f"/{code}/"
        links.append({"code": code, "name": name, "url": url, "is_current": code == current})
    return {"links": links}


def _translated_page_url(request, page, code: str) -> str | None:
    if not isinstance(page, Page):
        return None
    try:
        translation = page.get_translation_or_none(Locale.objects.get(language_code=code))
    except Locale.DoesNotExist:
        return None
    if translation is None or not translation.live:
        return None
    url = translation.get_url(request)
    own_url = page.get_url(request)
    if url and own_url and request is not None and request.path.startswith(own_url) and request.path != own_url:
        # A routable page's sub-route (e.g. eservice/apply/<slug>/) exists under the translation too.
        url += request.path[len(own_url) :]
    return url


@register.filter
def is_within(page, section) -> bool:
    """True when `page` is `section` or one of its descendants (tree paths share a prefix)."""
    return isinstance(page, Page) and page.path.startswith(section.path)
