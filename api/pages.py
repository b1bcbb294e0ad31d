"""Wagtail's page list and find (`GET /api/v3/pages/`, `/pages/find/`) made for a bilingual site.

Wagtail 8 offers no setting for either, so api/wagtail_overrides.py re-registers them on Wagtail's
own pages router with the views below (same paths, names and operation ids), keeping Wagtail's
view code for everything else:

- List: Wagtail types the items with a fixed schema (`id`, `title`, `meta`), while a front end
  listing sections in one language needs each item's twin in the other to build its language
  switcher. The list keeps Wagtail's view function (filters, ordering, search, permissions,
  pagination) with an item schema that adds `translations`, looked up for the whole page of
  results in one query, so the query count stays constant as the list grows. Each item is
  validated once and kept in the cache under a hash of everything it shows (`page_list_items`),
  and the view answers ninja's paginated schema itself (`validated_once`), so a repeated list
  makes and validates nothing again while its queries still run on every request.
- Find: Wagtail resolves `html_path` under the site's root page, the Bengali home page, with no
  language prefix, so an English page cannot be found by its path. A front end routes by the
  paths the website uses (`/bn/...`, `/en/...`), so a path with a language prefix is resolved
  under that language's home page; any other path goes to Wagtail's find unchanged.
"""

from collections.abc import Callable
from functools import wraps
from typing import Literal

from django.conf import settings
from django.db.models import Count, QuerySet, Window
from django.http import Http404, HttpRequest
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from ninja import Query, Schema
from pydantic import Field, PositiveInt
from wagtail.api.v3.pagination import WagtailLimitOffsetPagination
from wagtail.api.v3.querysets import get_pages_queryset
from wagtail.api.v3.routers import pages as wagtail_pages
from wagtail.api.v3.schemas.pages import BasePageSchema
from wagtail.api.validators import SiteFilterValidator
from wagtail.models import Locale, Page

from core.portals import site_root_paths_digest
from core.purging import every_portals_generation
from core.representations.item_cache import cached_items, content_key, keeps_items, made_from_rows
from core.representations.translations import (
    TRANSLATIONS_DESCRIPTION,
    Translations,
    page_translation_link,
    translations_of,
)
from core.visibility import public

# Where the bulk lookup leaves each item's translations for the schema to read.
TRANSLATIONS_ATTRIBUTE = "_api_translations"
# Bump when a list item starts to show anything its key (ROW_FIELDS and the scope in
# `page_list_items`) lacks.
ITEM_KEY_VERSION = 2


class PageListItemSchema(BasePageSchema):
    translations: Translations = Field(default_factory=dict, description=TRANSLATIONS_DESCRIPTION)

    @staticmethod
    def resolve_translations(page: Page, context: dict) -> dict:
        return getattr(page, TRANSLATIONS_ATTRIBUTE, {})


def published_translations(pages: list[Page], request: HttpRequest | None = None) -> dict[int, dict[str, Page]]:
    """Each page's live, public translations by language code, for all the pages in one query
    (the restricted pages from the cache, core/visibility.py, not read again on each request)."""
    return translations_of(pages, public(Page.objects.live(), request), lambda other: other)


def _attach_links(page: Page, translations: dict[str, Page], request: HttpRequest | None) -> None:
    setattr(
        page,
        TRANSLATIONS_ATTRIBUTE,
        {code: page_translation_link(other, request) for code, other in translations.items()},
    )


# A page's own columns that its list item shows (id, title, slug, path for `html_url`, type,
# language, dates) and its revision: read for a page of the list in one query, no model made.
ROW_FIELDS = (
    "pk",
    "latest_revision_id",
    "last_published_at",
    "first_published_at",
    "title",
    "slug",
    "url_path",
    "content_type_id",
    "locale_id",
)


def page_row(page: Page) -> tuple:
    """A page's ROW_FIELDS from the object, as `values_list(*ROW_FIELDS)` reads them."""
    return tuple(getattr(page, name) for name in ROW_FIELDS)


