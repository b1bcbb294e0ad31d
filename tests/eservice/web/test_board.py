"""The display board on the centre's TV: tracking numbers of ready applications (ASCII digits
on every board, as on receipts) and the charter — never a name, mobile or NID (nor in GET board/)."""

import pytest

from core.i18n import to_bengali_digits
from eservice.domain.services import move_application
from eservice.models import Status
from tests.eservice.factories import make_application

pytestmark = pytest.mark.django_db


def test_bengali_board(client, centre, ready_and_waiting):
    ready, waiting = ready_and_waiting
    response = client.get("/bn/eservice/board/")
    assert response.status_code == 200
    content = response.content.decode()
    assert ready.tracking_number in content  # ASCII digits, as printed on the receipt
    assert to_bengali_digits(ready.tracking_number) not in content
    assert waiting.tracking_number not in content
    # Refreshed by board.js (no meta refresh, which axe counts as a critical fault), with the
    # time of the lists shown and a link to refresh by hand.
    assert 'http-equiv="refresh"' not in content
    assert 'data-refresh-seconds="60"' in content
    assert "সর্বশেষ হালনাগাদ" in content and 'href="/bn/eservice/board/"' in content
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


def test_board_queries_stay_constant(client, centre, officer):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    def queries(count: int) -> int:
        for _ in range(count):
            move_application(make_application(centre.plain), Status.READY, officer)
        with CaptureQueriesContext(connection) as captured:
            client.get("/bn/eservice/board/")
        return len(captured)

    for _ in range(2):  # warm the site, settings and fragment caches first (settings are kept on a second read)
        client.get("/bn/eservice/board/")
    assert queries(3) == queries(30)
