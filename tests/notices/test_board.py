"""The notice board as citizens see it: lists, filters, archive, a page per notice, feeds."""

import datetime
import xml.etree.ElementTree as ET

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from notices.models import NoticeCategory
from tests.factories import NoticeFactory
from tests.notices.conftest import translate_notice

pytestmark = pytest.mark.django_db

DAY = datetime.timedelta(days=1)


def test_board_lives_under_a_portal_home_page_only(boards, bilingual_site):
    from home.models import HomePage
    from notices.models import NoticeIndexPage

    assert NoticeIndexPage.parent_page_types == ["home.HomePage", "home.UpazilaHomePage"]
    assert NoticeIndexPage.allowed_subpage_models() == []
    # One board per home page: a second one cannot be added next to the first.
    assert not NoticeIndexPage.can_create_at(bilingual_site.home_bn)
    assert HomePage.objects.filter(pk=bilingual_site.home_bn.pk).exists()


def test_board_lists_current_notices_newest_first_in_both_languages(client, boards, bilingual_site):
    now = timezone.now()
    older = NoticeFactory(title="পুরোনো বিজ্ঞপ্তি", published_at=now - 3 * DAY)
    newer = NoticeFactory(title="নতুন বিজ্ঞপ্তি", published_at=now - DAY)
    translate_notice(newer, bilingual_site.en, "The newer notice")

    bengali = client.get("/bn/notices/")
    assert bengali.status_code == 200
    assert '<html lang="bn"' in bengali.text
    assert bengali.text.index(newer.title) < bengali.text.index(older.title)

    english = client.get("/en/notices/")
    assert english.status_code == 200
    assert "The newer notice" in english.text
    assert newer.title not in english.text
    # The untranslated notice is shown on the English board, marked and in Bengali.
    assert older.title in english.text
    assert "In Bengali only; not translated yet" in english.text
    assert 'lang="bn">পুরোনো বিজ্ঞপ্তি' in english.text


def test_bengali_board_shows_bengali_digits_and_dates(client, boards):
    NoticeFactory(published_at=datetime.datetime(2026, 11, 20, 10, tzinfo=datetime.UTC))
    html = client.get("/bn/notices/").text
    assert "২০ নভেম্বর ২০২৬" in html
    assert "২০২৬" in html  # the year filter offers the year with Bengali digits


def test_category_and_year_filters(client, boards):
    this_year = timezone.now().year
    tender = NoticeFactory(title="দরপত্র বিজ্ঞপ্তি", category=NoticeCategory.TENDER)
    lease = NoticeFactory(title="ইজারা বিজ্ঞপ্তি", category=NoticeCategory.LEASE)
    last_year = NoticeFactory(
        title="গত বছরের দরপত্র",
        category=NoticeCategory.TENDER,
        published_at=timezone.now().replace(year=this_year - 1),
    )

    html = client.get("/bn/notices/", {"category": "tender"}).text
    assert tender.title in html and last_year.title in html and lease.title not in html

    html = client.get("/bn/notices/", {"category": "tender", "year": this_year - 1}).text
    assert last_year.title in html and tender.title not in html

    # Bengali digits in the year are understood.
    html = client.get(
        "/bn/notices/", {"year": str(this_year - 1).translate(str.maketrans("0123456789", "০১২৩৪৫৬৭৮৯"))}
    ).text
    assert last_year.title in html and tender.title not in html


def test_bad_filters_get_field_errors_not_a_500(client, boards):
    notice = NoticeFactory()
    response = client.get("/en/notices/", {"year": "abc", "category": "bribes", "page": "abc"})
    assert response.status_code == 200
    assert "Enter a whole number." in response.text
    assert "Select a valid choice." in response.text
    assert "Please correct the filters below" in response.text
    assert notice.title in response.text  # the invalid filters are ignored, not applied

    bengali = client.get("/bn/notices/", {"year": "abc"})
    assert bengali.status_code == 200
    assert "Enter a whole number." not in bengali.text  # the error is in Bengali


