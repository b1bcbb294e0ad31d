"""The notice list's items kept in the cache (notices/api.py, `public_notice_items`): a repeated
answer makes no item again, and every change to what an item shows is in the very next answer,
with no purge: the notice, its attachment's file or title, its photo, a translation, unpublishing."""

import pytest
from django.core.files.base import ContentFile
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail_factories import DocumentFactory, ImageFactory

from notices import api as notices_api
from notices.models import Notice
from tests.factories import NoticeFactory
from tests.notices.conftest import translate_notice

pytestmark = pytest.mark.django_db

URL = "/api/v3/notices/"


def _items(client, **params) -> dict[int, dict]:
    response = client.get(URL, params)
    assert response.status_code == 200
    return {item["id"]: item for item in response.json()["items"]}


@pytest.fixture
def made(monkeypatch) -> list[int]:
    """The ids of the notices whose items were made (not taken from the cache), in order."""
    calls: list[int] = []
    make = notices_api._representations

    def spy(request, notices, site_id, translations):
        calls.extend(notice.pk for notice in notices)
        return make(request, notices, site_id, translations)

    monkeypatch.setattr(notices_api, "_representations", spy)
    return calls


def test_a_repeated_answer_makes_no_item_again_and_is_the_same(client, boards, made):
    notices = [NoticeFactory(attachment=DocumentFactory(), photo=ImageFactory(), photo_alt="ছবি") for _ in range(3)]
    # The first answer also records the files' sizes (Wagtail saves an image or a document whose
    # size it did not know), which starts a new media generation.
    client.get(URL)
    first = client.get(URL).content
    assert sorted(made) == sorted(notice.pk for notice in notices * 2)
    made.clear()
    with CaptureQueriesContext(connection) as warm:
        second = client.get(URL).content
    assert second == first
    assert made == []
    # The board's address is not looked up for items taken from the cache.
    assert not [query for query in warm.captured_queries if "notices_noticeindexpage" in query["sql"]]


def test_a_warm_answer_reads_its_rows_in_one_query_and_makes_no_notice(client, boards, models_made):
    for _ in range(3):
        NoticeFactory(attachment=DocumentFactory(), photo=ImageFactory(), photo_alt="ছবি")
    client.get(URL)
    client.get(URL)
    with models_made() as made, CaptureQueriesContext(connection) as warm:
        answer = client.get(URL).json()
    assert answer["count"] == 3 and len(answer["items"]) == 3
    # The rows and the total in one query; no notice, image, document or locale made.
    assert len([query for query in warm.captured_queries if "notices_notice" in query["sql"]]) == 1
    assert made == []


def test_past_the_last_page_the_total_is_still_counted(client, boards):
    NoticeFactory(), NoticeFactory()
    answer = client.get(URL, {"offset": 5}).json()
    assert answer == {"count": 2, "items": []}


def test_an_image_changed_in_place_shows_at_once(client, boards):
    image = ImageFactory()
    notice = NoticeFactory(photo=image, photo_alt="ছবি")
    before = _items(client)[notice.pk]["photo"]
    replacement = ImageFactory.build(file__filename="replaced.jpg")
    image.file, image.width, image.height = replacement.file, replacement.width, replacement.height
    image.save()  # the notice's row is unchanged: the image's save renews the media generation
    image.renditions.all().delete()  # as Wagtail's image edit view does for a new file
    after = _items(client)[notice.pk]["photo"]
    assert after["url"] != before["url"] and "replaced" in after["url"]


def test_with_caching_turned_off_the_answer_is_the_same(boards, cached_then_uncached):
    for _ in range(2):
        NoticeFactory(attachment=DocumentFactory(), photo=ImageFactory())
    cached, uncached, queries = cached_then_uncached(URL)
    assert uncached == cached
    # The notices read once, with their photos and attachments (no rows read first for keys).
    assert len([sql for sql in queries if 'FROM "notices_notice"' in sql]) <= 3


def test_a_published_change_of_the_notice_shows_at_once(client, boards, made):
    notice = NoticeFactory(title="পুরনো শিরোনাম")
    assert _items(client)[notice.pk]["title"] == "পুরনো শিরোনাম"
    notice.title = "নতুন শিরোনাম"
    notice.memo_number = "০৫.৪৭.৮৫০০.০০০.০১.২৩"
    notice.save_revision().publish()
    item = _items(client)[notice.pk]
    assert (item["title"], item["memo_number"]) == ("নতুন শিরোনাম", "০৫.৪৭.৮৫০০.০০০.০১.২৩")
    assert made[-1] == notice.pk


