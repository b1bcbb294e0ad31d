"""Text is stored and searched in NFC: every page, and the models that ask for it."""

import unicodedata

import pytest
from wagtail.models import Page

from core.text import _NFC_MODELS, clean_query, normalise_text_fields
from notices.models import Notice, NoticeCategory
from tests.factories import NoticeFactory

DECOMPOSED = unicodedata.normalize("NFD", "বোরো মৌসুম")
COMPOSED = unicodedata.normalize("NFC", DECOMPOSED)


def test_decomposed_differs_from_composed():
    assert DECOMPOSED != COMPOSED


def test_pages_and_notices_ask_for_nfc():
    # Page covers every page type (its subclasses); notices ask on their own class.
    assert {Page, Notice} <= _NFC_MODELS


def test_free_text_is_normalised_and_codes_are_left_alone():
    notice = Notice(title=DECOMPOSED, memo_number=DECOMPOSED, category=NoticeCategory.TENDER, portal=None)
    normalise_text_fields(notice)
    assert notice.title == COMPOSED and notice.memo_number == COMPOSED
    assert notice.category == NoticeCategory.TENDER


@pytest.mark.django_db
def test_saving_a_notice_stores_nfc(bilingual_site):
    notice = NoticeFactory(title=DECOMPOSED, memo_number=DECOMPOSED)
    notice.refresh_from_db()
    assert (notice.title, notice.memo_number) == (COMPOSED, COMPOSED)


def test_search_words_are_nfc_with_single_spaces():
    assert clean_query(f"  {DECOMPOSED}\t ধান \n") == f"{COMPOSED} ধান"
    assert clean_query("") == "" and clean_query(None) == ""