def test_pagination_survives_bad_page_numbers(client, boards):
    for _ in range(boards.bn.per_page + 2):
        NoticeFactory()
    for page in ("abc", "0", "-1", "999"):
        assert client.get("/bn/notices/", {"page": page}).status_code == 200
    assert 'rel="next"' in client.get("/bn/notices/").text


def test_expired_notices_move_to_the_archive_and_never_vanish(client, boards):
    now = timezone.now()
    current = NoticeFactory(title="চলমান দরপত্র", expires_at=now + 5 * DAY)
    expired = NoticeFactory(title="মেয়াদোত্তীর্ণ দরপত্র", published_at=now - 10 * DAY, expires_at=now - DAY)

    board = client.get("/bn/notices/").text
    assert current.title in board and expired.title not in board

    archive = client.get("/bn/notices/archive/").text
    assert expired.title in archive and current.title not in archive

    detail = client.get(f"/bn/notices/{expired.pk}/")
    assert detail.status_code == 200
    assert expired.title in detail.text


def test_search_on_the_board(client, boards):
    jalmahal = NoticeFactory(title="জলমহাল ইজারা বিজ্ঞপ্তি")
    other = NoticeFactory(title="অফিস সহায়ক নিয়োগ")
    html = client.get("/bn/notices/", {"q": "জলমহাল"}).text
    assert jalmahal.title in html and other.title not in html
    # "জলমহালসমূহের" (of the jalmahals) finds it too; the board does not mark words.
    html = client.get("/bn/notices/", {"q": "জলমহালসমূহের"}).text
    assert jalmahal.title in html and other.title not in html


def test_notice_page_shows_body_photo_and_attachments(client, boards):
    from wagtail_factories import DocumentFactory, ImageFactory

    first, second = DocumentFactory(title="দরপত্রের তফসিল"), DocumentFactory(title="শর্তাবলি")
    notice = NoticeFactory(
        title="কম্পিউটার ক্রয়ের দরপত্র",
        category=NoticeCategory.TENDER,
        body="<p>দরপত্র জমার শেষ তারিখ দেখুন।</p>",
        photo=ImageFactory(),
        photo_alt="ই-সেবা কেন্দ্রের কাউন্টার",
        attachment=first,
        attachments=[("document", second)],
        memo_number="০৫.৪৭.৮৫০০.০০০.০৭.০০১.২৬-১২",
    )
    response = client.get(f"/bn/notices/{notice.pk}/")
    assert response.status_code == 200
    html = response.text
    assert "<h1>কম্পিউটার ক্রয়ের দরপত্র</h1>" in html
    assert "দরপত্র জমার শেষ তারিখ দেখুন।" in html
    assert 'alt="ই-সেবা কেন্দ্রের কাউন্টার"' in html
    assert first.url in html and second.url in html
    assert html.index(first.title) < html.index(second.title)
    assert "দরপত্র" in html  # the category, in Bengali
    assert client.get("/bn/notices/999999/").status_code == 404


def test_draft_notices_are_not_shown(client, boards):
    draft = NoticeFactory(title="খসড়া বিজ্ঞপ্তি", live=False)
    assert draft.title not in client.get("/bn/notices/").text
    assert client.get(f"/bn/notices/{draft.pk}/").status_code == 404


def _channel(feed_xml: bytes) -> ET.Element:
    # The feed is the site's own output made in this test, not untrusted XML.
    channel = ET.fromstring(feed_xml).find("channel")  # noqa: S314
    assert channel is not None
    return channel


def _items(feed_xml: bytes) -> list[ET.Element]:
    channel = _channel(feed_xml)
    assert channel is not None
    return channel.findall("item")


