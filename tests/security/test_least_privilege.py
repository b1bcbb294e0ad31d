"""Least privilege: the admin's snippet choosers show items only to users with a permission on the
model (a front-desk clerk cannot read a draft notice's title), and the staff events endpoint
gives any other token holder the same 404 for a real tracking number as for one that does not
exist."""

import json

import pytest
from django.contrib.auth.models import Group
from django.core.cache import cache
from django_otp.plugins.otp_totp.models import TOTPDevice
from wagtail.models import APIToken

from notices.models import Notice
from tests.conftest import build_bilingual_site
from tests.eservice.conftest import LAND_FORM, build_centre, in_english
from tests.eservice.factories import FrontDeskFactory, OfficerFactory
from tests.factories import NoticeFactory

pytestmark = pytest.mark.django_db

DRAFT_TITLE = "খসড়া: জেলা প্রশাসকের বদলির আদেশ"
CHOOSER = "/admin/snippets/choose/notices/notice/"


@pytest.fixture
def draft_notice(db) -> Notice:
    build_bilingual_site()
    return NoticeFactory(title=DRAFT_TITLE, live=False)


@pytest.fixture
def centre(db):
    cache.clear()
    return build_centre(build_bilingual_site())


def text_of(response) -> str:
    """What the chooser modal shows: the HTML inside its JSON answer, or the page itself."""
    if response["Content-Type"].startswith("application/json"):
        return json.dumps(response.json(), ensure_ascii=False)
    return response.content.decode()


def editor(django_user_model):
    user = django_user_model.objects.create_user("editor", "editor@example.com", "pw")
    user.groups.add(Group.objects.get(name="Editors"))
    return in_english(user)


# --- choosers --------------------------------------------------------------------------------


def test_front_desk_cannot_read_a_draft_notice_through_the_snippet_chooser(client, draft_notice):
    client.force_login(in_english(FrontDeskFactory()))
    for url in (
        f"{CHOOSER}?locale=bn",
        f"{CHOOSER}results/?locale=bn&q=খসড়া",
        f"{CHOOSER}chosen/{draft_notice.pk}/",
        f"{CHOOSER}chosen-multiple/?id={draft_notice.pk}",
    ):
        response = client.get(url)
        # Refused: Wagtail's admin answers a refusal by sending the user back to the dashboard.
        assert response.status_code in (302, 403), url
        assert DRAFT_TITLE not in text_of(response), url


def test_editors_still_choose_notices(client, draft_notice, django_user_model):
    client.force_login(editor(django_user_model))
    response = client.get(f"{CHOOSER}?locale=bn")
    assert response.status_code == 200
    assert DRAFT_TITLE in text_of(response)
    assert client.get(f"{CHOOSER}chosen/{draft_notice.pk}/").status_code == 200


def test_staff_still_choose_the_services_they_may_see(client, centre):
    client.force_login(in_english(FrontDeskFactory()))
    assert client.get("/admin/snippets/choose/eservice/service/").status_code == 200


# --- the staff events endpoint ---------------------------------------------------------------


def post(client, url: str, data: dict, token: str | None = None):
    headers = {"HTTP_ACCEPT_LANGUAGE": "en"}
    if token:
        headers["HTTP_AUTHORIZATION"] = f"Bearer {token}"
    return client.post(url, json.dumps(data), content_type="application/json", **headers)


def token_for(user) -> str:
    # Staff who must use two-factor have set it up; these tests are about permissions.
    TOTPDevice.objects.get_or_create(user=user, name="phone", defaults={"confirmed": True})
    return APIToken.create_token(user=user, name="probe")[1]


def test_a_token_without_e_service_permissions_cannot_tell_real_tracking_numbers(client, centre, django_user_model):
    created = post(client, "/api/v3/applications/", {**LAND_FORM, "service": "khatian-copy"})
    real = created.json()["tracking_number"]
    unknown = real[:-4] + ("0000" if not real.endswith("0000") else "9999")
    token = token_for(editor(django_user_model))
    for move in ({"to_status": "in_process", "forwarded_to": "Record Room"}, {"to_status": "teleported"}, {}):
        answers = [
            post(client, f"/api/v3/applications/{number}/events/", move, token=token) for number in (real, unknown)
        ]
        assert [answer.status_code for answer in answers] == [404, 404], move
        assert answers[0].content == answers[1].content
        assert answers[0]["Content-Type"] == answers[1]["Content-Type"] == "application/problem+json"
    assert real.encode() not in answers[0].content


def test_staff_tokens_still_move_and_are_told_what_they_may_not_do(client, centre):
    number = post(client, "/api/v3/applications/", {**LAND_FORM, "service": "khatian-copy"}).json()["tracking_number"]
    url = f"/api/v3/applications/{number}/events/"
    desk = token_for(FrontDeskFactory())
    assert post(client, url, {"to_status": "ready"}, token=desk).status_code == 403
    moved = post(client, url, {"to_status": "in_process", "forwarded_to": "Record Room"}, token=desk)
    assert moved.status_code == 201
    officer = token_for(OfficerFactory())
    assert post(client, url, {"to_status": "ready"}, token=officer).status_code == 201
    unknown = number[:-4] + "9999"
    assert (
        post(client, f"/api/v3/applications/{unknown}/events/", {"to_status": "ready"}, token=officer).status_code
        == 404
    )
