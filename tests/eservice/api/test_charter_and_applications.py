"""The e-service API through HTTP: charter, holidays, applications, events, errors, rate limit."""

import json

import pytest
from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import APIToken, ReferenceIndex

from eservice.models import Application, ApplicationEvent
from tests.factories import ServiceFactory

pytestmark = pytest.mark.django_db

PORTAL_APPLICATION = {
    "service": "khatian-copy",
    "channel": "portal",
    "applicant_name": "রহিমা বেগম",
    "guardian_name": "করিম উদ্দিন",
    "mobile": "+8801712345678",
    "nid": "১২৩৪৫৬৭৮৯০",
    "address": "পায়রাবন্দ, মিঠাপুকুর",
    "upazila": "mithapukur",
    "mouza": "পায়রাবন্দ",
    "khatian_no": "123",
    "survey": "RS",
}


@pytest.fixture(autouse=True)
def _fresh_rate_limits():
    cache.clear()


def post(client, url, data, token=None, language="en"):
    headers = {"HTTP_ACCEPT_LANGUAGE": language}
    if token:
        headers["HTTP_AUTHORIZATION"] = f"Bearer {token}"
    return client.post(url, json.dumps(data), content_type="application/json", **headers)


def staff_token(django_user_model, *codenames: str) -> str:
    user = django_user_model.objects.create_user("clerk", "clerk@example.com", "pw")
    group = Group.objects.create(name="E-service test staff")
    group.permissions.set(Permission.objects.filter(content_type__app_label="eservice", codename__in=codenames))
    user.groups.add(group)
    return APIToken.create_token(user=user, name="counter")[1]


def test_services_list_and_detail(client, centre):
    response = client.get("/api/v3/services/?locale=en")
    assert response.status_code == 200
    services = response.json()
    assert [service["slug"] for service in services] == ["khatian-copy", "ngo-report"]
    first = services[0]
    assert first["name"] == "Certified copy of a khatian"
    assert first["time_limit_days"] == 3
    assert float(first["fee"]) == 20
    assert first["documents"] == ["Application on the prescribed form", "Copy of the national ID card"]
    assert first["officer"]["designation"] == "Record Room Deputy Collector"
    # Its translations: the other language only, with its page and its place in the API.
    bengali = first["translations"]["bn"]
    assert set(first["translations"]) == {"bn"}
    assert bengali["title"] == "খতিয়ানের সইমোহর নকল"
    assert bengali["url"].endswith("/bn/eservice/service/khatian-copy/")
    assert bengali["detail_url"] == "http://testserver/api/v3/services/khatian-copy/?locale=bn"
    assert client.get(bengali["detail_url"]).json()["name"] == bengali["title"]
    assert services[1]["translations"] == {}
    # The untranslated service falls back to its Bengali source.
    assert services[1]["locale"] == "bn"

    detail = client.get("/api/v3/services/khatian-copy/?locale=bn").json()
    assert detail["name"] == "খতিয়ানের সইমোহর নকল"
    assert detail["apply_url"].endswith("/bn/eservice/apply/khatian-copy/")


@pytest.mark.parametrize("locale", ["bn", "en"])
def test_services_list_queries_stay_constant_from_5_to_50_services(client, centre, locale):
    counts = []
    for total in (5, 50):
        while len(client.get("/api/v3/services/", {"locale": "bn"}).json()) < total:
            service = ServiceFactory(locale=centre.site.bn)
            if service.pk % 5 == 0:  # some services have an English translation to name
                ServiceFactory(
                    locale=centre.site.en, translation_key=service.translation_key, slug=service.slug, name="Service"
                )
        with CaptureQueriesContext(connection) as queries:
            response = client.get("/api/v3/services/", {"locale": locale})
        assert response.status_code == 200 and len(response.json()) >= total
        counts.append(len(queries))
    assert counts[0] == counts[1]


def test_holidays(client, centre):
    holidays = client.get("/api/v3/holidays/?locale=en").json()
    assert holidays == [{"date": "2026-12-16", "name": "Victory Day", "name_bn": "বিজয় দিবস", "name_en": "Victory Day"}]
    assert client.get("/api/v3/holidays/?year=2027").json() == []