def test_feeds_parse_and_are_advertised(client, boards, bilingual_site):
    from wagtail_factories import DocumentFactory

    tender = NoticeFactory(title="সড়ক মেরামতের দরপত্র", category=NoticeCategory.TENDER, attachment=DocumentFactory())
    news = NoticeFactory(title="বিজয় দিবসের কর্মসূচি", category=NoticeCategory.NEWS)
    translate_notice(tender, bilingual_site.en, "Tender for road repairs")

    html = client.get("/bn/notices/").text
    assert '<link rel="alternate" type="application/rss+xml"' in html
    assert 'href="/bn/notices/feed/"' in html
    assert 'href="/bn/notices/feed/tender/"' in html

    feed = client.get("/bn/notices/feed/")
    assert feed.status_code == 200
    assert feed["Content-Type"].startswith("application/rss+xml")
    items = _items(feed.content)
    titles = [item.findtext("title") for item in items]
    assert tender.title in titles and news.title in titles
    assert _channel(feed.content).findtext("language") == "bn"
    link = next(item.findtext("link") for item in items if item.findtext("title") == tender.title)
    assert link == f"http://testserver/bn/notices/{tender.pk}/"
    enclosure = next(item.find("enclosure") for item in items if item.findtext("title") == tender.title)
    assert enclosure is not None and enclosure.get("url").startswith("http://testserver/documents/")

    category = client.get("/bn/notices/feed/tender/")
    assert [item.findtext("title") for item in _items(category.content)] == [tender.title]

    english = client.get("/en/notices/feed/tender/")
    assert [item.findtext("title") for item in _items(english.content)] == ["Tender for road repairs"]

    assert client.get("/bn/notices/feed/bribes/").status_code == 404


def test_home_page_shows_latest_notices_and_tenders_box(client, boards):
    tender = NoticeFactory(title="জলমহাল ইজারার দরপত্র", category=NoticeCategory.LEASE)
    news = NoticeFactory(title="ই-সেবা কেন্দ্রের সংবাদ", category=NoticeCategory.NEWS)
    html = client.get("/bn/").text
    latest, tenders = html.split('id="tenders-heading"')
    assert news.title in latest and tender.title in latest
    assert tender.title in tenders and news.title not in tenders
    assert f'href="/bn/notices/{tender.pk}/"' in html


def _board_queries(client, url: str) -> int:
    client.get(url)  # renditions and cached site data are made on the first request
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries)


@pytest.mark.parametrize("url", ["/bn/notices/", "/en/notices/", "/bn/notices/?category=tender&year=2026", "/bn/"])
def test_board_query_count_stays_constant(client, boards, bilingual_site, url):
    from wagtail_factories import DocumentFactory, ImageFactory

    def add(count: int) -> None:
        for index in range(count):
            notice = NoticeFactory(
                category=NoticeCategory.TENDER,
                published_at=datetime.datetime(2026, 5, 1, tzinfo=datetime.UTC) + index * DAY,
                photo=ImageFactory(),
                photo_alt="ছবি",
                attachment=DocumentFactory(),
                attachments=[("document", DocumentFactory()), ("document", DocumentFactory())],
            )
            if index % 2:
                translate_notice(notice, bilingual_site.en, f"Tender {index}")

    add(5)
    few = _board_queries(client, url)
    add(45)
    many = _board_queries(client, url)
    assert few == many


def test_a_listed_notice_shows_its_change_at_once_without_any_purge(client, boards):
    """Each item of a list is cached under everything it shows (notices/listing.py), so even a
    change no signal announced (an update straight in the database) is never shown stale."""
    notice = NoticeFactory(title="প্রথম শিরোনাম", expires_at=timezone.now() + DAY)
    assert "প্রথম শিরোনাম" in client.get("/bn/notices/").text
    type(notice).objects.filter(pk=notice.pk).update(title="দ্বিতীয় শিরোনাম", category=NoticeCategory.TENDER)
    board = client.get("/bn/notices/").text
    assert "দ্বিতীয় শিরোনাম" in board and "প্রথম শিরোনাম" not in board
    assert "category-tender" in board
    english = client.get("/en/notices/").text  # the untranslated Bengali notice, in English words
    assert "দ্বিতীয় শিরোনাম" in english and "In Bengali only; not translated yet" in english


def test_a_notices_subpath_is_the_boards_own_route(boards):
    # NoticeIndexPage.notice_subpath writes the `notice_detail` route without Django's reverse.
    for board in (boards.bn, boards.en):
        for notice_id in (1, 7, 10**9):
            assert board.notice_subpath(notice_id) == board.reverse_subpage("notice_detail", args=[notice_id])
