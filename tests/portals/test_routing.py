"""Each portal answers for its own Host: pages in both languages, board, feeds, search, sitemap,
robots.txt and the API; the district keeps answering for every other host."""

import re

import pytest

from tests.factories import NoticeFactory
from tests.notices.conftest import translate_notice
from tests.portals.conftest import MITHAPUKUR_HOST

pytestmark = pytest.mark.django_db

UPAZILA = {"HTTP_HOST": MITHAPUKUR_HOST}


def test_each_portal_has_its_home_in_both_languages(client, portals):
    assert "মিঠাপুকুর" in client.get("/bn/", **UPAZILA).content.decode()
    english = client.get("/en/", **UPAZILA).content.decode()
    assert "Mithapukur" in english
    assert "Upazila Nirbahi Officer&#x27;s Office, Mithapukur" in english  # its own office settings
    district = client.get("/en/").content.decode()  # testserver: the default site
    assert "Mithapukur" not in district
    assert client.get("/en/", HTTP_HOST="127.0.0.1").status_code == 200


def test_board_shows_its_own_notices_and_the_shared_ones_marked(client, portals, bilingual_site):
    own = NoticeFactory(title="মিঠাপুকুরের বিজ্ঞপ্তি", portal=portals.mithapukur.site)
    district_only = NoticeFactory(title="জেলার নিজস্ব বিজ্ঞপ্তি")
    circular = NoticeFactory(title="সব উপজেলার জন্য পরিপত্র")
    circular.shared_with.add(portals.mithapukur.site)
    translate_notice(circular, bilingual_site.en, "A circular for every upazila")

    upazila_board = client.get("/bn/notices/", **UPAZILA).content.decode()
    assert own.title in upazila_board and circular.title in upazila_board
    assert district_only.title not in upazila_board
    assert upazila_board.count('class="notice-shared"') == 1
    # The English board shows the shared circular's translation, still marked as the district's.
    english_board = client.get("/en/notices/", **UPAZILA).content.decode()
    assert "A circular for every upazila" in english_board and 'class="notice-shared"' in english_board

    district_board = client.get("/bn/notices/").content.decode()
    assert own.title not in district_board
    assert district_only.title in district_board and circular.title in district_board
    assert 'class="notice-shared"' not in district_board
    # Another portal's notice has no page on this board.
    assert client.get(f"/bn/notices/{own.pk}/").status_code == 404
    assert client.get(f"/bn/notices/{circular.pk}/", **UPAZILA).status_code == 200


def test_feeds_search_and_sitemap_are_per_portal(client, portals):
    own = NoticeFactory(title="মিঠাপুকুরের হাট ইজারা", portal=portals.mithapukur.site)
    other = NoticeFactory(title="জেলার হাট ইজারা")

    feed = client.get("/bn/notices/feed/", **UPAZILA).content.decode()
    assert own.title in feed and other.title not in feed
    assert f"http://{MITHAPUKUR_HOST}/bn/notices/{own.pk}/" in feed

    # Matched words are marked (<mark>), so the titles are compared as text.
    results = re.sub(r"</?mark>", "", client.get("/bn/search/", {"q": "ইজারা"}, **UPAZILA).content.decode())
    assert own.title in results and other.title not in results
    district_results = re.sub(r"</?mark>", "", client.get("/bn/search/", {"q": "ইজারা"}).content.decode())
    assert other.title in district_results and own.title not in district_results

    sitemap = client.get("/sitemap.xml", **UPAZILA).content.decode()
    assert f"http://{MITHAPUKUR_HOST}/bn/notices/{own.pk}/" in sitemap
    assert f"http://{MITHAPUKUR_HOST}/en/" in sitemap
    assert "testserver" not in sitemap and other.title not in sitemap
    assert f"/bn/notices/{other.pk}/" not in sitemap
    assert f"Sitemap: http://{MITHAPUKUR_HOST}/sitemap.xml" in client.get("/robots.txt", **UPAZILA).content.decode()


def test_api_answers_for_the_host_or_the_site_filter(client, portals):
    own = NoticeFactory(title="মিঠাপুকুরের দরপত্র", portal=portals.mithapukur.site)
    circular = NoticeFactory(title="জেলার পরিপত্র")
    circular.shared_with.add(portals.mithapukur.site)
    NoticeFactory(title="শুধু জেলার বিজ্ঞপ্তি")

    by_host = client.get("/api/v3/notices/", **UPAZILA).json()
    assert {item["title"]: item["shared"] for item in by_host["items"]} == {own.title: False, circular.title: True}
    assert by_host["items"][0]["url"].startswith(f"http://{MITHAPUKUR_HOST}/bn/notices/")
    by_filter = client.get("/api/v3/notices/", {"site": MITHAPUKUR_HOST}).json()
    assert {item["title"] for item in by_filter["items"]} == {own.title, circular.title}
    assert client.get("/api/v3/notices/", {"site": "nowhere.localhost"}).status_code == 404
    assert client.get(f"/api/v3/notices/{own.pk}/").status_code == 404
    assert client.get(f"/api/v3/notices/{own.pk}/", **UPAZILA).status_code == 200

    pages = client.get("/api/v3/pages/", {"limit": 50}, **UPAZILA).json()["items"]
    assert {page["title"] for page in pages} == {"মিঠাপুকুর", "Mithapukur", "নোটিশ বোর্ড", "Notice board"}
    district_pages = client.get("/api/v3/pages/", {"site": MITHAPUKUR_HOST, "limit": 50}).json()["items"]
    assert {page["id"] for page in district_pages} == {page["id"] for page in pages}
