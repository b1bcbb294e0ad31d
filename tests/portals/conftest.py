"""Two portals on one installation: the district (the default site) and Mithapukur."""

from dataclasses import dataclass

import pytest
from wagtail.models import Site

from home.models import Portal
from notices.models import NoticeIndexPage
from portals.provision import PortalFacts, create_portal
from tests.notices.conftest import Boards, build_boards

MITHAPUKUR_HOST = "mithapukur.localhost"


def mithapukur_facts(**overrides) -> PortalFacts:
    values = {
        "kind": "upazila",
        "slug": "mithapukur",
        "name_bn": "মিঠাপুকুর",
        "name_en": "Mithapukur",
        "hostname": MITHAPUKUR_HOST,
        "port": 80,
        "head_bn": "উপজেলা নির্বাহী অফিসার, মিঠাপুকুর",
        "head_en": "Upazila Nirbahi Officer, Mithapukur",
    }
    values.update(overrides)
    return PortalFacts(**values)


@dataclass
class Portals:
    district: Site
    district_boards: Boards
    mithapukur: Portal
    mithapukur_board_bn: NoticeIndexPage
    mithapukur_board_en: NoticeIndexPage


@pytest.fixture
def portals(bilingual_site) -> Portals:
    district_boards = build_boards(bilingual_site)
    mithapukur = create_portal(mithapukur_facts())
    boards = NoticeIndexPage.live_boards(mithapukur.site_id)
    return Portals(
        district=bilingual_site.site,
        district_boards=district_boards,
        mithapukur=mithapukur,
        mithapukur_board_bn=boards.get(locale=bilingual_site.bn),
        mithapukur_board_en=boards.get(locale=bilingual_site.en),
    )
