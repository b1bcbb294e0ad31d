"""The centre's registers and statistics: the daily register (one day's applications) and the
monthly statistics (received, delivered, delivered on time, rejected and still open, by service
and by channel), as rows for the admin and as CSV or XLSX files.

An application counts as delivered on time when its "delivered" event falls on or before its
probable delivery date (Asia/Dhaka); the on-time rate is that share of the month's deliveries.
"""

import csv
import datetime
import io
from collections import defaultdict
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal

from django.db.models import OuterRef, Subquery
from django.utils import timezone
from django.utils.translation import gettext as _
from openpyxl import Workbook
from openpyxl.styles import Font

from core.exports import csv_text, xlsx_text
from eservice.models.applications import Application, ApplicationEvent, Channel, Status
from eservice.models.charter import Service

OPEN_STATUSES = (Status.RECEIVED, Status.IN_PROCESS, Status.NEEDS_INFO, Status.READY)


def day_bounds(day: datetime.date) -> tuple[datetime.datetime, datetime.datetime]:
    """Midnight to midnight of `day` in the office's time zone."""
    tz = timezone.get_current_timezone()
    start = timezone.make_aware(datetime.datetime.combine(day, datetime.time.min), tz)
    end = timezone.make_aware(datetime.datetime.combine(day + datetime.timedelta(days=1), datetime.time.min), tz)
    return start, end


def month_bounds(first: datetime.date) -> tuple[datetime.datetime, datetime.datetime]:
    next_month = (first.replace(day=28) + datetime.timedelta(days=4)).replace(day=1)
    return day_bounds(first)[0], day_bounds(next_month)[0]


# --- the daily register ----------------------------------------------------------------------


def register_headers() -> list[str]:
    return [
        _("No."),
        _("Tracking number"),
        _("Received at"),
        _("Service"),
        _("Channel"),
        _("Applicant's name"),
        _("Mobile"),
        _("Status"),
        _("Probable delivery date"),
        _("Received by"),
    ]


def daily_register(day: datetime.date) -> list[list]:
    """One row per application received on `day`, in the order they came in."""
    start, end = day_bounds(day)
    applications = (
        Application.objects.filter(received_at__gte=start, received_at__lt=end)
        .select_related("service", "received_by")
        .order_by("received_at", "pk")
    )
    return [
        [
            number,
            application.tracking_number,
            timezone.localtime(application.received_at).strftime("%H:%M"),
            application.service.name,
            str(application.get_channel_display()),
            application.applicant_name,
            application.mobile,
            str(application.get_status_display()),
            application.probable_delivery_date,
            application.received_by.get_username() if application.received_by else "",
        ]
        for number, application in enumerate(applications, start=1)
    ]


# --- the monthly statistics ------------------------------------------------------------------


@dataclass
class Tally:
    """Counts for one service or one channel in one month."""

    name: str
    received: int = 0
    delivered: int = 0
    on_time: int = 0
    rejected: int = 0
    open: int = 0

    @property
    def on_time_rate(self) -> Decimal | None:
        """Per cent of deliveries made on or before the probable date (one decimal), None without deliveries."""
        if not self.delivered:
            return None
        return (Decimal(self.on_time * 100) / self.delivered).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)

    def add(self, status: str, on_time: bool) -> None:
        self.received += 1
        if status == Status.DELIVERED:
            self.delivered += 1
            self.on_time += on_time
        elif status == Status.REJECTED:
            self.rejected += 1
        else:
            self.open += 1


@dataclass
class MonthlyStatistics:
    month: datetime.date
    by_service: list[Tally] = field(default_factory=list)
    by_channel: list[Tally] = field(default_factory=list)
    total: Tally = field(default_factory=lambda: Tally(name=""))


def monthly_statistics(first: datetime.date) -> MonthlyStatistics:
    """Applications received in the month of `first`, counted by service and by channel."""
    start, end = month_bounds(first)
    delivered_at = (
        ApplicationEvent.objects.filter(application=OuterRef("pk"), to_status=Status.DELIVERED)
        .order_by("at")
        .values("at")[:1]
    )
    rows = list(
        Application.objects.filter(received_at__gte=start, received_at__lt=end)
        .annotate(delivered_at=Subquery(delivered_at))
        .values_list("service_id", "channel", "status", "probable_delivery_date", "delivered_at")
    )
    services = Service.objects.in_bulk({row[0] for row in rows})
    by_service: dict[int, Tally] = {}
    by_channel: dict[str, Tally] = defaultdict(lambda: Tally(name=""))
    total = Tally(name=_("All applications"))
    for service_id, channel, status, probable, delivered in rows:
        on_time = bool(delivered and timezone.localtime(delivered).date() <= probable)
        if service_id not in by_service:
            service = services.get(service_id)
            by_service[service_id] = Tally(name=service.name if service else str(service_id))
        by_service[service_id].add(status, on_time)
        by_channel[channel].add(status, on_time)
        total.add(status, on_time)
    channel_tallies = []
    for value, label in Channel.choices:
        if value in by_channel:
            by_channel[value].name = str(label)
            channel_tallies.append(by_channel[value])
    ordered_services = sorted(by_service.items(), key=lambda item: (services[item[0]].order, item[0]))
    return MonthlyStatistics(
        month=first, by_service=[tally for _pk, tally in ordered_services], by_channel=channel_tallies, total=total
    )


def statistics_headers() -> list[str]:
    return [
        _("Group"),
        _("Name"),
        _("Received"),
        _("Delivered"),
        _("Delivered on time"),
        _("Rejected"),
        _("Still open"),
        _("On-time delivery rate (%)"),
    ]


def statistics_rows(stats: MonthlyStatistics) -> list[list]:
    def row(group: str, tally: Tally) -> list:
        rate = tally.on_time_rate
        return [
            group,
            tally.name,
            tally.received,
            tally.delivered,
            tally.on_time,
            tally.rejected,
            tally.open,
            float(rate) if rate is not None else "",
        ]

    service, channel = _("By service"), _("By channel")
    return (
        [row(service, tally) for tally in stats.by_service]
        + [row(channel, tally) for tally in stats.by_channel]
        + [row(_("Total"), stats.total)]
    )


# --- files -----------------------------------------------------------------------------------


def _cell(value) -> str | int | float:
    if isinstance(value, datetime.date):
        return value.isoformat()
    return csv_text(value)


def to_csv(headers: list[str], rows: list[list]) -> bytes:
    """UTF-8 with a byte-order mark, so Excel opens Bengali text correctly; text that starts like
    a formula (an applicant named "=HYPERLINK(…)") stays text (core/exports.py)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(headers)
    writer.writerows([[_cell(value) for value in row] for row in rows])
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")


def to_xlsx(sheets: list[tuple[str, list[str], list[list]]]) -> bytes:
    """One worksheet per (title, headers, rows); dates stay dates, numbers stay numbers, and text
    that starts like a formula is a string cell, never a formula (core/exports.py)."""
    workbook = Workbook()
    workbook.remove(workbook.active)
    for title, headers, rows in sheets:
        sheet = workbook.create_sheet(title=title[:31])
        sheet.append(headers)
        for cell in sheet[1]:
            cell.font = Font(bold=True)
        for row in rows:
            sheet.append(row)
            for cell in sheet[sheet.max_row]:
                xlsx_text(cell)
        for index, header in enumerate(headers, start=1):
            sheet.column_dimensions[sheet.cell(row=1, column=index).column_letter].width = max(12, len(header) + 2)
        sheet.freeze_panes = "A2"
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()
