"""The display board on the centre's TV (``board/`` on the e-service centre page): the citizen
charter in turns and the tracking numbers of applications ready for delivery, in the page's
language (tracking numbers in ASCII digits on every board, as on receipts and in SMS)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from django.http import HttpRequest, HttpResponse
from django.template.response import TemplateResponse
from django.utils.cache import patch_cache_control

from eservice.domain.board import REFRESH_SECONDS, board_data

if TYPE_CHECKING:  # for type hints only: the page's route calls this view
    from eservice.models.pages import EServiceCentrePage

ROTATE_SECONDS = 15
SERVICES_PER_PANEL = 6


def board_view(request: HttpRequest, page: EServiceCentrePage) -> HttpResponse:
    board = board_data(page.locale)
    panels = [board.services[i : i + SERVICES_PER_PANEL] for i in range(0, len(board.services), SERVICES_PER_PANEL)]
    response = TemplateResponse(
        request,
        "eservice/board.html",
        {
            "page": page,
            "self": page,
            "board": board,
            "ready_display": board.ready,
            "service_panels": panels,
            "refresh_seconds": REFRESH_SECONDS,
            "rotate_seconds": ROTATE_SECONDS,
        },
    )
    # Fresh on every refresh; nothing personal, but a stale "ready" list misleads the queue.
    patch_cache_control(response, no_cache=True, max_age=0)
    return response
