"""Bengali search finds inflected words in both directions, on SQLite and PostgreSQL alike.

The corpus (data/bengali_search_corpus.yaml) pairs what a reader types with a notice it must
find, or must not find; every document is a real notice in the real search index, searched
the way the site searches (`core.text.search_query`).
"""

import unicodedata
from pathlib import Path

import pytest
import yaml
from django.db import connection

from core.stemming import fold, query_words, word_forms
from core.text import MAX_QUERY_TERMS, search_query
from notices.models import Notice
from tests.factories import ContentPageFactory, NoticeFactory
from tests.notices.conftest import build_boards

pytestmark = pytest.mark.django_db

CORPUS = yaml.safe_load((Path(__file__).parent / "data" / "bengali_search_corpus.yaml").read_text(encoding="utf-8"))


def test_the_corpus_is_large_enough():
    found, not_found = CORPUS["found"], CORPUS["not_found"]
    assert len(found) >= 30
    assert sum(1 for pair in found if pair.get("lang") == "en") >= 6
    assert len(not_found) >= 5


@pytest.fixture
def corpus_notices(bilingual_site):
    locales = {"bn": bilingual_site.bn, "en": bilingual_site.en}
    notices = {}
    for pair in CORPUS["found"] + CORPUS["not_found"]:
        document = pair["document"]
        if document not in notices:
            notices[document] = NoticeFactory(title=document, body="", locale=locales[pair.get("lang", "bn")])
    return notices


def _found_titles(query: str) -> set[str]:
    return {notice.title for notice in Notice.objects.live().search(search_query(query))}


def test_every_query_finds_its_document(corpus_notices):
    assert connection.vendor in ("sqlite", "postgresql")
    missed = [
        (pair["query"], pair["document"])
        for pair in CORPUS["found"]
        if unicodedata.normalize("NFC", pair["document"]) not in _found_titles(pair["query"])
    ]
    assert missed == []


def test_no_query_finds_a_word_it_is_only_part_of(corpus_notices):
    wrongly_found = [
        (pair["query"], pair["document"])
        for pair in CORPUS["not_found"]
        if unicodedata.normalize("NFC", pair["document"]) in _found_titles(pair["query"])
    ]
    assert wrongly_found == []


def test_every_word_of_a_query_must_match(corpus_notices):
    assert _found_titles("খতিয়ান সরবরাহ") == {"খতিয়ানের সার্টিফাইড কপি সরবরাহ"}
    assert _found_titles("খতিয়ানের জলমহাল") == set()


def test_pages_are_searched_by_their_stems_too(client, bilingual_site):
    page = ContentPageFactory(
        parent=bilingual_site.home_bn, title="ভূমি সেবা", intro="খতিয়ানগুলোর হালনাগাদ তথ্য উপজেলায় পাওয়া যায়।"
    )
    html = client.get("/bn/search/", {"q": "খতিয়ান উপজেলা"}).text
    assert f'href="{page.url}"' in html


def test_results_mark_the_matched_words(client, bilingual_site):
    build_boards(bilingual_site)
    NoticeFactory(title="খতিয়ানের সার্টিফাইড কপি <সরবরাহ> & ফি", body="")
    html = client.get("/bn/search/", {"q": "খতিয়ান"}).text
    results = html.split('id="notice-results"')[1]
    # The inflected word that matched is marked, the rest escaped as text.
    assert "<mark>খতিয়ানের</mark> সার্টিফাইড কপি &lt;সরবরাহ&gt; &amp; ফি" in results


def test_parts_of_words_are_not_marked(client, bilingual_site):
    build_boards(bilingual_site)
    NoticeFactory(title="পুর ও রংপুর", body="")
    results = client.get("/bn/search/", {"q": "পুর"}).text.split('id="notice-results"')[1]
    assert "<mark>পুর</mark> ও রংপুর" in results


def test_highlighting_escapes_markup_in_titles(client, bilingual_site):
    build_boards(bilingual_site)
    NoticeFactory(title='<script>alert("খতিয়ান")</script>', body="")
    html = client.get("/bn/search/", {"q": "খতিয়ান"}).text
    assert "<script>alert" not in html
    assert "&lt;script&gt;alert(&quot;<mark>খতিয়ান</mark>&quot;)&lt;/script&gt;" in html


def test_a_long_query_stays_within_the_backend_limits(corpus_notices):
    # Forty long inflected words: each has several forms, the query keeps to MAX_QUERY_TERMS.
    query = " ".join(["কর্মকর্তাগণের", "জলমহালসমূহের", "মসজিদগুলোতে", "শিক্ষার্থীদের"] * 10)
    assert len(list(Notice.objects.live().search(search_query(query)))) == 0
    long = " ".join(f"খতিয়ানগুলোর{i}" for i in range(60))
    assert list(Notice.objects.live().search(search_query(long))) == []
    assert MAX_QUERY_TERMS < 200


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("খতি\u09dfান", "খতিয়ান"),  # NFC writes য় as য + ়
        ("র\u200d্যাব", "র্যাব"),
        ("সংবাদ\u200cপত্র", "সংবাদপত্র"),
        ("উত্\u200dসব", "উৎসব"),
        ("২০২৬", "2026"),
        ("Rangpur", "rangpur"),
    ],
)
def test_words_are_folded_to_one_spelling(typed, expected):
    assert fold(typed) == expected


@pytest.mark.parametrize(
    ("word", "stem"),
    [
        ("খতিয়ানগুলোর", "খতিয়ান"),
        ("ঢাকায়", "ঢাকা"),
        ("কৃষকদের", "কৃষক"),
        ("অফিসে", "অফিস"),
        ("আবেদনটি", "আবেদন"),
        ("বইখানা", "বই"),
    ],
)
def test_stems(word, stem):
    assert stem in word_forms(word)


@pytest.mark.parametrize("word", ["মার", "গুলি", "কারখানা", "দপ্তর", "বিষয়", "রা"])
def test_words_that_only_look_inflected_keep_their_letters(word):
    # Nothing shorter than two letters, no "-র" or "-য়" after a consonant, listed compounds whole.
    assert word_forms(word) == [word]


def test_endings_written_apart_ask_for_nothing_of_their_own():
    assert query_words("রংপুর-এর ইতিহাস") == ["রংপুর", "ইতিহাস"]
    assert query_words("ডিসি-কে") == ["ডিসি"]
    # Alone, an ending is still searched for as typed.
    assert query_words("কে") == ["কে"]
