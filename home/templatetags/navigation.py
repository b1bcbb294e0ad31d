"""Menus and the language switcher, both following the page's locale."""

from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils.translation import get_language
from wagtail.models import Page

from home.fragments import fragment_scope, live_translations, navigation

register = template.Library()


@register.simple_tag(takes_context=True)
def navigation_links(context) -> dict:
    """The reader's language's home page and main menu (`home`, `sections`), from the cache."""
    request = context.get("request")
    if request is None:
        return {"home": None, "sections": []}
    return navigation(request, get_language())


@register.simple_tag(takes_context=True)
def fragment_key(context) -> str:
    """The portal and its fragment generation, for `{% cache %}` keys of what every page repeats."""
    return fragment_scope(context.get("request"))


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
            links_of_language = navigation(request, code) if request is not None else {}
            home = links_of_language.get("home") if links_of_language.get("translated_home") else None
            url = home["url"] if home else f"/{code}/"
        links.append({"code": code, "name": name, "url": url, "is_current": code == current})
    return {"links": links}


def _translated_page_url(request, page, code: str) -> str | None:
    if not isinstance(page, Page):
        return None
    translation = live_translations(request, page).get(code)
    if translation is None:
        return None
    url = translation.get_url(request)
    own_url = page.get_url(request)
    if url and own_url and request is not None and request.path.startswith(own_url) and request.path != own_url:
        # A routable page's sub-route (e.g. eservice/apply/<slug>/) exists under the translation too.
        url += request.path[len(own_url) :]
    return url


@register.filter
def is_within(page, section) -> bool:
    """True when `page` is `section` (a page or a menu link) or one of its descendants (tree paths share a prefix)."""
    path = section["path"] if isinstance(section, dict) else section.path
    return isinstance(page, Page) and page.path.startswith(path)
