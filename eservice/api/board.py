"""The display board in the v3 API: ``GET board/``, the same data as the board on the centre's
TV (tracking numbers ready for delivery and the charter, never anything personal)."""

from django.http import HttpRequest, HttpResponse
from django.utils.cache import patch_cache_control
from ninja import Router

from eservice.api.common import in_request_language, requested_locale
from eservice.api.schemas import BoardSchema
from eservice.domain.board import REFRESH_SECONDS, board_data

router = Router(tags=["e-service"])


@router.get(
    "/board/", response=BoardSchema, url_name="eservice_board", operation_id="board_detail", summary="The display board"
)
@in_request_language
def get_board(request: HttpRequest, response: HttpResponse, locale: str | None = None):
    """Tracking numbers (ASCII) of applications ready for delivery, oldest first, and the charter."""
    # Public, but asked again on every refresh, as the board page is: a stale "ready" list
    # misleads the queue (core/http_cache.py keeps a view's own Cache-Control).
    patch_cache_control(response, public=True, no_cache=True, max_age=0)
    active_locale = requested_locale(locale)
    board = board_data(active_locale)
    return {
        "locale": active_locale.language_code,
        "generated_at": board.generated_at,
        "refresh_seconds": REFRESH_SECONDS,
        "ready": board.ready,
        "ready_total": board.ready_total,
        "services": [service.__dict__ for service in board.services],
    }
