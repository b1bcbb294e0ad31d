"""Serving the "headless" preview mode of pages and notices.

The mode itself is declared by the content types (`core.previews.HeadlessPreviewMixin`); this
app serves it. Choosing it in the admin's preview panel stores the unsaved content
(``serializable_data()``) under a signed, expiring token and shows the external front end
(HEADLESS_PREVIEW_URL) with ``?content_type=<app_label.model>&token=<token>``; the front end
then asks ``GET /api/v3/preview/`` for the draft, in the same shape as the normal API item.
"""

from __future__ import annotations

import datetime
import secrets
from urllib.parse import urlencode

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core import signing
from django.db import models
from django.http import HttpRequest, HttpResponse
from django.template.response import TemplateResponse
from django.utils import timezone

from core.http import no_store
from preview.models import HeadlessPreview

SALT = "rangpur.preview.headless"


def signer() -> signing.TimestampSigner:
    return signing.TimestampSigner(salt=SALT)


def label_of(model: type[models.Model]) -> str:
    return f"{model._meta.app_label}.{model._meta.model_name}"


def store_preview(obj: models.Model) -> str:
    """Keep `obj`'s unsaved content and return the signed token that unlocks it."""
    max_age = datetime.timedelta(seconds=settings.HEADLESS_PREVIEW_MAX_AGE)
    HeadlessPreview.objects.filter(created_at__lt=timezone.now() - max_age).delete()
    key = secrets.token_urlsafe(24)
    HeadlessPreview.objects.create(
        key=key,
        content_type=ContentType.objects.get_for_model(obj, for_concrete_model=False),
        content_json=obj.serializable_data(),
    )
    return signer().sign(key)


def front_end_url(obj: models.Model, token: str) -> str:
    query = urlencode({"content_type": label_of(type(obj)), "token": token})
    base = settings.HEADLESS_PREVIEW_URL
    return f"{base}{'&' if '?' in base else '?'}{query}"


def serve_headless_preview(obj: models.Model, request: HttpRequest) -> HttpResponse:
    """The admin's preview panel in headless mode: the front end in a frame, never stored."""
    token = store_preview(obj)
    response = TemplateResponse(
        request, "preview/headless.html", {"object": obj, "front_end_url": front_end_url(obj, token)}
    )
    return no_store(response)