def test_portal_application_needs_no_token(client, centre):
    response = post(client, "/api/v3/applications/", PORTAL_APPLICATION)
    assert response.status_code == 201, response.content
    body = response.json()
    application = Application.objects.get()
    assert body["tracking_number"] == application.tracking_number
    assert body["status"] == "received"
    assert body["probable_delivery_date"] == application.probable_delivery_date.isoformat()
    assert body["receipt_url"].endswith(
        f"/eservice/receipt/{application.tracking_number}/?t={application.receipt_token}"
    )
    assert application.mobile == "01712345678" and application.nid == "1234567890"
    assert application.channel == "portal"
    # The receipt link works as given.
    assert client.get(body["receipt_url"].replace("http://testserver", "")).status_code == 200


def test_an_application_is_kept_out_of_wagtails_reference_index(client, centre):
    """Citizens' records are no editor's content; indexing them only slowed every submission."""
    assert post(client, "/api/v3/applications/", PORTAL_APPLICATION).status_code == 201
    application = Application.objects.get()
    for model in (Application, ApplicationEvent):
        assert not ReferenceIndex.objects.filter(base_content_type=ContentType.objects.get_for_model(model)).exists(), (
            model
        )
    assert application.tracking_number and application.events.count() == 1


def test_errors_are_problem_json_with_a_message_per_field(client, centre):
    bad = {**PORTAL_APPLICATION, "mobile": "12345", "nid": "", "khatian_no": ""}
    response = post(client, "/api/v3/applications/", bad)
    assert response.status_code == 422
    assert response["Content-Type"] == "application/problem+json"
    errors = {tuple(error["loc"]): error for error in response.json()["errors"]}
    assert set(errors) == {("body", "mobile"), ("body", "nid"), ("body", "khatian_no")}
    assert errors[("body", "mobile")]["type"] == "invalid_mobile"
    assert "Bangladeshi mobile number" in errors[("body", "mobile")]["msg"]
    assert Application.objects.count() == 0


def test_error_messages_follow_the_request_language(client, centre):
    bad = {**PORTAL_APPLICATION, "nid": "1"}
    english = post(client, "/api/v3/applications/", bad, language="en").json()["errors"][0]["msg"]
    bengali = post(client, "/api/v3/applications/", bad, language="bn").json()["errors"][0]["msg"]
    assert english == "A National ID number has 10, 13 or 17 digits."
    assert bengali != english


def test_unknown_service_and_channel(client, centre):
    response = post(client, "/api/v3/applications/", {**PORTAL_APPLICATION, "service": "nothing"})
    assert response.status_code == 422
    assert response.json()["errors"][0]["loc"] == ["body", "service"]
    response = post(client, "/api/v3/applications/", {**PORTAL_APPLICATION, "channel": "pigeon"})
    assert response.json()["errors"][0]["loc"] == ["body", "channel"]


def test_staff_channels_need_a_token_with_permission(client, centre, django_user_model):
    counter = {**PORTAL_APPLICATION, "channel": "counter"}
    assert post(client, "/api/v3/applications/", counter).status_code == 401
    token = staff_token(django_user_model, "view_application")
    assert post(client, "/api/v3/applications/", counter, token=token).status_code == 403
    Group.objects.get(name="E-service test staff").permissions.add(Permission.objects.get(codename="add_application"))
    response = post(client, "/api/v3/applications/", counter, token=token)
    assert response.status_code == 201
    application = Application.objects.get()
    assert application.channel == "counter"
    assert application.received_by.username == "clerk"


def track(client, number: str, mobile: str, **extra):
    return post(client, "/api/v3/applications/track/", {"tracking_number": number, "mobile": mobile}, **extra)


def test_status_needs_the_right_mobile_and_wrong_equals_unknown(client, centre):
    number = post(client, "/api/v3/applications/", PORTAL_APPLICATION).json()["tracking_number"]
    found = track(client, number, "01712345678")
    assert found.status_code == 200
    body = found.json()
    assert body["status"] == "received"
    assert [event["to_status"] for event in body["events"]] == ["received"]
    assert "nid" not in body and "applicant_name" not in body and "mobile" not in body

    wrong = track(client, number, "01898765432")
    unknown = track(client, "RNG-20990101-0001", "01898765432")
    missing_mobile = track(client, number, "")
    assert wrong.status_code == unknown.status_code == missing_mobile.status_code
    assert wrong.status_code != 200
    assert wrong.content == unknown.content == missing_mobile.content


