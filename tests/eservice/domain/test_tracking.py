"""Tracking numbers: format, daily serials, and uniqueness under simultaneous submissions."""

import datetime
import threading
from zoneinfo import ZoneInfo

import pytest
from django.db import connection, connections, transaction
from wagtail.models import Locale

from eservice.domain.services import submit_application
from eservice.domain.tracking import (
    format_tracking_number,
    is_tracking_number,
    new_tracking_number,
    normalise_tracking_number,
)
from eservice.models import Application
from tests.factories import ServiceFactory

DHAKA = ZoneInfo("Asia/Dhaka")
APPLICANT = {
    "applicant_name": "রহিমা বেগম",
    "guardian_name": "করিম উদ্দিন",
    "mobile": "01712345678",
    "nid": "1234567890",
    "address": "রংপুর",
}


def test_format_and_display():
    number = format_tracking_number(datetime.date(2026, 12, 3), 7)
    assert number == "RNG-20261203-0007"
    assert is_tracking_number(number)
    assert normalise_tracking_number(" rng-২০২৬১২০৩-০০০৭ ") == number
    assert not is_tracking_number("RNG-2026-0007")


@pytest.mark.django_db
def test_serials_count_per_day_and_restart_the_next_day():
    with transaction.atomic():
        first = new_tracking_number(datetime.date(2026, 12, 3))
        second = new_tracking_number(datetime.date(2026, 12, 3))
        next_day = new_tracking_number(datetime.date(2026, 12, 4))
    assert (first, second, next_day) == ("RNG-20261203-0001", "RNG-20261203-0002", "RNG-20261204-0001")


@pytest.mark.django_db(transaction=True)
def test_serials_need_a_transaction():
    with pytest.raises(RuntimeError):
        new_tracking_number(datetime.date(2026, 12, 3))


@pytest.mark.django_db
def test_the_number_uses_the_dhaka_date(bilingual_site):
    service = ServiceFactory()
    # 20:00 UTC on 2 December is 02:00 on 3 December in Dhaka.
    received = datetime.datetime(2026, 12, 2, 20, 0, tzinfo=datetime.UTC)
    application = submit_application(service=service, data=APPLICANT, received_at=received)
    assert application.tracking_number == "RNG-20261203-0001"


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
def test_simultaneous_submissions_get_distinct_numbers_on_postgresql():
    if connection.vendor != "postgresql":
        pytest.skip("SQLite serialises every write, so only PostgreSQL can show a race; set DATABASE_URL to run it.")
    # An earlier transactional test may have flushed the locale the migrations made.
    Locale.objects.get_or_create(language_code="bn")
    service = ServiceFactory()
    received = datetime.datetime(2026, 12, 3, 10, 0, tzinfo=DHAKA)
    workers = 24
    barrier = threading.Barrier(workers)
    numbers: list[str] = []
    errors: list[BaseException] = []
    lock = threading.Lock()

    def submit() -> None:
        try:
            barrier.wait()
            application = submit_application(service=service, data=APPLICANT, received_at=received)
            with lock:
                numbers.append(application.tracking_number)
        except BaseException as error:  # noqa: BLE001 - reported by the assertion below
            with lock:
                errors.append(error)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=submit) for _ in range(workers)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert errors == []
    assert sorted(numbers) == [f"RNG-20261203-{serial:04d}" for serial in range(1, workers + 1)]
    assert Application.objects.count() == workers
