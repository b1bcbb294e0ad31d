"""The display board on the centre's TV and GET board/ in the API: tracking numbers of ready
applications (Bengali digits on the Bengali board) and the charter — never a name, mobile or NID."""

import pytest

from eservice.models import Status
from eservice.services import move_application
from eservice.tracking import display_tracking_number
from tests.eservice.staff.factories import make_application

pytestmark = pytest.mark.django_db


@pytest.fixture
def ready_and_waiting(centre, officer):
    ready = make_application(centre.plain, data={"applicant_name": "মোছাঃ রহিমা বেগম", "nid": "19901234567890123"})
    move_application(ready, Status.READY, officer)
    waiting = make_application(centre.plain, data={"mobile": "01898765432"})
    return ready, waiting


def test_bengali_board(client, centre, ready_and_waiting):
    ready, waiting = ready_and_waiting
    response = client.get("/bn/eservice/board/")
    assert response.status_code == 200
    content = response.content.decode()
    assert display_tracking_number(ready.tracking_number, "bn") in content
    assert ready.tracking_number not in content  # ASCII digits only in data, not on the Bengali board
    assert display_tracking_number(waiting.tracking_number, "bn") not in content
    assert '<meta http-equiv="refresh" content="60">' in content
    assert centre.land.name in content and "board.js" in content
    assert "no-cache" in response["Cache-Control"]


def test_english_board(client, centre, ready_and_waiting):
    ready, _waiting = ready_and_waiting
    content = client.get("/en/eservice/board/").content.decode()
    assert ready.tracking_number in content
    assert "Certified copy of a khatian" in content
    assert "Ready for delivery" in content


def test_board_never_shows_personal_data(client, centre, ready_and_waiting):
    ready, waiting = ready_and_waiting
    pages = [client.get(url).content.decode() for url in ("/bn/eservice/board/", "/en/eservice/board/")]
    pages.append(client.get("/api/v3/board/").content.decode())
    for application in (ready, waiting):
        for secret in (
            application.applicant_name,
            application.guardian_name,
            application.mobile,
            application.nid,
            application.address,
        ):
            assert all(secret not in page for page in pages)


def test_board_api(client, centre, ready_and_waiting):
    ready, _waiting = ready_and_waiting
    response = client.get("/api/v3/board/", {"locale": "en"})
    assert response.status_code == 200
    data = response.json()
    assert data["ready"] == [ready.tracking_number]
    assert data["ready_total"] == 1
    assert data["locale"] == "en"
    assert data["refresh_seconds"] == 60
    assert [service["slug"] for service in data["services"]] == ["khatian-copy", "ngo-report"]
    assert data["services"][0]["name"] == "Certified copy of a khatian"
    assert set(data["services"][0]) == {"slug", "name", "time_limit_days", "fee", "officer"}
    bengali = client.get("/api/v3/board/").json()
    assert bengali["ready"] == [ready.tracking_number]  # ASCII in the API, whatever the language
    assert bengali["services"][0]["name"] == "খতিয়ানের সইমোহর নকল"


def test_board_queries_stay_constant(client, centre, officer):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    def queries(count: int) -> int:
        for _ in range(count):
            move_application(make_application(centre.plain), Status.READY, officer)
        with CaptureQueriesContext(connection) as captured:
            client.get("/bn/eservice/board/")
        return len(captured)

    client.get("/bn/eservice/board/")  # warm the site and settings caches first
    assert queries(3) == queries(30)
