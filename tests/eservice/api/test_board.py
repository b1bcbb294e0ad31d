"""GET board/ in the API: the same data as the board on the centre's TV, tracking numbers in
ASCII digits whatever the language."""

import pytest

pytestmark = pytest.mark.django_db


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