def test_a_change_made_straight_in_the_database_shows_at_once(client, boards):
    notice = NoticeFactory(body="<p>প্রথম</p>")
    assert _items(client)[notice.pk]["body"] == "<p>প্রথম</p>"
    Notice.objects.filter(pk=notice.pk).update(body="<p>দ্বিতীয়</p>", category="tender")
    item = _items(client)[notice.pk]
    assert (item["body"], item["category"]) == ("<p>দ্বিতীয়</p>", "tender")


def test_the_attachment_documents_new_title_and_file_show_at_once(client, boards):
    document = DocumentFactory(title="তফসিল", file__data=b"%PDF-1.4 first", file__filename="schedule.pdf")
    other = DocumentFactory(title="শর্ত")
    notice = NoticeFactory(attachment=document, attachments=[("document", other)])
    before = _items(client)[notice.pk]
    assert before["attachment"]["title"] == "তফসিল"

    document.title = "সংশোধিত তফসিল"
    document.save()
    assert _items(client)[notice.pk]["attachment"]["title"] == "সংশোধিত তফসিল"

    document.file.save("schedule-revised.pdf", ContentFile(b"%PDF-1.4 the revised schedule, longer"), save=False)
    document.file_size = None  # as the admin's edit view leaves it for a new file
    document.save()
    after = _items(client)[notice.pk]["attachment"]
    assert after["url"] != before["attachment"]["url"] and "schedule-revised" in after["url"]
    assert after["size"] == len(b"%PDF-1.4 the revised schedule, longer")

    other.title = "সংশোধিত শর্ত"
    other.save()
    assert [doc["title"] for doc in _items(client)[notice.pk]["attachments"]] == ["সংশোধিত শর্ত"]


def test_a_new_photo_shows_at_once(client, boards):
    notice = NoticeFactory(photo=ImageFactory(), photo_alt="পুরনো ছবি")
    before = _items(client)[notice.pk]["photo"]
    notice.photo = ImageFactory()
    notice.photo_alt = "নতুন ছবি"
    notice.save_revision().publish()
    after = _items(client)[notice.pk]["photo"]
    assert after["alt"] == "নতুন ছবি"
    assert after["renditions"]["thumbnail"]["url"] != before["renditions"]["thumbnail"]["url"]


def test_a_translation_added_then_removed_shows_at_once(client, boards, bilingual_site):
    notice = NoticeFactory()
    assert _items(client, locale="bn")[notice.pk]["translations"] == {}
    english = translate_notice(notice, bilingual_site.en, "Road repair tender")
    # wagtail-localize publishes a translation it makes (a revision, on commit): the publish
    # starts a new fragment generation of the portal, which retires the items naming it.
    english.save_revision().publish()
    translations = _items(client, locale="bn")[notice.pk]["translations"]
    assert translations["en"]["id"] == english.pk and translations["en"]["title"] == "Road repair tender"

    english.title = "Road repair tender (revised)"
    english.save_revision().publish()
    assert _items(client, locale="bn")[notice.pk]["translations"]["en"]["title"] == "Road repair tender (revised)"

    english.unpublish()
    assert _items(client, locale="bn")[notice.pk]["translations"] == {}
    english.save_revision().publish()
    assert "en" in _items(client, locale="bn")[notice.pk]["translations"]
    Notice.objects.get(pk=english.pk).delete()  # as the admin deletes it: read afresh, live
    assert _items(client, locale="bn")[notice.pk]["translations"] == {}


def test_an_unpublished_notice_leaves_the_next_answer(client, boards):
    kept, gone = NoticeFactory(), NoticeFactory()
    assert set(_items(client)) == {kept.pk, gone.pk}
    gone.unpublish()
    response = client.get(URL).json()
    assert [item["id"] for item in response["items"]] == [kept.pk]
    assert response["count"] == 1


def test_items_follow_the_readers_language_and_host(client, boards, settings):
    notice = NoticeFactory(category="tender")
    bengali = client.get(URL, headers={"accept-language": "bn"}).json()["items"][0]
    english = client.get(URL, headers={"accept-language": "en"}).json()["items"][0]
    assert bengali["category_label"] != english["category_label"]
    settings.ALLOWED_HOSTS = [*settings.ALLOWED_HOSTS, "portal.example.org"]
    other_host = client.get(URL, headers={"host": "portal.example.org"}).json()["items"]
    assert all(item["url"].startswith("http://portal.example.org/") for item in other_host if item["id"] == notice.pk)
