"""Tracking numbers: format, daily serials, and uniqueness under simultaneous submissions."""

import datetime
import json
import os
import subprocess
import sys
import threading
from pathlib import Path
from urllib.parse import quote
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
from tests.pgbouncer import pgbouncer_program, running_pgbouncer

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


def database_url(settings_dict: dict, port: int | None = None) -> str:
    """A DATABASE_URL for the database `settings_dict` describes (the test database)."""
    password = f":{quote(settings_dict['PASSWORD'], safe='')}" if settings_dict.get("PASSWORD") else ""
    port = port or settings_dict.get("PORT") or 5432
    return f"postgres://{settings_dict['USER']}{password}@{settings_dict['HOST']}:{port}/{settings_dict['NAME']}"


def submit_from_two_processes(service_id: int, threads_per_process: int, environment: dict) -> list[list[str]]:
    command = [sys.executable, "-m", "tests.eservice.domain.submitter", str(service_id), str(threads_per_process)]
    root = Path(__file__).resolve().parents[3]
    processes = [
        subprocess.Popen(  # noqa: S603
            command, cwd=root, env=environment, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
        )
        for _ in range(2)
    ]
    try:
        # Both processes have set up Django and connected every thread: now all submit at once.
        assert [process.stdout.readline().strip() for process in processes] == ["ready", "ready"]
        for process in processes:
            process.stdin.write("go\n")
            process.stdin.flush()
        outputs = [process.communicate(timeout=120)[0] for process in processes]
    finally:
        for process in processes:
            if process.poll() is None:
                process.kill()
    assert [process.returncode for process in processes] == [0, 0]
    return [json.loads(output) for output in outputs]


@pytest.mark.postgres
@pytest.mark.parametrize("through", ["postgresql", "pgbouncer"])
@pytest.mark.django_db(transaction=True)
def test_two_app_server_processes_share_one_contiguous_serial(through):
    """Two processes (as two app servers would be), each with its own connections, submitting at
    once, straight to PostgreSQL and through PgBouncer in transaction mode."""
    if connection.vendor != "postgresql":
        pytest.skip(
            "Needs PostgreSQL: two processes cannot share the test's SQLite database; set DATABASE_URL to run it."
        )
    if through == "pgbouncer" and pgbouncer_program() is None:
        pytest.skip("Needs pgbouncer (Debian package pgbouncer).")
    Locale.objects.get_or_create(language_code="bn")
    service = ServiceFactory()
    threads_per_process = 10
    environment = {**os.environ, "DJANGO_SETTINGS_MODULE": "rangpur_cms.settings.test"}

    if through == "pgbouncer":
        with running_pgbouncer(connection.settings_dict) as port:
            environment |= {
                "DATABASE_URL": database_url(connection.settings_dict, port),
                "DATABASE_POOLER": "pgbouncer",
            }
            first, second = submit_from_two_processes(service.pk, threads_per_process, environment)
    else:
        environment["DATABASE_URL"] = database_url(connection.settings_dict)
        first, second = submit_from_two_processes(service.pk, threads_per_process, environment)

    assert len(first) == len(second) == threads_per_process
    numbers = first + second
    total = 2 * threads_per_process
    assert len(set(numbers)) == total  # no duplicates
    assert sorted(numbers) == [f"RNG-20261203-{serial:04d}" for serial in range(1, total + 1)]  # no gaps
    assert Application.objects.count() == total
