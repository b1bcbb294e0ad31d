"""HTTP manners of the headless API, in one place for every router.

- `?locale=bn|en` (or Accept-Language) chooses the language of messages.
- Caching follows the site's one policy (core/http_cache.py): public GETs are
  `Cache-Control: public` with an ETag, so clients can ask again with If-None-Match and receive
  304; requests with a token, writes, and the application and preview endpoints (citizens'
  status and history, drafts) are `no-store`. Answers vary on Accept-Language and Authorization.
- Unknown API addresses answer problem+json, like every other API error.
- Null characters in the path, the query or a JSON body answer 422 before any view runs: no
  text field takes them, and PostgreSQL refuses them in a query (a 500 if they got that far).
- HEAD is answered as GET without the body (django-ninja routes GET only), ETag and 304 included.
"""

import json

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.middleware.locale import LocaleMiddleware as DjangoLocaleMiddleware
from django.utils import translation
from django.utils.cache import patch_vary_headers
from django.utils.translation import gettext as _
from wagtail.api.v3.errors import problem_response

from core.i18n import current_language

API_PREFIX = "/api/"


def problem_not_found(request: HttpRequest, exception=None) -> HttpResponse:
    body = {"type": "about:blank", "title": "Not Found", "status": 404, "detail": f"No API endpoint at {request.path}"}
    return HttpResponse(json.dumps(body), status=404, content_type="application/problem+json")


def null_character_locations(request: HttpRequest) -> list[list[str]]:
    """Where the request carries a NUL character: `["path"]`, `["query", name]` or `["body"]`."""
    locations = [["path"]] if "\x00" in request.path else []
    locations += [
        ["query", name.replace("\x00", "")]
        for name, values in request.GET.lists()
        if "\x00" in name or any("\x00" in value for value in values)
    ]
    if request.method in ("POST", "PUT", "PATCH") and request.content_type == "application/json":
        body = request.body
        if b"\x00" in body or b"\\u0000" in body:
            locations.append(["body"])
    return locations


class LocaleMiddleware(DjangoLocaleMiddleware):
    """Django's LocaleMiddleware, except that API addresses are never redirected to /bn/api/...

    The site's pages live under language prefixes, so Django redirects any unprefixed 404 to
    its prefixed twin; API errors must stay API errors (problem+json) at the address asked for.
    """

    def process_response(self, request: HttpRequest, response: HttpResponse) -> HttpResponse:
        if request.path.startswith(API_PREFIX):
            return response
        return super().process_response(request, response)


class ApiHttpMiddleware:
    """Language, Vary and error manners of API responses. Must come after LocaleMiddleware."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if not request.path.startswith(API_PREFIX):
            return self.get_response(request)
        language = request.GET.get("locale")
        if language in dict(settings.LANGUAGES):
            translation.activate(language)
            request.LANGUAGE_CODE = language
        nulls = null_character_locations(request)
        if nulls:
            response = problem_response(
                status=422,
                detail=_("Some values are not valid."),
                errors=[
                    {"type": "null_character", "loc": loc, "msg": _("Null characters are not allowed.")}
                    for loc in nulls
                ],
            )
        else:
            response = self.get_response(request)
        if response.status_code == 404 and "json" not in response.get("Content-Type", ""):
            response = problem_not_found(request)
        response.headers.setdefault("Content-Language", current_language())
        patch_vary_headers(response, ("Accept-Language", "Authorization"))
        return response


class ApiHeadMiddleware:
    """HEAD on the API answered as GET without the body: same status and headers, ETag included.

    django-ninja routes GET only, so a HEAD would be 405. Must come before (outside)
    ConditionalGetMiddleware, so the ETag and the 304 are those of the GET.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if request.method != "HEAD" or not request.path.startswith(API_PREFIX):
            return self.get_response(request)
        request.method = "GET"
        try:
            response = self.get_response(request)
        finally:
            request.method = "HEAD"
        if not response.streaming:
            length = len(response.content)
            response.content = b""
            if response.status_code == 200:
                response["Content-Length"] = str(length)
        return response
