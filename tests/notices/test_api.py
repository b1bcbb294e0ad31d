"""GET /api/v3/notices/ and /api/v3/notices/{id}/."""

import datetime

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone
from wagtail_factories import DocumentFactory, ImageFactory

from notices.api import notice_detail_path_finder
from notices.models import NoticeCategory
from tests.factories import NoticeFactory
from tests.notices.conftest import translate_notice

pytestmark = pytest.mark.django_db

DAY = datetime.timedelta(days=1)


def test_list_items_carry_every_field(client, boards, bilingual_site):
    first = DocumentFactory(title="তফসিল", file__data=b"%PDF-1.4 schedule")
    second, third = DocumentFactory(title="শর্ত"), DocumentFactory(title="ফরম")
    home = bilingual_site.home_bn
    notice = NoticeFactory(
        title="হাট-বাজার ইজারা",
        category=NoticeCategory.LEASE,
        body=f'<p>বিস্তারিত <a linktype="page" id="{home.pk}">হোম পেজে</a>।</p>',
        photo=ImageFactory(),
        photo_alt="হাটের ছবি",
        attachment=first,
        attachments=[("document", second), ("document", third)],
        expires_at=timezone.now() + 10 * DAY,
    )
    english = translate_notice(notice, bilingual_site.en, "Market lease")

    response = client.get("/api/v3/notices/", {"locale": "bn"})
    assert response.status_code == 200
    data = response.json()
    assert data["count"] == 1
    item = data["items"][0]
    assert item["id"] == notice.pk
    assert item["title"] == "হাট-বাজার ইজারা"
    assert item["category"] == "lease"
    assert item["locale"] == "bn"
    assert item["published_at"].startswith(str(notice.published_at.year))
    assert item["expires_at"] is not None
    assert item["url"] == f"http://testserver/bn/notices/{notice.pk}/"
    # Internal links are resolved to real URLs, not Wagtail's database form.
    assert 'href="/bn/"' in item["body"] and "linktype" not in item["body"]
    assert item["photo"]["alt"] == "হাটের ছবি"
    assert set(item["photo"]["renditions"]) == {"thumbnail", "medium", "large"}
    assert "fill-320x240" in item["photo"]["renditions"]["thumbnail"]["url"]
    assert item["photo"]["renditions"]["thumbnail"]["url"].startswith("http://testserver/media/images/")
    assert item["attachment"]["title"] == "তফসিল"
    assert item["attachment"]["url"].startswith("http://testserver/documents/")
    assert item["attachment"]["size"] > 0
    assert [doc["title"] for doc in item["attachments"]] == ["শর্ত", "ফরম"]
    assert item["translations"] == {
        "en": {
            "id": english.pk,
            "title": "Market lease",
            "url": f"http://testserver/en/notices/{english.pk}/",
            "detail_url": f"http://testserver/api/v3/notices/{english.pk}/",
        }
    }

    detail = client.get(f"/api/v3/notices/{english.pk}/").json()
    assert detail["title"] == "Market lease" and detail["locale"] == "en"
    assert detail["translations"]["bn"]["id"] == notice.pk
    assert detail["translations"]["bn"]["url"] == f"http://testserver/bn/notices/{notice.pk}/"


def test_filters(client, boards):
    now = timezone.now()
    tender = NoticeFactory(title="সড়ক দরপত্র", category=NoticeCategory.TENDER)
    old = NoticeFactory(
        title="পুরোনো দরপত্র", category=NoticeCategory.TENDER, published_at=now.replace(year=now.year - 2)
    )
    expired = NoticeFactory(
        title="মেয়াদোত্তীর্ণ নিয়োগ", category=NoticeCategory.RECRUITMENT, expires_at=now - DAY, published_at=now - 5 * DAY
    )
    NoticeFactory(title="খসড়া", live=False)

    def ids(**params):
        return [item["id"] for item in client.get("/api/v3/notices/", params).json()["items"]]

    assert ids() == [tender.pk, old.pk]
    assert ids(category="tender", year=now.year - 2) == [old.pk]
    assert ids(archived="true") == [expired.pk]
    assert ids(search="সড়ক") == [tender.pk]
    # Inflected words find their base and the other way round (core/stemming.py).
    assert ids(search="সড়কের") == [tender.pk]
    assert ids(search="দরপত্রগুলো") == [tender.pk, old.pk]
    assert ids(locale="en") == []
    assert ids(limit=1, offset=1) == [old.pk]
    assert client.get("/api/v3/notices/", {"limit": 1}).json()["count"] == 2


@pytest.mark.parametrize(
    "params",
    [
        {"category": "bribes"},
        {"locale": "fr"},
        {"year": "abc"},
        {"year": "99999"},
        {"limit": "0"},
        {"limit": "1000"},
        {"offset": "-1"},
        {"archived": "perhaps"},
        {"search": "ক" * 500},
    ],
)
def test_bad_parameters_answer_problem_json(client, boards, params):
    response = client.get("/api/v3/notices/", params)
    assert 400 <= response.status_code < 500
    assert response["Content-Type"] == "application/problem+json"
    assert response.json()["status"] == response.status_code


def test_drafts_are_not_served(client, boards):
    draft = NoticeFactory(live=False)
    assert client.get(f"/api/v3/notices/{draft.pk}/").status_code != 200


def test_unknown_notice_is_a_problem_json_404(client, boards):
    response = client.get("/api/v3/notices/999999/")
    assert response.status_code == 404
    assert response["Content-Type"] == "application/problem+json"


def test_openapi_document_lists_the_notices_endpoints(client, boards):
    paths = client.get("/api/v3/openapi.json").json()["paths"]
    assert "/api/v3/notices/" in paths and "/api/v3/notices/{notice_id}/" in paths


def _api_queries(client, url: str) -> int:
    # From an empty cache: what earlier tests left in the test run's shared local-memory cache
    # (300 entries) would otherwise be culled in the middle of the measured request.
    cache.clear()
    client.get(url)  # renditions and file sizes are made on the first request
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries)


def test_list_query_count_stays_constant(client, boards, bilingual_site):
    home = bilingual_site.home_bn

    def add(count: int) -> None:
        for index in range(count):
            notice = NoticeFactory(
                body=f'<p><a linktype="page" id="{home.pk}">হোম</a></p>',
                photo=ImageFactory(),
                photo_alt="ছবি",
                attachment=DocumentFactory(),
                attachments=[("document", DocumentFactory()), ("document", DocumentFactory())],
            )
            if index % 2:
                translate_notice(notice, bilingual_site.en, f"Notice {index}")

    url = "/api/v3/notices/?limit=100"
    add(5)
    few = _api_queries(client, url)
    add(45)
    many = _api_queries(client, url)
    assert few == many
    assert client.get(url).json()["count"] == 50 + 24  # 24 of them translated


def test_a_notices_detail_path_is_the_routers_own():
    detail_path = notice_detail_path_finder()
    for notice_id in (1, 7, 10**9):
        assert detail_path(notice_id) == reverse("wagtailapi_v3:notices_detail", args=[notice_id])
