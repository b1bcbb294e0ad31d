"""The one headless API: Wagtail 8's v3 API (`wagtail.api.v3.api.api`), finished for this site.

Wagtail's own apps add their routers to that object in their `ready()` (see
`wagtail/images/apps.py`), and so does each of ours: the one hook is

    from wagtail.api.v3.api import api
    api.add_router(prefix, router)

in the app's `AppConfig.ready()`, with the router in the app's own `api` module. This module adds
what belongs to the API as a whole: its title and description, field errors in the reader's
language, and the completed OpenAPI document (api/openapi.py), plus the few overrides of Wagtail's
internals (api/wagtail_overrides.py). `ApiConfig.ready()` calls `assemble()`; `rangpur_cms/urls.py`
mounts `api.urls` after every app is ready.
"""

from ninja import NinjaAPI

from api import wagtail_overrides
from api.errors import register_translated_validation_errors

TITLE = "Rangpur CMS API"
VERSION = "3.0.0"
DESCRIPTION = """
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


def assemble(api: NinjaAPI) -> None:
    """Finish Wagtail's API object: title, description, translated errors, overrides."""
    api.title = TITLE
    api.version = VERSION
    api.description = DESCRIPTION
    register_translated_validation_errors(api)
    wagtail_overrides.install(api)
