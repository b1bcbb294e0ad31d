"""The language switcher leads to the same content in the other language wherever it can."""

import pytest

from tests.eservice.conftest import build_centre
from tests.factories import NoticeFactory
from tests.notices.conftest import build_boards, translate_notice

pytestmark = pytest.mark.django_db


def english_link(html: str) -> str:
    start = html.index('hreflang="en"')
    return html[html.rindex('href="', 0, start) + 6 : html.index('"', html.rindex('href="', 0, start) + 6)]


def test_a_notice_links_to_its_own_translation(client, bilingual_site):
    boards = build_boards(bilingual_site)
    notice = NoticeFactory(locale=bilingual_site.bn, title="দরপত্র বিজ্ঞপ্তি")
    english = translate_notice(notice, bilingual_site.en, "Tender notice")
    html = client.get(f"/bn/{boards.bn.slug}/{notice.pk}/").text
    assert english_link(html) == f"/en/{boards.en.slug}/{english.pk}/"


def test_an_untranslated_notice_links_to_itself_on_the_english_board(client, bilingual_site):
    boards = build_boards(bilingual_site)
    notice = NoticeFactory(locale=bilingual_site.bn, title="শুধু বাংলায়")
    html = client.get(f"/bn/{boards.bn.slug}/{notice.pk}/").text
    target = english_link(html)
    assert target == f"/en/{boards.en.slug}/{notice.pk}/"
    assert client.get(target).status_code == 200


def test_a_translation_published_later_takes_over_the_link_at_once(
    client, bilingual_site, django_capture_on_commit_callbacks
):
    """The switcher's targets are kept in the cache (NoticeIndexPage._translation_urls) until a
    publish on the portal: the translation's publish must show on the next request."""
    boards = build_boards(bilingual_site)
    notice = NoticeFactory(locale=bilingual_site.bn, title="পরে অনূদিত")
    address = f"/bn/{boards.bn.slug}/{notice.pk}/"
    assert english_link(client.get(address).text) == f"/en/{boards.en.slug}/{notice.pk}/"
    english = translate_notice(notice, bilingual_site.en, "Translated later")
    english.live = False
    english.save()
    with django_capture_on_commit_callbacks(execute=True):
        english.save_revision().publish()
    assert english_link(client.get(address).text) == f"/en/{boards.en.slug}/{english.pk}/"


def test_eservice_sub_pages_keep_their_path(client, bilingual_site):
    centre = build_centre(bilingual_site)
    html = client.get(f"/bn/{centre.page_bn.slug}/track/").text
    assert english_link(html) == f"/en/{centre.page_en.slug}/track/"
