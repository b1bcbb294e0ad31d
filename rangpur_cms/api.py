"""The one headless API: Wagtail 8's v3 API with each app's router added to it.

Wagtail's v3 API is a module-level django-ninja ``NinjaAPI``; routers must be added before
its URLs are first read, which is why this module is imported by ``urls.py`` only.
"""

from wagtail.api.v3.api import api

from eservice.api import router as eservice_router
from eservice.api_staff import router as eservice_staff_router
from notices.api import router as notices_router
from rangpur_cms.api_errors import register_translated_validation_errors

api.title = "Rangpur CMS API"
api.version = "3.0.0"
api.description = (
    "Headless API of the Deputy Commissioner's Office, Rangpur: pages and sites (Wagtail), "
    "plus the project's own routers. Bengali (`bn`) is the source language, English (`en`) "
    "the translation."
)

# Each app contributes a router here: (prefix, router).
PROJECT_ROUTERS: list = [
    ("/notices/", notices_router),
    ("/", eservice_router),
    ("/", eservice_staff_router),
]

for prefix, router in PROJECT_ROUTERS:
    api.add_router(prefix, router)

register_translated_validation_errors(api)

__all__ = ["api"]
