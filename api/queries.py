"""Strict query strings for the API's read endpoints.

Every list in /api/v3/ (pages, documents, images, redirects, snippets, notices, ...) takes
`offset` and most take `search`: an offset beyond a database integer overflows in the database
(a DataError), and a search of a few hundred words overflows Python's recursion limit in the
search backend. Both are bounded here, for every GET under /api/v3/, before any view runs.

Wagtail's page list quietly ignores query parameters it does not know (a misspelt filter then
returns every page), and passes any `offset` and the port of `site=host:port` to the database,
where a huge offset overflows and a port that is not a number fails (a 500 on /find/).
Anonymous requests also may not ask for the stored rich text formats (`db_html`,
`db_markdown`), which keep Wagtail's internal link markup instead of public URLs.
This middleware answers all of these with 422 problem+json, field by field, in the request's
language, before Wagtail's view runs. It must come after ApiHttpMiddleware (which activates
`?locale=` for messages).
"""

import re

from django.http import HttpRequest, HttpResponse
from django.utils.translation import gettext as _
from wagtail.api.v3.errors import problem_response
from wagtail.api.v3.schemas.pages import BASE_PAGE_READ_FIELDS
from wagtail.api.validators import APIFieldValidator
from wagtail.coreutils import resolve_model_string
from wagtail.models import Page, get_page_models

from core.text import MAX_QUERY_LENGTH, MAX_QUERY_WORDS

API_PREFIX = "/api/v3/"
PAGES_PREFIX = "/api/v3/pages/"
# Offsets beyond this overflow a database integer; no list has that many items.
MAX_OFFSET = 2**31 - 1

# Query parameters of Wagtail's read endpoints (PageFilterSchema, OrderingSchema, SearchSchema,
# pagination, detail and find), plus `locale`, which everywhere also picks the message language.
LIST_PARAMETERS = {
    "type",
    "ancestor_of",
    "child_of",
    "descendant_of",
    "translation_of",
    "locale",
    "site",
    "order",
    "search",
    "search_operator",
    "limit",
    "offset",
    "id",
}
DETAIL_PARAMETERS = {"version", "rich_text_format", "locale"}
FIND_PARAMETERS = {"id", "html_path", "site", "version", "rich_text_format", "locale"}
_DETAIL = re.compile(r"^/api/v3/pages/[^/]+/$")


def _list_field_names(request: HttpRequest) -> set[str]:
    """Field filters the list accepts: the page's own fields, plus the type's `api_fields` that are
    database columns when exactly one known `type` is given (as Wagtail filters them)."""
    types = request.GET.getlist("type")
    model = Page
    if len(types) == 1:
        try:
            candidate = resolve_model_string(types[0])
        except (LookupError, ValueError):
            candidate = None  # Wagtail's own validation answers a bad type.
        if candidate in get_page_models():
            model = candidate
    validator = APIFieldValidator(
        model=model, fields=[], base_fields=BASE_PAGE_READ_FIELDS, db_fields_only=True, skip_invalid=True
    )
    return set(validator.allowed_fields)


def unknown_parameters(request: HttpRequest) -> list[str]:
    """Names in the query string that the page endpoint at `request.path` does not take."""
    path = request.path
    if path == PAGES_PREFIX:
        allowed = LIST_PARAMETERS | _list_field_names(request)
    elif path == f"{PAGES_PREFIX}find/":
        allowed = FIND_PARAMETERS
    elif _DETAIL.match(path):
        allowed = DETAIL_PARAMETERS
    else:
        return []
    return [name for name in request.GET if name not in allowed]


def _is_site(value: str) -> bool:
    """`host` or `host:port`, as Wagtail's site filter reads it (a bad port fails in the database)."""
    _host, colon, port = value.partition(":")
    return not colon or (port.isdigit() and int(port) <= 65535)


def bound_errors(request: HttpRequest) -> list[dict]:
    """Errors for an `offset` or a `search` too large for any list to answer."""
    errors = []
    for offset in request.GET.getlist("offset"):
        if offset.strip().isdigit() and int(offset) > MAX_OFFSET:
            errors.append(
                {
                    "type": "less_than_equal",
                    "loc": ["query", "offset"],
                    "msg": _("Enter a value of at most %(limit)s.") % {"limit": MAX_OFFSET},
                }
            )
    for search in request.GET.getlist("search"):
        if len(search) > MAX_QUERY_LENGTH:
            errors.append(
                {
                    "type": "string_too_long",
                    "loc": ["query", "search"],
                    "msg": _("Search for at most %(limit)s characters.") % {"limit": MAX_QUERY_LENGTH},
                }
            )
        elif len(search.split()) > MAX_QUERY_WORDS:
            errors.append(
                {
                    "type": "too_many_words",
                    "loc": ["query", "search"],
                    "msg": _("Search for at most %(limit)s words.") % {"limit": MAX_QUERY_WORDS},
                }
            )
    return errors


class QueryGuardMiddleware:
    """Bounds `offset` and `search` on every API read; on the page endpoints, also rejects unknown
    query parameters, stored rich text formats without a token and bad site ports."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if request.method in ("GET", "HEAD") and request.path.startswith(API_PREFIX):
            errors = bound_errors(request)
            if request.path.startswith(PAGES_PREFIX):
                errors += self.page_errors(request)
            if errors:
                return problem_response(status=422, detail=_("Some values are not valid."), errors=errors)
        return self.get_response(request)

    @staticmethod
    def page_errors(request: HttpRequest) -> list[dict]:
        errors = [
            {
                "type": "unknown_parameter",
                "loc": ["query", name],
                "msg": _("This query parameter is not known here."),
            }
            for name in unknown_parameters(request)
        ]
        if request.GET.get("rich_text_format", "").startswith("db_") and "HTTP_AUTHORIZATION" not in request.META:
            # Stored formats carry Wagtail's internal <a linktype="page" id=...> references;
            # they are for editors' tools writing back, not for public front ends.
            errors.append(
                {
                    "type": "value_error",
                    "loc": ["query", "rich_text_format"],
                    "msg": _("Stored rich text formats need an API token; use html or markdown."),
                }
            )
        errors += [
            {
                "type": "value_error",
                "loc": ["query", "site"],
                "msg": _("Enter a host name, with a port number after a colon if needed."),
            }
            for site in request.GET.getlist("site")
            if not _is_site(site)
        ]
        return errors
