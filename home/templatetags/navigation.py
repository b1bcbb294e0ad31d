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
    """Links to this page in each language: its translation, or that language's home page."""
    request = context.get("request")
    page = context.get("page")
    current = get_language()
    links = []
    for code, name in settings.LANGUAGES:
        url = None
        if isinstance(page, Page):
            try:
                translation = page.get_translation_or_none(Locale.objects.get(language_code=code))
            except Locale.DoesNotExist:
                translation = None
            if translation and translation.live:
                url = translation.get_url(request)
        elif request is not None:
            url = translate_url(request.get_full_path(), code)
        if not url:
            home = _localized_home(request, code)
            url = home.get_url(request) if home else f"/{code}/"
        links.append({"code": code, "name": name, "url": url, "is_current": code == current})
    return {"links": links}


@register.filter
def is_within(page, section) -> bool:
    """True when `page` is `section` or one of its descendants (tree paths share a prefix)."""
    return isinstance(page, Page) and page.path.startswith(section.path)
