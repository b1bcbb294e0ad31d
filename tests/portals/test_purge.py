"""Purges follow each portal's host: a change on Mithapukur purges Mithapukur's URLs (both
languages, its board, feeds, sitemap, home boxes and API) and none of the district's; a district
notice shared with Mithapukur purges Mithapukur's board too; Mithapukur's office settings purge
Mithapukur only."""

import pytest
from wagtail.models import Page

from home.models import OfficeSettings
from notices.models import NoticeCategory
from tests import factories
from tests.home.conftest import translate_page
from tests.portals.conftest import MITHAPUKUR_HOST

pytestmark = pytest.mark.django_db

DISTRICT = "http://testserver"
MITHAPUKUR = f"http://{MITHAPUKUR_HOST}"


def on_host(urls: set[str], host: str) -> set[str]:
    return {url for url in urls if url.startswith(f"{host}/")}


def pages_lists(host: str) -> set[str]:
    """What any page change on a portal purges: its sitemap and the API's canonical page lists."""
    return {
        f"{host}/sitemap.xml",
        f"{host}/api/v3/pages/",
        f"{host}/api/v3/pages/?locale=bn",
        f"{host}/api/v3/pages/?locale=en",
    }


def notice_set(host: str, notice, categories=("tender",)) -> set[str]:
    """Where a Bengali notice shows on the portal at `host`: both boards (the English board lists
    it until it is translated), their lists and feeds, both home pages, the sitemap and the API."""
    urls = {
        f"{host}/sitemap.xml",
        f"{host}/api/v3/notices/",
        f"{host}/api/v3/notices/?archived=true",
        f"{host}/api/v3/notices/?locale=bn",
        f"{host}/api/v3/notices/?locale=en",
        f"{host}/api/v3/notices/{notice.pk}/",
    }
    for language in ("bn", "en"):
        board = f"{host}/{language}/notices/"
        urls |= {f"{host}/{language}/", board, f"{board}archive/", f"{board}feed/", f"{board}{notice.pk}/"}
        for category in categories:
            urls |= {f"{board}?category={category}", f"{board}archive/?category={category}", f"{board}feed/{category}/"}
    return urls


@pytest.fixture
def mithapukur_pages(portals):
    """A section under Mithapukur's home and a page in it, both in Bengali and English."""
    home_bn = portals.mithapukur.site.root_page
    home_en = home_bn.get_translation(portals.mithapukur_board_en.locale)
    section_bn = factories.ContentPageFactory(parent=home_bn, slug="about")
    section_en = translate_page(section_bn, home_en.locale, title="About Mithapukur")
    page_bn = factories.ContentPageFactory(parent=section_bn, slug="history")
    page_en = translate_page(page_bn, home_en.locale, title="History")
    return {"home": (home_bn, home_en), "section": (section_bn, section_en), "page": (page_bn, page_en)}


def test_a_mithapukur_page_purges_its_urls_in_both_languages_on_mithapukurs_host_only(mithapukur_pages, purged):
    page_bn, page_en = mithapukur_pages["page"]
    section_bn, section_en = mithapukur_pages["section"]
    with purged.watch():
        page_bn.save_revision().publish()
    assert purged.urls() == pages_lists(MITHAPUKUR) | {
        f"{MITHAPUKUR}/bn/about/history/",
        f"{MITHAPUKUR}/en/about/history/",
        f"{MITHAPUKUR}/bn/about/",
        f"{MITHAPUKUR}/en/about/",
        f"{MITHAPUKUR}/api/v3/pages/{page_bn.pk}/",
        f"{MITHAPUKUR}/api/v3/pages/{page_en.pk}/",
        f"{MITHAPUKUR}/api/v3/pages/?child_of={section_bn.pk}",
        f"{MITHAPUKUR}/api/v3/pages/?child_of={section_en.pk}",
    }


def test_the_english_home_page_is_purged_with_mithapukurs_host(mithapukur_pages, purged):
    _home_bn, home_en = mithapukur_pages["home"]
    with purged.watch():
        home_en.save_revision().publish()
    urls = purged.urls()
    assert {f"{MITHAPUKUR}/bn/", f"{MITHAPUKUR}/en/", f"{MITHAPUKUR}/api/v3/locales/"} <= urls
    assert on_host(urls, DISTRICT) == set() and urls == on_host(urls, MITHAPUKUR)


def test_a_mithapukur_notice_purges_mithapukurs_board_feeds_homes_sitemap_and_api_only(portals, purged):
    notice = factories.NoticeFactory(
        title="মিঠাপুকুরের দরপত্র", category=NoticeCategory.TENDER, portal=portals.mithapukur.site
    )
    with purged.watch():
        notice.save_revision().publish()
    assert purged.urls() == notice_set(MITHAPUKUR, notice)


def test_a_district_notice_shared_with_mithapukur_purges_both_boards(portals, purged):
    notice = factories.NoticeFactory(title="সকল উপজেলার জন্য পরিপত্র", category=NoticeCategory.TENDER)
    notice.shared_with.add(portals.mithapukur.site)
    with purged.watch():
        notice.save_revision().publish()
    assert purged.urls() == notice_set(DISTRICT, notice) | notice_set(MITHAPUKUR, notice)

    # Not shared any more: the next change purges the district's board only.
    notice.shared_with.clear()
    with purged.watch():
        notice.save_revision().publish()
    assert purged.urls() == notice_set(DISTRICT, notice)


def test_mithapukurs_office_settings_purge_every_mithapukur_url_and_no_district_url(portals, mithapukur_pages, purged):
    own = factories.NoticeFactory(title="মিঠাপুকুরের বিজ্ঞপ্তি", portal=portals.mithapukur.site)
    shared = factories.NoticeFactory(title="জেলার পরিপত্র")
    shared.shared_with.add(portals.mithapukur.site)
    district_only = factories.NoticeFactory(title="জেলার নিজের বিজ্ঞপ্তি")
    office = OfficeSettings.for_site(portals.mithapukur.site)
    office.phone = "০৫২২৩-৫৬০০১"
    with purged.watch():
        office.save()
    urls = purged.urls()
    assert on_host(urls, DISTRICT) == set() and urls == on_host(urls, MITHAPUKUR)
    pages = Page.objects.live().filter(pk__in=[page.pk for pair in mithapukur_pages.values() for page in pair])
    assert {page.get_full_url() for page in pages} <= urls
    assert {f"{MITHAPUKUR}/api/v3/pages/{page.pk}/" for page in pages} <= urls
    assert pages_lists(MITHAPUKUR) | {f"{MITHAPUKUR}/api/v3/locales/"} <= urls
    for notice in (own, shared):
        assert {
            f"{MITHAPUKUR}/bn/notices/{notice.pk}/",
            f"{MITHAPUKUR}/en/notices/{notice.pk}/",
            f"{MITHAPUKUR}/api/v3/notices/{notice.pk}/",
        } <= urls
    # Only the notices Mithapukur shows: the district's own are not on its board or in its API.
    assert not [url for url in urls if f"/{district_only.pk}/" in url and "/notices/" in url]
