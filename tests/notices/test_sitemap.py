"""Notices have their own pages in the sitemap, with hreflang alternates when translated."""

from xml.etree import ElementTree

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.factories import NoticeFactory
from tests.notices.conftest import translate_notice

pytestmark = pytest.mark.django_db

SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
XHTML = "{http://www.w3.org/1999/xhtml}"


def sitemap_urls(client) -> dict:
    root = ElementTree.fromstring(client.get("/sitemap.xml").content)  # noqa: S314 - our own server's output
    return {url.find(f"{SITEMAP}loc").text: url for url in root.findall(f"{SITEMAP}url")}


def test_live_notices_are_listed_with_their_translations(client, boards, bilingual_site):
    notice = NoticeFactory(locale=bilingual_site.bn, title="জলমহাল ইজারা বিজ্ঞপ্তি")
    english = translate_notice(notice, bilingual_site.en, "Jalmahal lease notice")
    draft = NoticeFactory(locale=bilingual_site.bn, title="খসড়া")
    draft.live = False
    draft.save()
    urls = sitemap_urls(client)
    bn_url = f"http://testserver/bn/{boards.bn.slug}/{notice.pk}/"
    en_url = f"http://testserver/en/{boards.en.slug}/{english.pk}/"
    assert bn_url in urls and en_url in urls
    assert f"http://testserver/bn/{boards.bn.slug}/{draft.pk}/" not in urls
    alternates = {link.get("hreflang"): link.get("href") for link in urls[en_url].findall(f"{XHTML}link")}
    assert alternates == {"bn": bn_url, "en": en_url, "x-default": bn_url}


def test_notice_sitemap_queries_do_not_grow_with_notices(client, boards, bilingual_site):
    for _ in range(5):
        NoticeFactory(locale=bilingual_site.bn)
    client.get("/sitemap.xml")
    with CaptureQueriesContext(connection) as few:
        client.get("/sitemap.xml")
    for _ in range(45):
        NoticeFactory(locale=bilingual_site.bn)
    with CaptureQueriesContext(connection) as many:
        client.get("/sitemap.xml")
    assert len(many) == len(few)
