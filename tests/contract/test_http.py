"""HTTP manners shared by every API endpoint: caching, conditional requests, CORS, errors, language."""

import datetime

import pytest
from django.utils import timezone
from django.utils.http import parse_http_date

from notices.models import Notice
from tests.factories import NoticeFactory
from tests.notices.conftest import translate_notice

pytestmark = pytest.mark.django_db


def test_public_get_is_cacheable_with_etag_and_answers_304(client, bilingual_site):
    first = client.get("/api/v3/pages/")
    assert first.status_code == 200
    assert "public" in first["Cache-Control"] and "max-age=" in first["Cache-Control"]
    etag = first["ETag"]
    again = client.get("/api/v3/pages/", HTTP_IF_NONE_MATCH=etag)
    assert again.status_code == 304


@pytest.mark.parametrize("url", ["/api/v3/pages/", "/api/v3/notices/", "/api/v3/services/", "/api/v3/openapi.json"])
def test_head_answers_like_get_without_a_body(client, bilingual_site, url):
    get = client.get(url)
    head = client.head(url)
    assert head.status_code == get.status_code == 200
    assert head.content == b""
    assert head["ETag"] == get["ETag"]
    assert head["Content-Type"] == get["Content-Type"]
    assert client.head(url, HTTP_IF_NONE_MATCH=get["ETag"]).status_code == 304


def test_requests_with_a_token_are_never_stored(client, bilingual_site):
    response = client.get("/api/v3/pages/", HTTP_AUTHORIZATION="Bearer not-a-real-token")
    assert "no-store" in response["Cache-Control"]


def test_application_endpoints_are_never_stored(client, bilingual_site):
    response = client.post(
        "/api/v3/applications/track/",
        {"tracking_number": "RNG-20261203-0001", "mobile": "01712345678"},
        content_type="application/json",
    )
    assert response.status_code == 404
    assert "no-store" in response["Cache-Control"]


def test_unknown_api_address_answers_problem_json(client, bilingual_site):
    response = client.get("/api/v3/no-such-thing/")
    assert response.status_code == 404
    assert response["Content-Type"] == "application/problem+json"
    assert response.json()["status"] == 404


def test_cors_allows_configured_front_end_origins_only(client, bilingual_site, settings):
    settings.CORS_ALLOWED_ORIGINS = ["https://app.rangpur.example"]
    allowed = client.get("/api/v3/pages/", HTTP_ORIGIN="https://app.rangpur.example")
    assert allowed["Access-Control-Allow-Origin"] == "https://app.rangpur.example"
    other = client.get("/api/v3/pages/", HTTP_ORIGIN="https://elsewhere.example")
    assert "Access-Control-Allow-Origin" not in other
    page = client.get("/bn/", HTTP_ORIGIN="https://app.rangpur.example")
    assert "Access-Control-Allow-Origin" not in page


@pytest.mark.parametrize(("query", "header", "expected"), [("bn", "", "bn"), ("en", "", "en"), ("", "en", "en")])
def test_locale_parameter_or_accept_language_chooses_the_language(client, bilingual_site, query, header, expected):
    params = {"locale": query} if query else {}
    response = client.get("/api/v3/pages/", params, HTTP_ACCEPT_LANGUAGE=header)
    assert response["Content-Language"] == expected


@pytest.mark.parametrize(("language", "message"), [("en", "Enter a whole number."), ("bn", "একটি পূর্ণ সংখ্যা লিখুন।")])
def test_validation_errors_speak_the_request_language(client, bilingual_site, language, message):
    response = client.get("/api/v3/pages/", {"limit": "abc"}, HTTP_ACCEPT_LANGUAGE=language)
    assert response.status_code == 422
    assert response["Content-Type"] == "application/problem+json"
    error = response.json()["errors"][0]
    assert error["type"] == "int_parsing" and error["loc"][-1] == "limit"
    assert error["msg"] == message


def test_a_notice_answers_if_modified_since_with_304_until_it_or_its_translation_changes(client, bilingual_site):

    notice = NoticeFactory(locale=bilingual_site.bn)
    an_hour_ago = timezone.now() - datetime.timedelta(hours=1)
    Notice.objects.filter(pk=notice.pk).update(last_published_at=an_hour_ago, published_at=an_hour_ago)
    url = f"/api/v3/notices/{notice.pk}/"
    first = client.get(url)
    assert first.status_code == 200
    last_modified = first["Last-Modified"]
    assert client.get(url, HTTP_IF_MODIFIED_SINCE=last_modified).status_code == 304
    # Its answer names its translations: publishing one later changes it.
    translate_notice(notice, bilingual_site.en, "Market lease")
    changed = client.get(url, HTTP_IF_MODIFIED_SINCE=last_modified)
    assert changed.status_code == 200
    assert changed.json()["translations"]["en"]["title"] == "Market lease"
    assert parse_http_date(changed["Last-Modified"]) > parse_http_date(last_modified)


def test_an_expired_notice_is_modified_when_it_expires(client, bilingual_site):
    now = timezone.now()
    notice = NoticeFactory(locale=bilingual_site.bn, expires_at=now - datetime.timedelta(hours=1))
    two_hours_ago = now - datetime.timedelta(hours=2)
    Notice.objects.filter(pk=notice.pk).update(last_published_at=two_hours_ago, published_at=two_hours_ago)
    response = client.get(f"/api/v3/notices/{notice.pk}/")
    assert response.json()["archived"] is True
    assert abs(parse_http_date(response["Last-Modified"]) - notice.expires_at.timestamp()) < 1


def test_the_notice_list_relies_on_its_etag(client, bilingual_site):
    # A notice leaves the list when it expires or is unpublished, which no stored time records.
    response = client.get("/api/v3/notices/")
    assert not response.has_header("Last-Modified")
    assert client.get("/api/v3/notices/", HTTP_IF_NONE_MATCH=response["ETag"]).status_code == 304


@pytest.mark.parametrize(
    ("method", "url", "body", "loc"),
    [
        ("get", "/api/v3/services/?locale=%00bn", None, ["query", "locale"]),
        ("get", "/api/v3/pages/?search=a%00b", None, ["query", "search"]),
        ("get", "/api/v3/services/t%00/", None, ["path"]),
        (
            "post",
            "/api/v3/applications/track/",
            '{"tracking_number": "RNG-\\u0000", "mobile": "01712345678"}',
            ["body"],
        ),
    ],
)
def test_null_characters_are_a_field_error_not_a_database_error(client, bilingual_site, method, url, body, loc):
    # PostgreSQL refuses NUL in a query; the API answers 422 before any view reaches the database.
    if body is None:
        response = client.get(url, HTTP_ACCEPT_LANGUAGE="bn")
    else:
        response = client.post(url, body, content_type="application/json", HTTP_ACCEPT_LANGUAGE="bn")
    assert response.status_code == 422
    assert response["Content-Type"] == "application/problem+json"
    [error] = response.json()["errors"]
    assert error["loc"] == loc and error["type"] == "null_character"
    assert error["msg"] == "নাল অক্ষর অনুমোদিত নয়।"


def test_an_unknown_language_falls_back_without_reaching_the_database(client, bilingual_site):
    response = client.get("/api/v3/services/", {"locale": "x" * 300})
    assert response.status_code == 200
