"""Notifications: queued as django-tasks on receipt and on each move, sent by the immediate
backend, a failing SMS backend never loses the status change, and no personal data is logged."""

import json
import logging
import threading
from http.server import BaseHTTPRequestHandler, HTTPServer

import pytest
from django.core import mail
from django.urls import reverse
from django_tasks import default_task_backend
from django_tasks.signals import task_finished

from eservice.domain.services import move_application
from eservice.models import Application, Status
from eservice.notifications.backends import BaseSmsBackend, HttpSmsBackend, SmsError
from eservice.notifications.privacy import mask_email, mask_mobile
from tests.eservice.factories import make_application

pytestmark = pytest.mark.django_db
DUMMY = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}
IMMEDIATE = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}


class FailingSmsBackend(BaseSmsBackend):
    """A gateway that is down."""

    def send(self, mobile: str, text: str) -> None:
        raise SmsError("gateway unreachable")


class RecordingSmsBackend(BaseSmsBackend):
    sent: list[tuple[str, str]] = []

    def send(self, mobile: str, text: str) -> None:
        RecordingSmsBackend.sent.append((mobile, text))


@pytest.fixture
def rangpur_logs(caplog):
    """The "rangpur" loggers do not propagate to the root logger, so listen on them directly."""
    logger = logging.getLogger("rangpur")
    logger.addHandler(caplog.handler)
    caplog.set_level(logging.DEBUG)
    caplog.set_level(logging.DEBUG, logger="rangpur")
    yield caplog
    logger.removeHandler(caplog.handler)


@pytest.fixture
def finished_tasks():
    results = []

    def listen(sender, task_result, **kwargs):
        results.append(task_result)

    task_finished.connect(listen)
    yield results
    task_finished.disconnect(listen)


def ours(results):
    """Our notification tasks (Wagtail queues its own, e.g. reference-index updates)."""
    return [result for result in results if result.task.module_path.startswith("eservice.notifications")]


def test_masking():
    assert mask_mobile("01712345678") == "017*****678"
    assert mask_email("rahima@example.com") == "r*****@example.com"


def test_receipt_and_moves_are_queued(settings, centre, officer, django_capture_on_commit_callbacks):
    settings.TASKS = DUMMY
    default_task_backend.clear()
    with django_capture_on_commit_callbacks(execute=True):
        application = make_application(centre.plain, data={"email": "rahima@example.com"})
    with django_capture_on_commit_callbacks(execute=True):
        event = move_application(application, Status.READY, officer)
    queued = [(result.task.name, result.args) for result in ours(default_task_backend.results)]
    first_event = application.events.order_by("pk").first()
    assert queued == [
        ("send_application_sms", [first_event.pk]),
        ("send_application_email", [first_event.pk]),
        ("send_application_sms", [event.pk]),
        ("send_application_email", [event.pk]),
    ]
    # Only ids are queued: nothing personal sits in the task queue.
    assert all(
        len(result.args) == 1 and isinstance(result.args[0], int) for result in ours(default_task_backend.results)
    )


def test_no_email_task_without_an_address(settings, centre, django_capture_on_commit_callbacks):
    settings.TASKS = DUMMY
    default_task_backend.clear()
    with django_capture_on_commit_callbacks(execute=True):
        make_application(centre.plain)
    assert [result.task.name for result in ours(default_task_backend.results)] == ["send_application_sms"]


def test_immediate_backend_sends_bengali_sms_and_email(
    settings, centre, officer, django_capture_on_commit_callbacks, finished_tasks
):
    settings.TASKS = IMMEDIATE
    settings.ESERVICE_SMS_BACKEND = f"{__name__}.RecordingSmsBackend"
    RecordingSmsBackend.sent = []
    with django_capture_on_commit_callbacks(execute=True):
        application = make_application(centre.plain, data={"email": "rahima@example.com"})
    with django_capture_on_commit_callbacks(execute=True):
        move_application(application, Status.REJECTED, officer, note="জাতীয় পরিচয়পত্রের কপি অস্পষ্ট")
    assert [result.status for result in ours(finished_tasks)] == ["SUCCESSFUL"] * 4
    (to_1, received), (to_2, rejected) = RecordingSmsBackend.sent
    assert to_1 == to_2 == "01712345678"
    assert application.tracking_number in received and "গ্রহণ করা হয়েছে" in received
    assert "জাতীয় পরিচয়পত্রের কপি অস্পষ্ট" in rejected and "নামঞ্জুর" in rejected
    assert [message.to for message in mail.outbox] == [["rahima@example.com"]] * 2
    assert application.tracking_number in mail.outbox[0].subject


