"""The "headless" preview mode of pages and notices.

Choosing it in the admin's preview panel stores the unsaved content (``serializable_data()``)
under a signed, expiring token and shows the external front end (HEADLESS_PREVIEW_URL) with
``?content_type=<app_label.model>&token=<token>``; the front end then asks
``GET /api/v3/preview/`` for the draft, in the same shape as the normal API item.

The mode is added to every page model and to notices without touching their classes' source:
Wagtail has no hook for extra preview modes, so ``preview_modes`` and ``serve_preview`` are
wrapped here, once per class that defines its own. Without HEADLESS_PREVIEW_URL the mode is
not offered at all.
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
from django.utils.translation import gettext_lazy as _

from core.http import no_store

HEADLESS_MODE = "headless"
SALT = "rangpur.preview.headless"


def signer() -> signing.TimestampSigner:
    return signing.TimestampSigner(salt=SALT)


def label_of(model: type[models.Model]) -> str:
    return f"{model._meta.app_label}.{model._meta.model_name}"


def store_preview(obj: models.Model) -> str:
    """Keep `obj`'s unsaved content and return the signed token that unlocks it."""
    from preview.models import HeadlessPreview

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
    token = store_preview(obj)
    response = TemplateResponse(
        request, "preview/headless.html", {"object": obj, "front_end_url": front_end_url(obj, token)}
    )
    return no_store(response)


def _headless_preview_modes(original):
    base_modes = original.fget if isinstance(original, property) else (lambda self: original)

    def preview_modes(self):
        modes = list(base_modes(self))
        if settings.HEADLESS_PREVIEW_URL:
            modes.append((HEADLESS_MODE, _("Front end (headless)")))
        return modes

    preview_modes._headless = True  # type: ignore[attr-defined]
    return property(preview_modes)


def _headless_serve_preview(original):
    def serve_preview(self, request, mode_name):
        if mode_name == HEADLESS_MODE and settings.HEADLESS_PREVIEW_URL:
            return serve_headless_preview(self, request)
        return original(self, request, mode_name)

    serve_preview._headless = True  # type: ignore[attr-defined]
    return serve_preview


WRAPPERS = {"preview_modes": _headless_preview_modes, "serve_preview": _headless_serve_preview}


def _is_wrapped(attribute) -> bool:
    function = attribute.fget if isinstance(attribute, property) else attribute
    return getattr(function, "_headless", False)


def headless_models() -> list[type[models.Model]]:
    from wagtail.models import Page, get_page_models

    from notices.models import Notice

    return [Page, *get_page_models(), Notice]


def install_headless_mode() -> None:
    """Wrap, for each model, the nearest preview_modes/serve_preview it uses, once."""
    from wagtail.models import PreviewableMixin

    for model in headless_models():
        for name, wrap in WRAPPERS.items():
            owner = next(klass for klass in model.__mro__ if name in klass.__dict__)
            original = owner.__dict__[name]
            if _is_wrapped(original):
                continue
            # PreviewableMixin's own definitions are wrapped on the model, not on Wagtail's mixin.
            setattr(model if owner is PreviewableMixin else owner, name, wrap(original))
