"""The office's working-day calendar (Asia/Dhaka).

Fridays and Saturdays are the weekly days off, the dates in the Holiday list are closed too,
and an application received after the closing time (setting ``ESERVICE_OFFICE_CLOSING_TIME``,
"17:00") or on a closed day counts from the next working day. The probable delivery date is
that first counted day plus the service's time limit in working days.
"""

import datetime
from collections.abc import Iterable

from django.conf import settings
from django.utils import timezone

from eservice.models.charter import Holiday

WEEKLY_DAYS_OFF = frozenset({4, 5})  # Friday and Saturday (Monday is 0)
# How far ahead holidays are loaded at once; longer than any time limit plus a run of holidays.
HOLIDAY_WINDOW_DAYS = 400


def closing_time() -> datetime.time:
    hours, minutes = str(settings.ESERVICE_OFFICE_CLOSING_TIME).split(":")
    return datetime.time(int(hours), int(minutes))


def local_now() -> datetime.datetime:
    return timezone.localtime(timezone.now())


def local_today() -> datetime.date:
    return local_now().date()


def holidays_between(start: datetime.date, end: datetime.date) -> frozenset[datetime.date]:
    return frozenset(Holiday.objects.filter(date__range=(start, end)).values_list("date", flat=True))


def is_working_day(day: datetime.date, holidays: Iterable[datetime.date] = ()) -> bool:
    return day.weekday() not in WEEKLY_DAYS_OFF and day not in holidays


def next_working_day(day: datetime.date, holidays: Iterable[datetime.date]) -> datetime.date:
    """The first working day after `day`."""
    day += datetime.timedelta(days=1)
    while not is_working_day(day, holidays):
        day += datetime.timedelta(days=1)
    return day


def first_counted_day(received_at: datetime.datetime, holidays: Iterable[datetime.date]) -> datetime.date:
    """The working day an application counts from: its own day, or the next one when it came
    in after closing time or on a day off."""
    local = timezone.localtime(received_at) if timezone.is_aware(received_at) else received_at
    day = local.date()
    if is_working_day(day, holidays) and local.time() < closing_time():
        return day
    return next_working_day(day, holidays)


def add_working_days(start: datetime.date, days: int, holidays: Iterable[datetime.date]) -> datetime.date:
    """`start` plus `days` working days (start itself is day zero)."""
    if days < 0:
        raise ValueError("A time limit cannot be negative.")
    day = start
    for _ in range(days):
        day = next_working_day(day, holidays)
    return day


def probable_delivery_date(received_at: datetime.datetime, time_limit_days: int) -> datetime.date:
    """The date printed on the receipt, e.g. received Thu 3 Dec 2026 10:00 with 3 days → Tue 8 Dec."""
    local_day = (timezone.localtime(received_at) if timezone.is_aware(received_at) else received_at).date()
    holidays = holidays_between(
        local_day, local_day + datetime.timedelta(days=HOLIDAY_WINDOW_DAYS + time_limit_days * 2)
    )
    start = first_counted_day(received_at, holidays)
    return add_working_days(start, time_limit_days, holidays)