def test_english_when_the_application_was_made_in_english(
    settings, centre, officer, django_capture_on_commit_callbacks
):
    settings.TASKS = IMMEDIATE
    settings.ESERVICE_SMS_BACKEND = f"{__name__}.RecordingSmsBackend"
    RecordingSmsBackend.sent = []
    with django_capture_on_commit_callbacks(execute=True):
        application = make_application(
            centre.land,
            language="en",
            data={"upazila": "kaunia", "mouza": "Haragachh", "khatian_no": "12", "survey": "BS"},
        )
    with django_capture_on_commit_callbacks(execute=True):
        move_application(application, Status.READY, officer)
    received, ready = (text for _mobile, text in RecordingSmsBackend.sent)
    assert "has been received" in received and "Certified copy of a khatian" in received
    assert "is ready" in ready


def test_a_failing_sms_backend_never_loses_the_status_change(
    settings, officer_client, centre, django_capture_on_commit_callbacks, finished_tasks, rangpur_logs
):
    settings.TASKS = IMMEDIATE
    settings.ESERVICE_SMS_BACKEND = f"{__name__}.FailingSmsBackend"
    with django_capture_on_commit_callbacks(execute=True):
        application = make_application(centre.plain)
    with django_capture_on_commit_callbacks(execute=True):
        response = officer_client.post(
            reverse("eservice_applications:inspect", args=(application.pk,)), {"action": "ready"}
        )
    assert response.status_code == 302
    application.refresh_from_db()
    assert application.status == Status.READY
    assert list(application.events.values_list("to_status", flat=True)) == ["received", "ready"]
    assert [result.status for result in ours(finished_tasks)] == ["FAILED", "FAILED"]
    assert f"SMS about {application.tracking_number} (ready) to 017*****678 failed" in rangpur_logs.text


def test_no_personal_data_in_logs(
    settings, client, officer_client, centre, land_form, django_capture_on_commit_callbacks, rangpur_logs
):
    """A whole journey (apply on the website, staff move it on, SMS through the log backend)."""
    settings.TASKS = IMMEDIATE
    settings.ESERVICE_SMS_BACKEND = "eservice.notifications.backends.LogSmsBackend"
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post("/bn/eservice/apply/khatian-copy/", {**land_form, "email": "rahima@example.com"})
    assert response.status_code == 302
    application = Application.objects.get()
    detail = reverse("eservice_applications:inspect", args=(application.pk,))
    with django_capture_on_commit_callbacks(execute=True):
        officer_client.post(detail, {"action": "forward", "forward-forwarded_to": "রেকর্ডরুম শাখা"})
    with django_capture_on_commit_callbacks(execute=True):
        officer_client.post(detail, {"action": "ready"})
    logged = rangpur_logs.text
    assert "SMS to 017*****678" in logged  # the log backend did write, masked
    for secret in (
        application.mobile,
        application.nid,
        application.applicant_name,
        application.email,
        application.address,
    ):
        assert secret not in logged


class GatewayHandler(BaseHTTPRequestHandler):
    received: list[dict] = []
    status = 200

    def do_POST(self):  # noqa: N802 - http.server's naming
        length = int(self.headers["Content-Length"])
        GatewayHandler.received.append(
            {"body": json.loads(self.rfile.read(length)), "auth": self.headers["Authorization"]}
        )
        self.send_response(GatewayHandler.status)
        self.end_headers()

    def log_message(self, *args):
        pass


@pytest.fixture
def gateway():
    server = HTTPServer(("127.0.0.1", 0), GatewayHandler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    GatewayHandler.received = []
    yield f"http://127.0.0.1:{server.server_port}/send"
    server.shutdown()
    server.server_close()


def test_http_gateway_backend(settings, gateway, rangpur_logs):
    settings.SMS_GATEWAY_URL = gateway
    settings.SMS_GATEWAY_API_KEY = "test-key"
    settings.SMS_GATEWAY_SENDER_ID = "DCRANGPUR"
    settings.ESERVICE_SMS_BACKEND = "eservice.notifications.backends.HttpSmsBackend"
    from eservice.notifications.backends import get_sms_backend

    get_sms_backend().send("01712345678", "আবেদন প্রস্তুত")
    assert GatewayHandler.received == [
        {"body": {"to": "8801712345678", "from": "DCRANGPUR", "text": "আবেদন প্রস্তুত"}, "auth": "Bearer test-key"}
    ]
    GatewayHandler.status = 500
    try:
        with pytest.raises(SmsError):
            HttpSmsBackend().send("01712345678", "x")
    finally:
        GatewayHandler.status = 200
    assert "01712345678" not in rangpur_logs.text and "017*****678" in rangpur_logs.text
