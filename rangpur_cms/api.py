"""The one headless API: Wagtail 8's v3 API with each app's router added to it.

Wagtail's v3 API is a module-level django-ninja ``NinjaAPI``; routers must be added before
its URLs are first read, which is why this module is imported by ``urls.py`` only.
"""

from functools import wraps

from django.utils import translation

# Wagtail and django-ninja build every schema when these modules are imported, turning verbose
# names into fixed titles in the language active then; build them in English (see _in_english).
with translation.override("en"):
    from wagtail.api.v3.api import api

    from eservice.api import router as eservice_router
    from eservice.api_staff import router as eservice_staff_router
    from home import api_wagtail_pages
    from home.api_locales import router as locales_router
    from notices.api import router as notices_router
    from preview.api import router as preview_router
    from rangpur_cms import api_openapi
    from rangpur_cms.api_errors import register_translated_validation_errors

    # Page list items name their translations; find takes /en/ paths (home/api_wagtail_pages.py).
    api_wagtail_pages.install()

api.title = "Rangpur CMS API"
api.version = "3.0.0"
api.description = """
Headless API of the Deputy Commissioner's Office, Rangpur: Wagtail's pages, images, documents,
sites, redirects and snippets, plus the project's routers (languages, notices, the e-service
charter, applications, the display board, feedback, headless preview). Bengali (`bn`) is the
source language, English (`en`) the translation.

**Start here.** `GET /api/v3/locales/` names each language's home page; `GET /api/v3/pages/?child_of=<id>`
lists its sections, each naming its translations. `GET /api/v3/pages/find/?html_path=/en/...` finds a
page by its website path. `GET /api/v3/notices/?locale=bn` is the notice board;
`GET /api/v3/services/` the citizen charter; `POST /api/v3/applications/` applies and
`POST /api/v3/applications/track/` tracks.

**Reading** needs no token. **Writing** needs a Wagtail API token (`Authorization: Bearer <token>`,
made under Account → API tokens in the admin) and the same permissions as in the admin.
**Languages:** lists take `?locale=`; `?locale=` or `Accept-Language` sets the language of error
messages. **Errors** are `application/problem+json` with one entry per field in `errors`.
**Caching:** public GETs carry `ETag` and `Cache-Control: public`; conditional requests get 304;
anything with personal data is `no-store`.
"""

# Each app contributes a router here: (prefix, router).
PROJECT_ROUTERS: list = [
    ("/", locales_router),
    ("/notices/", notices_router),
    ("/", eservice_router),
    ("/", eservice_staff_router),
    ("/", preview_router),
]

for prefix, router in PROJECT_ROUTERS:
    api.add_router(prefix, router)

register_translated_validation_errors(api)


def _in_english(view):
    """The OpenAPI document (and the docs page) always in English, whatever the request asks.

    Field titles and descriptions come from lazily translated verbose names and help texts;
    rendered in the request's language the document would differ between clients and caches.
    A developer's contract should be one stable text, and English is what API tooling and the
    national portal's developers share. The data the API returns stays in the content's language.
    """

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        with translation.override("en"):
            return view(request, *args, **kwargs)

    return wrapper


# Applied when urls.py reads api.urls; Wagtail's own docs gate (WAGTAILAPI_DOCS_ENABLED) stays.
_gate_docs = api.docs_decorator
api.docs_decorator = lambda view: _gate_docs(_in_english(view)) if _gate_docs else _in_english(view)
# Error responses, anonymous access and examples the generated document cannot know about.
api_openapi.install(api)

__all__ = ["api"]
