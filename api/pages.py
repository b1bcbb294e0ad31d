"""Wagtail's page list and find (`GET /api/v3/pages/`, `/pages/find/`) made for a bilingual site.

Wagtail 8 offers no setting for either, so api/wagtail_overrides.py re-registers them on Wagtail's
own pages router with the views below (same paths, names and operation ids), keeping Wagtail's
view code for everything else:

- List: Wagtail types the items with a fixed schema (`id`, `title`, `meta`), while a front end
  listing sections in one language needs each item's twin in the other to build its language
  switcher. The list keeps Wagtail's view function (filters, ordering, search, permissions,
  pagination) with an item schema that adds `translations`, looked up for the whole page of
  results in one query, so the query count stays constant as the list grows.
- Find: Wagtail resolves `html_path` under the site's root page, the Bengali home page, with no
  language prefix, so an English page cannot be found by its path. A front end routes by the
  paths the website uses (`/bn/...`, `/en/...`), so a path with a language prefix is resolved
  under that language's home page; any other path goes to Wagtail's find unchanged.
"""

from typing import Literal

from django.conf import settings
from django.http import Http404, HttpRequest
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from ninja import Query
from pydantic import Field, PositiveInt
from wagtail.api.v3.pagination import WagtailLimitOffsetPagination
from wagtail.api.v3.querysets import get_pages_queryset
from wagtail.api.v3.routers import pages as wagtail_pages
from wagtail.api.v3.schemas.pages import BasePageSchema
from wagtail.api.validators import SiteFilterValidator
from wagtail.models import Locale, Page

from core.representations.translations import (
    TRANSLATIONS_DESCRIPTION,
    Translations,
    page_translation_link,
    translations_of,
)
from core.visibility import public

# Where the bulk lookup leaves each item's translations for the schema to read.
TRANSLATIONS_ATTRIBUTE = "_api_translations"


class PageListItemSchema(BasePageSchema):
    translations: Translations = Field(default_factory=dict, description=TRANSLATIONS_DESCRIPTION)

    @staticmethod
    def resolve_translations(page: Page, context: dict) -> dict:
        return getattr(page, TRANSLATIONS_ATTRIBUTE, {})


def attach_translations(pages: list[Page], request: HttpRequest | None = None) -> None:
    """Give each page its published translations, found for all the pages in one query."""
    published = public(Page.objects.live(), request)
    found = translations_of(pages, published, lambda other: page_translation_link(other, request))
    for page in pages:
        setattr(page, TRANSLATIONS_ATTRIBUTE, found[page.pk])


class TranslationsPagination(WagtailLimitOffsetPagination):
    """Wagtail's limit/offset pagination, then the translations of the page of results."""

    def paginate_queryset(self, queryset, pagination, request: HttpRequest, **params) -> dict:
        result = super().paginate_queryset(queryset, pagination, request, **params)
        items = list(result["items"])
        attach_translations(items, request)
        result["items"] = items
        return result


def split_language_prefix(html_path: str) -> tuple[str | None, list[str]]:
    """`/en/a/b/` → ("en", ["a", "b"]); a path without a known language prefix → (None, components)."""
    components = [component for component in html_path.split("/") if component]
    if components and components[0] in dict(settings.LANGUAGES):
        return components[0], components[1:]
    return None, components


def find_localized_page(request: HttpRequest, language: str, components: list[str], site: str | None) -> Page | None:
    """The published page at `components` under `language`'s home page, as the website routes it."""
    site_obj = SiteFilterValidator(site=site, request=request).site_obj
    locale = Locale.objects.filter(language_code=language).first()
    if site_obj is None or locale is None:
        return None
    home = site_obj.root_page.get_translation_or_none(locale)
    if home is None:
        return None
    try:
        page, _args, _kwargs = home.specific.route(request, components)
    except Http404:
        return None
    return page if get_pages_queryset(request).filter(id=page.id).exists() else None


def find_page(
    request: HttpRequest,
    id: PositiveInt | None = None,
    html_path: str | None = None,
    site: str | None = None,
    version: Literal["live", "draft"] | None = Query("live"),  # noqa: B008 ninja's way to declare a query parameter
):
    language, components = split_language_prefix(html_path or "")
    if language is None:
        return wagtail_pages.find_page(request, id=id, html_path=html_path, site=site, version=version)
    page = find_localized_page(request, language, components, site)
    if page is None:
        if id:  # as in Wagtail's find: the id answers when the path does not
            return wagtail_pages.find_page(request, id=id, html_path=None, site=site, version=version)
        raise Http404(_("No published page is at this path."))
    query = request.GET.copy()
    query.pop("id", None)
    query.pop("html_path", None)
    return redirect(f"{reverse('wagtailapi_v3:detail_page', kwargs={'page_id': page.pk})}?{query.urlencode()}")
