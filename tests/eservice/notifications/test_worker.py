"""The database queue (django-tasks-db), as the cluster runs it: the web process only queues
the notifications of an application, and the worker command sends them."""

import pytest
from django.core.management import call_command
from django_tasks import task_backends
from django_tasks.base import TaskResultStatus as ResultStatus
from django_tasks_db import DatabaseBackend
from django_tasks_db.models import DBTaskResult
from wagtail.models import Locale

from eservice.models import Application
from eservice.notifications.backends import BaseSmsBackend
from tests.eservice.factories import make_application
from tests.factories import ServiceFactory

DATABASE_QUEUE = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}


class RecordingSmsBackend(BaseSmsBackend):
    sent: list[tuple[str, str]] = []

    def send(self, mobile: str, text: str) -> None:
        RecordingSmsBackend.sent.append((mobile, text))


def notifications(status=None):
    rows = DBTaskResult.objects.filter(task_path__startswith="eservice.notifications.")
    return rows.filter(status=status) if status else rows


# transaction=True: the application's signal queues its tasks only after a real commit, and the
# worker commits each task it claims, as it does against the shared database of the cluster.
# (An earlier transactional test may have flushed the locale the migrations made: hence get_or_create.)
@pytest.mark.django_db(transaction=True)
def test_the_web_process_queues_and_the_worker_sends(settings):
    Locale.objects.get_or_create(language_code="bn")
    settings.TASKS = DATABASE_QUEUE
    settings.ESERVICE_SMS_BACKEND = f"{__name__}.RecordingSmsBackend"
    RecordingSmsBackend.sent = []
    assert isinstance(task_backends["default"], DatabaseBackend)

    application = make_application(ServiceFactory(), data={"email": "rahima@example.com"})

    queued = notifications()
    assert sorted(queued.values_list("task_path", flat=True)) == [
        "eservice.notifications.tasks.send_application_email",
        "eservice.notifications.tasks.send_application_sms",
    ]
    assert set(queued.values_list("status", flat=True)) == {ResultStatus.READY}
    assert RecordingSmsBackend.sent == []  # nothing was sent by the process that took the application

    call_command("db_worker", batch=True, startup_delay=False, queue_name="*", verbosity=0)

    assert set(notifications().values_list("status", flat=True)) == {ResultStatus.SUCCESSFUL}
    assert notifications(ResultStatus.READY).count() == 0
    [(mobile, text)] = RecordingSmsBackend.sent
    assert mobile == application.mobile
    assert application.tracking_number in text
    assert Application.objects.get().tracking_number == application.tracking_number


@pytest.mark.django_db(transaction=True)
def test_a_failed_send_is_recorded_and_the_application_stays(settings):
    Locale.objects.get_or_create(language_code="bn")
    settings.TASKS = DATABASE_QUEUE
    settings.ESERVICE_SMS_BACKEND = "tests.eservice.notifications.test_notifications.FailingSmsBackend"

    application = make_application(ServiceFactory())
    call_command("db_worker", batch=True, startup_delay=False, queue_name="*", verbosity=0)

    [failed] = notifications()
    assert failed.status == ResultStatus.FAILED
    assert failed.exception_class_path == "eservice.notifications.backends.SmsError"
    # The worker's record of the failure names no one: the task took only the event's id.
    assert application.mobile not in str(failed.args_kwargs) + failed.traceback
    assert Application.objects.filter(pk=application.pk).exists()
