"""Tracking numbers ``RNG-YYYYMMDD-NNNN``: the received day (Asia/Dhaka) and that day's serial.

They are printed, shown, read out and sent by SMS in ASCII digits on every page, Bengali ones
included, so what a citizen reads is what the track form, the SMS and staff use; Bengali digits
typed into the track form are folded to ASCII (`normalise_tracking_number`).

The serial comes from one counter row per day, bumped with an UPDATE inside the caller's
transaction: on PostgreSQL the row lock makes simultaneous submissions wait their turn, so no
two get the same number; the first submission of a day creates the row, and a racing creator
that loses the unique-day insert simply retries the UPDATE.
"""

import datetime
import re

from django.db import IntegrityError, transaction
from django.db.models import F

from core.i18n import to_ascii_digits
from eservice.models.applications import DailySerial

PREFIX = "RNG"
TRACKING_NUMBER_RE = re.compile(r"^RNG-(\d{8})-(\d{4,6})$")


def format_tracking_number(day: datetime.date, serial: int) -> str:
    return f"{PREFIX}-{day:%Y%m%d}-{serial:04d}"


def next_serial(day: datetime.date) -> int:
    """Reserve the next serial for `day`. Must run inside a transaction (the lock lasts until commit)."""
    if not transaction.get_connection().in_atomic_block:
        raise RuntimeError("next_serial() must run inside transaction.atomic().")
    while True:
        if DailySerial.objects.filter(day=day).update(last=F("last") + 1):
            return DailySerial.objects.values_list("last", flat=True).get(day=day)
        try:
            with transaction.atomic():
                DailySerial.objects.create(day=day, last=1)
            return 1
        except IntegrityError:
            # Another submission created today's row first; take the next number from it.
            continue


def new_tracking_number(day: datetime.date) -> str:
    return format_tracking_number(day, next_serial(day))


def normalise_tracking_number(value: str) -> str:
    """What a citizen typed (Bengali digits, lower case, spaces) → the stored ASCII form."""
    return to_ascii_digits(value or "").strip().upper().replace(" ", "").replace("—", "-").replace("–", "-")


def is_tracking_number(value: str) -> bool:
    return bool(TRACKING_NUMBER_RE.match(value))
