"""POST feedback/ in the API: the feedback page's form, with problem+json errors per field."""

import pytest

from eservice.models import Feedback

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("fresh_rate_limits")]


def test_api_feedback(client, centre):
    response = client.post(
        "/api/v3/feedback/",
        {"message": "Please open on Saturdays too.", "contact": "rahima@example.com", "service": "ngo-report"},
        content_type="application/json",
        HTTP_ACCEPT_LANGUAGE="en",
    )
    assert response.status_code == 201
    data = response.json()
    feedback = Feedback.objects.get(pk=data["id"])
    assert (feedback.language, feedback.service, data["status"]) == ("en", centre.plain, "new")


def test_api_feedback_errors_are_problem_json(client, centre):
    response = client.post(
        "/api/v3/feedback/?locale=bn",
        {"message": " ", "contact": "abc", "service": "nope"},
        content_type="application/json",
    )
    assert response.status_code == 422
    assert response["Content-Type"].startswith("application/problem+json")
    fields = {tuple(error["loc"]): error["msg"] for error in response.json()["errors"]}
    assert set(fields) == {("body", "message"), ("body", "contact"), ("body", "service")}
    assert not Feedback.objects.exists()


def test_api_feedback_rate_limit(client, settings, centre):
    settings.ESERVICE_FEEDBACK_RATE = "2/10m"  # the feedback page's limit, shared
    for _ in range(2):
        assert (
            client.post("/api/v3/feedback/", {"message": "ঠিক আছে"}, content_type="application/json").status_code == 201
        )
    response = client.post("/api/v3/feedback/", {"message": "ঠিক আছে"}, content_type="application/json")
    assert response.status_code == 429
    assert response["Retry-After"]
