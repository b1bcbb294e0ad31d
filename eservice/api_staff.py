"""The display board and feedback in the v3 API: ``GET board/`` (the same data as the board on
the centre's TV: tracking numbers ready for delivery and the charter, never anything personal)
and ``POST feedback/`` (the feedback page's form, with problem+json errors per field)."""

import datetime

from django.http import HttpRequest
from ninja import Router, Schema, Status
from wagtail.api.v3.auth import AllowAnonymous, BearerTokenAuth

from core.i18n import current_language
from eservice.api import field_problem, in_request_language, rate_limited, requested_locale
from eservice.board import REFRESH_SECONDS, board_data
from eservice.feedback import FeedbackForm

router = Router(tags=["e-service"])


class BoardServiceSchema(Schema):
    slug: str
    name: str
    time_limit_days: int
    fee: str
    officer: str


class BoardSchema(Schema):
    locale: str
    generated_at: datetime.datetime
    refresh_seconds: int
    ready: list[str]
    ready_total: int
    services: list[BoardServiceSchema]


class FeedbackIn(Schema):
    message: str = ""
    name: str = ""
    contact: str = ""
    service: str = ""


class FeedbackCreated(Schema):
    id: int
    status: str
    submitted_at: datetime.datetime


@router.get(
    "/board/", response=BoardSchema, url_name="eservice_board", operation_id="board_detail", summary="The display board"
)
@in_request_language
def get_board(request: HttpRequest, locale: str | None = None):
    """Tracking numbers (ASCII) of applications ready for delivery, oldest first, and the charter."""
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


@router.post(
    "/feedback/",
    response={201: FeedbackCreated, 422: dict, 429: dict},
    auth=[BearerTokenAuth(), AllowAnonymous()],
    url_name="eservice_feedback",
    operation_id="feedback_create",
    summary="Send feedback (মতামত ও পরামর্শ)",
)
@in_request_language
def create_feedback(request: HttpRequest, data: FeedbackIn):
    """Name, contact and service (a charter slug) are optional; the message is required."""
    limited = rate_limited(request, "api-feedback")
    if limited:
        return limited
    form = FeedbackForm(data.dict())
    if not form.is_valid():
        return field_problem(
            {
                field: [(error["message"], error["code"]) for error in errors]
                for field, errors in form.errors.get_json_data().items()
            }
        )
    feedback = form.save(current_language())
    return Status(201, {"id": feedback.pk, "status": feedback.status, "submitted_at": feedback.submitted_at})
