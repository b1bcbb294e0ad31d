"""The admin's "Front end (headless)" preview mode, declared by the content types that offer it.

Wagtail lets every previewable model list its own preview modes (`preview_modes`) and serve
each of them (`serve_preview(request, mode_name)`): the public extension points of
`wagtail.models.PreviewableMixin`. A page type or snippet that editors may preview in the
external front end puts `HeadlessPreviewMixin` before its Wagtail bases.

Core only declares the mode. Serving it means keeping the draft under a signed token, which
is the `preview` app's business: that app hands its view to `serve_headless_previews_with()`
when it is ready. The mode is offered only when HEADLESS_PREVIEW_URL names a front end and a
view has been handed in.
"""

from __future__ import annotations

from collections.abc import Callable

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.utils.translation import gettext_lazy as _

HEADLESS_MODE = "headless"

HeadlessView = Callable[[object, HttpRequest], HttpResponse]

# The view that serves each mode declared here, handed in by the app that implements it.
_VIEWS: dict[str, HeadlessView] = {}


def serve_headless_previews_with(view: HeadlessView) -> None:
    """Make `view(obj, request)` the one that answers the headless preview of any model."""
    _VIEWS[HEADLESS_MODE] = view


def headless_preview_enabled() -> bool:
    """Whether editors are offered the headless mode: a front end is named and a view serves it."""
    return bool(settings.HEADLESS_PREVIEW_URL) and HEADLESS_MODE in _VIEWS


class HeadlessPreviewMixin:
    """Adds the headless preview mode after the model's own modes (the default stays first)."""

    @property
    def preview_modes(self) -> list[tuple[str, str]]:
        modes = list(super().preview_modes)
        if headless_preview_enabled():
            modes.append((HEADLESS_MODE, _("Front end (headless)")))
        return modes

    def serve_preview(self, request: HttpRequest, mode_name: str) -> HttpResponse:
        if mode_name == HEADLESS_MODE and headless_preview_enabled():
            return _VIEWS[HEADLESS_MODE](self, request)
        return super().serve_preview(request, mode_name)
