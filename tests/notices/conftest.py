"""The notice board in both languages, on top of the shared bilingual site."""

from dataclasses import dataclass

import pytest
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from notices.models import Notice, NoticeIndexPage
from tests.factories import NoticeIndexPageFactory


@dataclass
class Boards:
    bn: NoticeIndexPage
    en: NoticeIndexPage


def notice_admin_form(**overrides) -> dict:
    """The admin's notice form as an editor fills it in (a tender without files), with `overrides`."""
    data = {
        "title": "সড়ক মেরামতের দরপত্র",
        "category": "tender",
        "memo_number": "",
        "published_at": "2026-11-20 10:00",
        "expires_at": "2026-12-20 12:00",
        "body": rich_text("<p>দরপত্র জমার শেষ তারিখ ২০ ডিসেম্বর।</p>"),
        "photo": "",
        "photo_alt": "",
        "attachment": "",
        "attachments": streamfield([]),
    }
    data.update(overrides)
    return nested_form_data(data)


def build_boards(site) -> Boards:
    board_bn = NoticeIndexPageFactory(parent=site.home_bn, locale=site.bn)
    board_en = board_bn.copy_for_translation(site.en)
    board_en.title = "Notice board"
    board_en.intro = "<p>Notices and tenders of the district administration.</p>"
    board_en.save_revision().publish()
    return Boards(bn=board_bn, en=NoticeIndexPage.objects.get(pk=board_en.pk))


def translate_notice(notice: Notice, locale, title: str, body: str = "<p>A notice of the district.</p>") -> Notice:
    """The English twin of a Bengali notice, as wagtail-localize would leave it."""
    english = notice.copy_for_translation(locale)
    english.title = title
    english.body = body
    english.save()
    return english


@pytest.fixture
def boards(bilingual_site) -> Boards:
    return build_boards(bilingual_site)
