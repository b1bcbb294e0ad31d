"""Publishing, unpublishing, deleting, translating and expiring a notice purge exactly the URLs
that show it: its page on both boards, the boards' lists and feeds, the home pages' boxes, the
sitemap and the API."""

import datetime
import io

import pytest
from django.core.management import call_command
from django.utils import timezone
from wagtail_localize.operations import TranslationCreator

from notices.models import ExpiryCheck, NoticeCategory
from tests.factories import NoticeFactory
from tests.notices.conftest import translate_notice

pytestmark = pytest.mark.django_db

HOST = "http://testserver"


def board_lists(*categories: str) -> set[str]:
    urls = set()
    for language in ("bn", "en"):
        board = f"{HOST}/{language}/notices/"
        urls |= {board, f"{board}archive/", f"{board}feed/", f"{HOST}/{language}/"}
        for category in categories:
            urls |= {f"{board}?category={category}", f"{board}archive/?category={category}", f"{board}feed/{category}/"}
    return urls


def notice_set(bengali, english=None, categories=("tender",)) -> set[str]:
    urls = board_lists(*categories) | {
        f"{HOST}/sitemap.xml",
        f"{HOST}/api/v3/notices/",
        f"{HOST}/api/v3/notices/?archived=true",
        f"{HOST}/api/v3/notices/?locale=bn",
        f"{HOST}/api/v3/notices/?locale=en",
        # The Bengali notice on its board, and on the English board under its own id
        # (shown there until the translation is live).
        f"{HOST}/bn/notices/{bengali.pk}/",
        f"{HOST}/en/notices/{bengali.pk}/",
        f"{HOST}/api/v3/notices/{bengali.pk}/",
    }
    if english is not None:
        urls |= {f"{HOST}/en/notices/{english.pk}/", f"{HOST}/api/v3/notices/{english.pk}/"}
    return urls


@pytest.fixture
def tender(boards):
    return NoticeFactory(title="সড়ক মেরামতের দরপত্র", category=NoticeCategory.TENDER)


def test_publishing_a_notice_purges_both_boards_feeds_homes_sitemap_and_api(tender, purged):
    with purged.watch():
        tender.save_revision().publish()
    assert purged.urls() == notice_set(tender)


def test_unpublishing_purges_the_same_set(tender, purged):
    with purged.watch():
        tender.unpublish()
    assert purged.urls() == notice_set(tender)


def test_deleting_a_live_notice_purges_where_it_was(tender, purged):
    expected = notice_set(tender)
    with purged.watch():
        tender.delete()
    assert purged.urls() == expected


def test_publishing_the_english_translation_purges_both_notices(tender, bilingual_site, purged):
    english = translate_notice(tender, bilingual_site.en, "Tender for road repairs")
    with purged.watch():
        english.save_revision().publish()
    assert purged.urls() == notice_set(tender, english)


def test_translating_with_wagtail_localize_purges_both_languages(tender, bilingual_site, purged):
    tender.save_revision().publish()  # wagtail-localize translates from a revision
    with purged.watch():
        TranslationCreator(user=None, target_locales=[bilingual_site.en]).create_translations(tender)
    english = tender.get_translation(bilingual_site.en)
    assert english.live
    assert purged.urls() == notice_set(tender, english)


def test_a_new_category_purges_the_old_categorys_lists_and_feed_too(tender, purged):
    tender.save_revision().publish()
    tender.category = NoticeCategory.NEWS
    with purged.watch():
        tender.save_revision().publish()
    assert purged.urls() == notice_set(tender, categories=("news", "tender"))


def test_expired_notices_are_purged_once_by_the_periodic_command(boards, bilingual_site, purged):
    now = timezone.now()
    ExpiryCheck.objects.create(checked_up_to=now - datetime.timedelta(minutes=5))
    expired = NoticeFactory(
        category=NoticeCategory.TENDER,
        published_at=now - datetime.timedelta(days=9),
        expires_at=now - datetime.timedelta(minutes=1),
    )
    english = translate_notice(expired, bilingual_site.en, "Expired tender")
    english.live = True
    english.save()
    # Expired before the last run (already purged then), and not expired yet: left alone.
    NoticeFactory(published_at=now - datetime.timedelta(days=9), expires_at=now - datetime.timedelta(hours=1))
    NoticeFactory(expires_at=now + datetime.timedelta(hours=1))

    output = io.StringIO()
    with purged.watch():
        call_command("purge_expired_notices", stdout=output)
    assert purged.urls() == notice_set(expired, english)
    assert output.getvalue().startswith("Purged 1 notices")
    assert ExpiryCheck.objects.get().checked_up_to >= now

    with purged.watch():
        call_command("purge_expired_notices", stdout=io.StringIO())
    assert purged.urls() == set()  # nothing expired since


def test_the_first_run_looks_back_a_day(boards, purged):
    now = timezone.now()
    recent = NoticeFactory(published_at=now - datetime.timedelta(days=9), expires_at=now - datetime.timedelta(hours=3))
    NoticeFactory(published_at=now - datetime.timedelta(days=9), expires_at=now - datetime.timedelta(days=3))
    with purged.watch():
        call_command("purge_expired_notices", stdout=io.StringIO())
    assert purged.urls() == notice_set(recent, categories=("notice",))
