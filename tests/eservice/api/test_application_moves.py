"""Staff move applications on through the API with a token, with the admin's group permissions
(the "Front desk" and "E-service officers" groups made by the e-service migration), and each
move lands in the application's event history under the token's user."""

import json

import pytest
from django.contrib.auth.models import Group
from django.core.cache import cache
from django_otp.plugins.otp_totp.models import TOTPDevice
from wagtail.models import APIToken

from eservice.models import Application
from tests.eservice.conftest import LAND_FORM, build_centre

pytestmark = pytest.mark.django_db


@pytest.fixture
def centre(bilingual_site):
    cache.clear()
    return build_centre(bilingual_site)


def group_token(django_user_model, username: str, group: str) -> str:
    user = django_user_model.objects.create_user(username=username, password="not-used-here")
    user.groups.add(Group.objects.get(name=group))
    # E-service staff must have set up two-factor before their tokens work (tests/security/test_logins.py).
    TOTPDevice.objects.create(user=user, name="phone", confirmed=True)
    return APIToken.create_token(user=user, name="counter app")[1]


def post(client, url: str, data: dict, token: str | None = None):
    headers = {"HTTP_ACCEPT_LANGUAGE": "en"}
    if token:
        headers["HTTP_AUTHORIZATION"] = f"Bearer {token}"
    return client.post(url, json.dumps(data), content_type="application/json", **headers)


def test_front_desk_forwards_officer_marks_ready_and_history_records_who(client, centre, django_user_model):
    created = post(client, "/api/v3/applications/", {**LAND_FORM, "service": "khatian-copy", "channel": "portal"})
    assert created.status_code == 201, created.content
    number = created.json()["tracking_number"]
    events = f"/api/v3/applications/{number}/events/"
    desk = group_token(django_user_model, "desk", "Front desk")
    officer = group_token(django_user_model, "officer", "E-service officers")

    forwarded = post(client, events, {"to_status": "in_process", "forwarded_to": "রেকর্ডরুম শাখা"}, token=desk)
    assert forwarded.status_code == 201, forwarded.content
    assert "no-store" in forwarded["Cache-Control"]
    # The front desk may not mark an application ready: that is the officer's decision, as in the admin.
    refused = post(client, events, {"to_status": "ready"}, token=desk)
    assert refused.status_code == 403
    assert refused["Content-Type"] == "application/problem+json"
    ready = post(client, events, {"to_status": "ready", "note": "Collect from counter 2"}, token=officer)
    assert ready.status_code == 201, ready.content

    application = Application.objects.get(tracking_number=number)
    assert application.status == "ready"
    history = [
        (event.from_status, event.to_status, event.actor.username if event.actor else None)
        for event in application.events.order_by("at", "pk")
    ]
    assert history == [("", "received", None), ("received", "in_process", "desk"), ("in_process", "ready", "officer")]

    tracked = post(
        client, "/api/v3/applications/track/?locale=en", {"tracking_number": number, "mobile": "01712345678"}
    )
    assert tracked.status_code == 200
    assert [event["to_status"] for event in tracked.json()["events"]] == ["received", "in_process", "ready"]


def test_tokens_of_other_staff_and_revoked_tokens_cannot_move_applications(client, centre, django_user_model):
    number = post(client, "/api/v3/applications/", {**LAND_FORM, "service": "khatian-copy"}).json()["tracking_number"]
    events = f"/api/v3/applications/{number}/events/"
    editor = group_token(django_user_model, "editor", "Editors")
    # A token that may not see applications is told nothing, not even that this one exists.
    assert (
        post(client, events, {"to_status": "in_process", "forwarded_to": "Record Room"}, token=editor).status_code
        == 404
    )
    officer = group_token(django_user_model, "officer", "E-service officers")
    APIToken.objects.get(user__username="officer").revoke()
    revoked = post(client, events, {"to_status": "in_process", "forwarded_to": "Record Room"}, token=officer)
    assert revoked.status_code == 401
    assert Application.objects.get(tracking_number=number).events.count() == 1