def page_list_items(
    rows: list[tuple], request: HttpRequest, pages: list[Page] | None = None
) -> list[PageListItemSchema]:
    """The items of the pages whose ROW_FIELDS are `rows`, each validated once and kept in the
    cache under a hash of everything it shows (core/representations/item_cache.py): the page's
    row; the reader's language and the address asked for; the sites' root paths (every
    `html_url` is made from them); and the generation of every portal's fragments, which each
    publish, unpublish, move, slug change, deletion and view restriction renews (the items'
    translations). A change shows in the next answer with no purge; a change of the page's own
    row made straight in the database too.

    Only the items not in the cache are made: their pages are read then, with their
    translations (`pages`, when the caller has them already)."""
    # The request's root paths, as a digest: read once per request, even with the cache off,
    # and hashed once per list of them (core/portals.py).
    scope = (
        ITEM_KEY_VERSION,
        get_language(),
        request.build_absolute_uri("/"),
        site_root_paths_digest(request),
        every_portals_generation(),
    )

    def make(found: list[Page]) -> list[PageListItemSchema]:
        translations = published_translations(found, request)
        for page in found:
            _attach_links(page, translations[page.pk], request)
        return [PageListItemSchema.model_validate(page, context={"request": request}) for page in found]

    def make_missing(missing: list[tuple]) -> list[PageListItemSchema | None]:
        return made_from_rows(missing, Page.objects.select_related("locale"), pages, make)

    return cached_items(rows, lambda row: content_key("api-page", scope, *row), make_missing)


class TranslationsPagination(WagtailLimitOffsetPagination):
    """Wagtail's limit/offset pagination, then the page of results as validated list items.

    A list of pages (a queryset) is read as rows and a total in one query (a window count),
    with no model made, and only the items not in the cache are made from their pages (with
    caching turned off, the pages and the total in one query). Search results (objects, ranked
    by the search backend, with their own count) go through Wagtail's pagination as they are."""

    def paginate_queryset(self, queryset, pagination, request: HttpRequest, **params) -> dict:
        if not isinstance(queryset, QuerySet) or queryset.query.distinct:
            result = super().paginate_queryset(queryset, pagination, request, **params)
            pages = list(result["items"])
            result["items"] = page_list_items([page_row(page) for page in pages], request, pages)
            return result
        # Wagtail's checks of the limit (a 400 beyond WAGTAILAPI_LIMIT_MAX), on nothing to read.
        super().paginate_queryset([], pagination, request, **params)
        window = slice(pagination.offset, pagination.offset + min(pagination.limit, self.max_limit))
        counted = queryset.annotate(total=Window(Count("pk")))
        if keeps_items():
            rows = list(counted.values_list(*ROW_FIELDS, "total")[window])
            count = rows[0][-1] if rows else queryset.count()  # past the end: counted alone
            items = page_list_items([row[:-1] for row in rows], request)
        else:
            # Caching is turned off: nothing is kept to read rows for; the pages at once.
            pages = list(counted.select_related("locale")[window])
            count = pages[0].total if pages else queryset.count()
            items = page_list_items([page_row(page) for page in pages], request, pages)
        return {"items": items, "count": count}


def validated_once(view: Callable, paged_schema: Callable[[], type[Schema]]) -> Callable:
    """`view` (ninja-paginated, answering `{"items": [...], "count": n}` with validated items)
    answering an instance of its paginated response schema, `paged_schema()`: ninja serialises an
    instance of the response type without validating it again (django-ninja 1.7.1,
    `Operation._result_to_response`), so the items are validated once, when they are made."""

    @wraps(view)
    def wrapper(request: HttpRequest, **kwargs):
        result = view(request, **kwargs)
        if isinstance(result, dict):
            return paged_schema().model_construct(**result)
        return result

    return wrapper


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
