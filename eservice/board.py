"""The display board on the centre's TV (``board/`` on the e-service centre page, and
``GET board/`` in the API): the citizen charter in turns and the tracking numbers of
applications ready for delivery. It shows tracking numbers only — never a name, mobile or NID."""

import datetime
from dataclasses import dataclass

from django.http import HttpRequest, HttpResponse
from django.template.response import TemplateResponse
from django.utils.cache import patch_cache_control
from wagtail.models import Locale

from eservice.calendar import local_now
from eservice.models import Application, EServiceCentrePage, Service, Status
from eservice.tracking import display_tracking_number

REFRESH_SECONDS = 60
ROTATE_SECONDS = 15
# A TV screen holds this many numbers legibly; the oldest ready applications come first.
MAX_READY = 60
SERVICES_PER_PANEL = 6


@dataclass(frozen=True)
class BoardService:
    slug: str
    name: str
    time_limit_days: int
    fee: str
    officer: str


@dataclass(frozen=True)
class Board:
    generated_at: datetime.datetime
    ready: list[str]
    ready_total: int
    services: list[BoardService]


def board_data(locale: Locale) -> Board:
    """What the board shows, in `locale` (services fall back to Bengali where untranslated)."""
    ready_qs = Application.objects.filter(status=Status.READY).order_by("updated_at", "pk")
    # Only the tracking number is read from the database: nothing personal can leak into the board.
    ready = list(ready_qs.values_list("tracking_number", flat=True)[:MAX_READY])
    services = [
        BoardService(
            slug=service.slug,
            name=service.name,
            time_limit_days=service.time_limit_days,
            fee=f"{service.fee:.0f}" if service.fee == service.fee.to_integral() else f"{service.fee:.2f}",
            officer=service.officer_designation,
        )
        for service in Service.objects.active().for_locale(locale)
    ]
    return Board(
        generated_at=local_now(),
        ready=ready,
        ready_total=ready_qs.count() if len(ready) == MAX_READY else len(ready),
        services=services,
    )


def board_view(request: HttpRequest, page: EServiceCentrePage) -> HttpResponse:
    language = page.locale.language_code
    board = board_data(page.locale)
    panels = [board.services[i : i + SERVICES_PER_PANEL] for i in range(0, len(board.services), SERVICES_PER_PANEL)]
    response = TemplateResponse(
        request,
        "eservice/board.html",
        {
            "page": page,
            "self": page,
            "board": board,
            "ready_display": [display_tracking_number(number, language) for number in board.ready],
            "service_panels": panels,
            "refresh_seconds": REFRESH_SECONDS,
            "rotate_seconds": ROTATE_SECONDS,
        },
    )
    # Fresh on every refresh; nothing personal, but a stale "ready" list misleads the queue.
    patch_cache_control(response, no_cache=True, max_age=0)
    return response
