"""Wagtail's page list (`GET /api/v3/pages/`) with each item naming its translations.

Wagtail 8 types the list items with a fixed schema (`id`, `title`, `meta`) and offers no setting
to add a field to it, while a front end listing sections in one language needs the other
language's twin of each item to build its language switcher. Rather than fork Wagtail's list
view, `install()` re-registers the very same view function on Wagtail's pages router with an
item schema that adds `translations`, and a paginator that looks up the translations of the
whole page of results in one query (so the list's query count stays constant as it grows).
Filters, ordering, search, permissions and pagination remain Wagtail's own.
"""

from collections import defaultdict

from django.http import HttpRequest
from ninja.pagination import paginate
from pydantic import Field
from wagtail.api.v3.auth import AllowAnonymous, BearerTokenAuth
from wagtail.api.v3.pagination import WagtailLimitOffsetPagination
from wagtail.api.v3.routers import pages as wagtail_pages
from wagtail.api.v3.schemas.pages import BasePageSchema
from wagtail.models import Page

from home.api import translation_representation
from rangpur_cms.api_translations import TRANSLATIONS_DESCRIPTION, Translations

# Where the bulk lookup leaves each item's translations for the schema to read.
TRANSLATIONS_ATTRIBUTE = "_api_translations"


class PageListItemSchema(BasePageSchema):
    translations: Translations = Field(default_factory=dict, description=TRANSLATIONS_DESCRIPTION)

    @staticmethod
    def resolve_translations(page: Page, context: dict) -> dict:
        return getattr(page, TRANSLATIONS_ATTRIBUTE, {})


def attach_translations(pages: list[Page], request: HttpRequest | None = None) -> None:
    """Give each page its published translations, found for all the pages in one query."""
    keys = {page.translation_key for page in pages}
    by_key = defaultdict(list)
    translations = (
        Page.objects.filter(translation_key__in=keys).live().public().select_related("locale").order_by("locale_id")
    )
    for other in translations:
        by_key[other.translation_key].append(other)
    for page in pages:
        setattr(
            page,
            TRANSLATIONS_ATTRIBUTE,
            {
                other.locale.language_code: translation_representation(other, request)
                for other in by_key[page.translation_key]
                if other.pk != page.pk
            },
        )


class TranslationsPagination(WagtailLimitOffsetPagination):
    """Wagtail's limit/offset pagination, then the translations of the page of results."""

    def paginate_queryset(self, queryset, pagination, request: HttpRequest, **params) -> dict:
        result = super().paginate_queryset(queryset, pagination, request, **params)
        items = list(result["items"])
        attach_translations(items, request)
        result["items"] = items
        return result


def install() -> None:
    """Replace the GET operation of Wagtail's `/pages/` path; POST (create) is left as it is.

    Must run before the API's URLs are first read (rangpur_cms.api does it at import).
    """
    router = wagtail_pages.router
    path_view = router.path_operations["/"]
    path_view.operations = [operation for operation in path_view.operations if "GET" not in operation.methods]
    list_view = paginate(TranslationsPagination, pass_parameter="pagination_info")(  # noqa: S106 not a password
        wagtail_pages.list_pages.__wrapped__
    )
    router.add_api_operation(
        "/",
        ["GET"],
        list_view,
        response=list[PageListItemSchema],
        url_name="list_pages",
        summary="List pages",
        description=(
            "Published pages, filtered by type, tree position, translation, locale and field values. "
            "Each item names its translations (language code → id, title, url, detail_url)."
        ),
        operation_id="pages_list",
        auth=[BearerTokenAuth(), AllowAnonymous()],
        tags=["pages"],
    )
