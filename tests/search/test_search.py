"""Site search over pages and notices, with Bengali words kept whole on SQLite and PostgreSQL."""

import unicodedata

import pytest
from django.db import connection

from notices.models import Notice
from tests.factories import NoticeFactory
from tests.notices.conftest import build_boards, translate_notice

pytestmark = pytest.mark.django_db


@pytest.fixture
def notices(bilingual_site):
    build_boards(bilingual_site)
    rangpur = NoticeFactory(title="রংপুর জেলার জলমহাল ইজারা", body="<p>মিঠাপুকুর উপজেলার বিলের ইজারা।</p>")
    other = NoticeFactory(title="অফিস সহায়ক নিয়োগ", body="<p>শূন্য পদে আবেদন।</p>")
    translate_notice(rangpur, bilingual_site.en, "Jalmahal lease in Rangpur district", "<p>Lease of a beel.</p>")
    return rangpur, other


def _without_marks(html: str) -> str:
    """The page as text around the matched words, which results mark (test_bengali_stemming.py)."""
    return html.replace("<mark>", "").replace("</mark>", "")


def _found(query: str) -> list[str]:
    return [notice.title for notice in Notice.objects.live().search(query)]


def test_database_backend_in_use():
    # The Bengali rules below hold for both of the project's databases.
    assert connection.vendor in ("sqlite", "postgresql")


def test_whole_bengali_words_match(notices):
    rangpur, other = notices
    assert _found("রংপুর") == [rangpur.title]
    assert _found("জলমহাল") == [rangpur.title]
    assert _found("নিয়োগ") == [other.title]
    assert _found("মিঠাপুকুর") == [rangpur.title]


@pytest.mark.parametrize("fragment", ["পুর", "রং", "জল", "মহাল", "র", "প"])
def test_parts_of_bengali_words_do_not_match(notices, fragment):
    # Vowel signs, the hasanta and the anusvara are parts of words, never word breaks.
    assert _found(fragment) == []


def test_decomposed_queries_find_composed_text(client, notices):
    # "ো" is one character in NFC and two ("ে" + "া") in NFD.
    notice = NoticeFactory(title="বোরো ধান সংগ্রহ")
    decomposed = unicodedata.normalize("NFD", "বোরো")
    assert decomposed != "বোরো"
    html = client.get("/bn/search/", {"q": decomposed}).text
    assert "<mark>বোরো</mark>" in html
    assert notice.title in _without_marks(html)


def test_text_is_stored_in_nfc(bilingual_site):
    decomposed = unicodedata.normalize("NFD", "বোরো মৌসুম")
    notice = NoticeFactory(title=decomposed)
    notice.refresh_from_db()
    assert notice.title == unicodedata.normalize("NFC", decomposed)
    home = bilingual_site.home_bn
    home.title = unicodedata.normalize("NFD", "রংপুর জেলা পোর্টাল")
    home.save()
    home.refresh_from_db()
    assert home.title == "রংপুর জেলা পোর্টাল"


def test_search_page_in_both_languages(client, notices, bilingual_site):
    rangpur, other = notices
    bengali = client.get("/bn/search/", {"q": "রংপুর"})
    assert bengali.status_code == 200
    assert '<html lang="bn"' in bengali.text
    text = _without_marks(bengali.text)
    assert rangpur.title in text and other.title not in text
    # The home page's title contains রংপুর too: pages are searched as well as notices.
    assert f'href="/bn/notices/{rangpur.pk}/"' in bengali.text
    assert "জেলা প্রশাসকের কার্যালয়, <mark>রংপুর</mark></a>" in bengali.text

    english = client.get("/en/search/", {"q": "jalmahal"})
    assert english.status_code == 200
    assert "<mark>Jalmahal</mark> lease in Rangpur district" in english.text
    assert rangpur.title not in _without_marks(english.text)


def test_fragment_finds_nothing_on_the_search_page(client, notices):
    html = client.get("/bn/search/", {"q": "পুর"}).text
    results = _without_marks(html.split('id="notice-results"')[1])
    assert "রংপুর জেলার জলমহাল ইজারা" not in results


def test_empty_and_overlong_queries(client, notices):
    assert client.get("/bn/search/").status_code == 200
    assert client.get("/bn/search/", {"q": "   "}).status_code == 200
    response = client.get("/en/search/", {"q": "ক" * 500})
    assert response.status_code == 200
    assert "Ensure this value has at most 200 characters" in response.text


def test_results_follow_publishing_at_once(client, notices):
    """Results are kept per portal, language and query until the portal's next publish."""
    query = {"q": "বোরো"}
    before = _without_marks(client.get("/bn/search/", query).text)
    assert "বোরো ধান সংগ্রহ" not in before
    notice = NoticeFactory(title="বোরো ধান সংগ্রহ", live=False)
    notice.save_revision().publish()
    assert "বোরো ধান সংগ্রহ" in _without_marks(client.get("/bn/search/", query).text)
    notice = Notice.objects.get(pk=notice.pk)
    notice.title = "আমন ধান সংগ্রহ"
    notice.save_revision().publish()
    after = _without_marks(client.get("/bn/search/", query).text)
    assert "বোরো ধান সংগ্রহ" not in after
    assert "আমন ধান সংগ্রহ" in _without_marks(client.get("/bn/search/", {"q": "আমন"}).text)
    Notice.objects.get(pk=notice.pk).unpublish()  # the copy in hand is the draft's, not live
    assert "আমন ধান সংগ্রহ" not in _without_marks(client.get("/bn/search/", {"q": "আমন"}).text)