def test_tracking_without_the_mobile_is_a_field_error_in_the_request_language(client, centre):
    response = post(client, "/api/v3/applications/track/", {"tracking_number": "RNG-20261127-0001"}, language="bn")
    assert response.status_code == 422
    assert response["Content-Type"] == "application/problem+json"
    [error] = response.json()["errors"]
    assert error["loc"] == ["body", "mobile"]
    assert error["msg"] == "এই ঘরটি পূরণ করা আবশ্যক।"
    assert "no-store" in response["Cache-Control"]


def test_wrong_mobile_is_a_problem_json_404(client, centre):
    number = post(client, "/api/v3/applications/", PORTAL_APPLICATION).json()["tracking_number"]
    wrong = track(client, number, "01898765432")
    unknown = track(client, "RNG-20990101-0001", "01898765432")
    assert wrong.status_code == unknown.status_code == 404
    assert wrong["Content-Type"] == "application/problem+json"
    assert wrong.content == unknown.content
    assert "no-store" in wrong["Cache-Control"]


def test_unknown_service_is_a_problem_json_404(client, centre):
    missing = client.get("/api/v3/services/nothing/")
    assert missing.status_code == 404
    assert missing["Content-Type"] == "application/problem+json"


def test_events_need_a_token_with_the_permission(client, centre, django_user_model):
    number = post(client, "/api/v3/applications/", PORTAL_APPLICATION).json()["tracking_number"]
    url = f"/api/v3/applications/{number}/events/"
    move = {"to_status": "in_process", "forwarded_to": "রেকর্ডরুম শাখা"}
    assert post(client, url, move).status_code == 401
    front_desk = staff_token(django_user_model, "add_application", "view_application", "forward_application")
    assert post(client, url, {"to_status": "rejected", "note": "incomplete"}, token=front_desk).status_code == 403
    response = post(client, url, move, token=front_desk)
    assert response.status_code == 201, response.content
    assert response.json()["status"] == "in_process"
    # Moving from a final or unreachable status is a field error, and a reason is required where owed.
    assert post(client, url, {"to_status": "delivered"}, token=front_desk).status_code in (403, 422)
    assert post(client, url, {"to_status": "teleported"}, token=front_desk).status_code == 422
    history = track(client, number, "01712345678").json()["events"]
    assert [event["to_status"] for event in history] == ["received", "in_process"]
    assert ApplicationEvent.objects.count() == 2


def test_reject_needs_a_reason(client, centre, django_user_model):
    number = post(client, "/api/v3/applications/", PORTAL_APPLICATION).json()["tracking_number"]
    token = staff_token(django_user_model, "reject_application")
    response = post(client, f"/api/v3/applications/{number}/events/", {"to_status": "rejected"}, token=token)
    assert response.status_code == 422
    assert response.json()["errors"][0]["loc"] == ["body", "note"]
    response = post(
        client,
        f"/api/v3/applications/{number}/events/",
        {"to_status": "rejected", "note": "Not our office"},
        token=token,
    )
    assert response.status_code == 201


def test_anonymous_posts_are_rate_limited(client, centre, settings):
    settings.API_ANON_RATE = "2/m"
    assert post(client, "/api/v3/applications/", PORTAL_APPLICATION).status_code == 201
    assert post(client, "/api/v3/applications/", PORTAL_APPLICATION).status_code == 201
    limited = post(client, "/api/v3/applications/", PORTAL_APPLICATION)
    assert limited.status_code == 429
    assert limited["Content-Type"] == "application/problem+json"
    # A sliding window: the two counted just now still weigh on the next minute.
    assert 1 <= int(limited["Retry-After"]) <= 120
    assert Application.objects.count() == 2


def test_anonymous_tracking_is_rate_limited(client, centre, settings):
    number = post(client, "/api/v3/applications/", PORTAL_APPLICATION).json()["tracking_number"]
    settings.API_ANON_RATE = "2/m"
    assert track(client, number, "01712345678").status_code == 200
    assert track(client, number, "01898765432").status_code == 404
    limited = track(client, number, "01712345678")
    assert limited.status_code == 429
    assert "Retry-After" in limited


def test_openapi_document_lists_the_eservice_routes(client, centre):
    paths = client.get("/api/v3/openapi.json").json()["paths"]
    for route in (
        "/api/v3/services/",
        "/api/v3/holidays/",
        "/api/v3/applications/",
        "/api/v3/applications/track/",
        "/api/v3/applications/{tracking_number}/events/",
    ):
        assert route in paths
