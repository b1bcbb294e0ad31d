"""The notice board in both languages, on top of the shared bilingual site."""

from dataclasses import dataclass

import pytest

from notices.models import Notice, NoticeIndexPage
from tests.factories import NoticeIndexPageFactory


@dataclass
class Boards:
    bn: NoticeIndexPage
    en: NoticeIndexPage


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
