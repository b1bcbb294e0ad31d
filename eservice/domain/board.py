"""What the display board on the centre's TV shows (``board/`` on the e-service centre page,
eservice/web/board.py, and ``GET board/`` in the API): the citizen charter in turns and the
tracking numbers of applications ready for delivery — never a name, mobile or NID."""

import datetime
from dataclasses import dataclass

from wagtail.models import Locale

from eservice.domain.calendar import local_now
from eservice.models.applications import Application, Status
from eservice.models.charter import Service

REFRESH_SECONDS = 60
# A TV screen holds this many numbers legibly; the oldest ready applications come first.
MAX_READY = 60


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
