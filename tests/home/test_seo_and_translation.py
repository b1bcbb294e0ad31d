"""The sitemap in both languages, meta and Open Graph tags, and honest English pages: a page
shown in Bengali on /en/ says so, and menus follow the reader's language."""

from xml.etree import ElementTree

import pytest
import wagtail_factories
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page
from wagtail_localize.models import StringSegment, StringTranslation, Translation, TranslationSource

from tests import factories
from tests.home.conftest import translate_page

pytestmark = pytest.mark.django_db

SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
XHTML = "{http://www.w3.org/1999/xhtml}"


def test_sitemap_lists_both_languages_with_hreflang_alternates(client, sections):
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    root = ElementTree.fromstring(response.content)  # noqa: S314 - our own server's output
    urls = {url.find(f"{SITEMAP}loc").text: url for url in root.findall(f"{SITEMAP}url")}
    assert "http://testserver/bn/" in urls and "http://testserver/en/" in urls
    assert "http://testserver/bn/sairat-mahals/" in urls
    assert "http://testserver/en/sairat-mahals/" in urls
    alternates = {
        link.get("hreflang"): link.get("href")
        for link in urls["http://testserver/en/sairat-mahals/"].findall(f"{XHTML}link")
    }
    assert alternates == {
        "bn": "http://testserver/bn/sairat-mahals/",
        "en": "http://testserver/en/sairat-mahals/",
        "x-default": "http://testserver/bn/sairat-mahals/",
    }


def test_sitemap_leaves_out_drafts_and_gives_untranslated_pages_no_alternates(client, sections):
    factories.MahalPageFactory(parent=sections.indexes_bn["mahals"], slug="only-bengali")
    draft = factories.MahalPageFactory(parent=sections.indexes_bn["mahals"], slug="draft")
    draft.unpublish()
    root = ElementTree.fromstring(client.get("/sitemap.xml").content)  # noqa: S314
    urls = {url.find(f"{SITEMAP}loc").text: url for url in root.findall(f"{SITEMAP}url")}
    assert "http://testserver/bn/sairat-mahals/draft/" not in urls
    assert urls["http://testserver/bn/sairat-mahals/only-bengali/"].findall(f"{XHTML}link") == []


def test_sitemap_query_count_does_not_grow_with_pages(client, sections):
    index = sections.indexes_bn["offices"]
    for number in range(5):
        factories.OfficePageFactory(parent=index, slug=f"office-{number}")
    client.get("/sitemap.xml")
    with CaptureQueriesContext(connection) as few:
        client.get("/sitemap.xml")
    for number in range(5, 50):
        factories.OfficePageFactory(parent=index, slug=f"office-{number}")
    with CaptureQueriesContext(connection) as many:
        client.get("/sitemap.xml")
    assert len(many.captured_queries) == len(few.captured_queries)


def test_pages_carry_description_canonical_hreflang_and_open_graph(client, sections):
    page = factories.TouristSpotPageFactory(
        parent=sections.indexes_bn["tourism"],
        slug="tajhat",
        title="তাজহাট জমিদার বাড়ি",
        intro="বিশ শতকের শুরুতে নির্মিত প্রাসাদ।",
        photo=wagtail_factories.ImageFactory(),
        photo_alt="তাজহাট প্রাসাদের সামনের দিক",
    )
    translate_page(page, sections.site.en, title="Tajhat Palace", intro="A palace built early in the 20th century.")
    bengali = client.get("/bn/tourism/tajhat/").text
    assert '<meta name="description" content="বিশ শতকের শুরুতে নির্মিত প্রাসাদ।">' in bengali
    assert '<link rel="canonical" href="http://testserver/bn/tourism/tajhat/">' in bengali
    assert '<link rel="alternate" hreflang="en" href="http://testserver/en/tourism/tajhat/">' in bengali
    assert '<meta property="og:title" content="তাজহাট জমিদার বাড়ি">' in bengali
    assert '<meta property="og:locale" content="bn_BD">' in bengali
    assert '<meta property="og:locale:alternate" content="en_GB">' in bengali
    assert '<meta property="og:image" content="http://testserver/media/' in bengali
    assert '<meta property="og:image:alt" content="তাজহাট প্রাসাদের সামনের দিক">' in bengali
    english = client.get("/en/tourism/tajhat/").text
    assert '<meta property="og:description" content="A palace built early in the 20th century.">' in english
    assert '<meta property="og:type" content="article">' in english


def test_home_page_description_comes_from_the_welcome_message(client, sections):
    html = client.get("/bn/").text
    assert '<meta name="description" content="রংপুর জেলা প্রশাসনের ওয়েব পোর্টালে স্বাগত।">' in html
    assert '<meta property="og:type" content="website">' in html


def test_english_alias_of_a_bengali_page_says_it_is_untranslated(client, sections):
    page = factories.OfficePageFactory(parent=sections.indexes_bn["offices"], slug="bbs", title="জেলা পরিসংখ্যান কার্যালয়")
    alias = page.create_alias(parent=sections.indexes_en["offices"], update_locale=sections.site.en)
    assert alias.url == "/en/offices/bbs/"
    html = client.get("/en/offices/bbs/").text
    assert "This page has not been translated into English yet, so it is shown in Bengali." in html
    assert 'href="/bn/offices/bbs/" hreflang="bn"' in html
    # The translated pages say nothing of the sort.
    assert "not been translated" not in client.get("/en/offices/").text
    assert "অনুবাদ হয়নি" not in client.get("/bn/offices/bbs/").text


def test_partly_translated_page_says_which_parts_are_in_bengali(client, sections):
    page = factories.ContentPageFactory(
        parent=sections.site.home_bn, slug="about", title="পরিচিতি", intro="রংপুর জেলার পরিচিতি।"
    )
    source, _created = TranslationSource.get_or_create_from_instance(page)
    translation = Translation.objects.create(source=source, target_locale=sections.site.en)
    title = StringSegment.objects.get(source=source, string__data="পরিচিতি")
    StringTranslation.objects.create(
        translation_of=title.string, locale=sections.site.en, context=title.context, data="About"
    )
    translation.save_target(publish=False)  # wagtail-localize fills untranslated strings from the source
    english = page.get_translation(sections.site.en)
    english.get_latest_revision().publish()
    html = client.get("/en/about/").text
    assert "About" in html
    assert "Parts of this page have not been translated into English yet and are shown in Bengali." in html
    # Once every string (the slug too) is translated and published, the notice goes.
    remaining = StringSegment.objects.filter(source=source).exclude(string__translations__locale=sections.site.en)
    for segment in remaining:
        StringTranslation.objects.create(
            translation_of=segment.string,
            locale=sections.site.en,
            context=segment.context,
            data=f"EN {segment.string.data}",
        )
    translation.save_target(publish=False)
    english.get_latest_revision().publish()
    assert "not been translated" not in client.get("/en/about/").text


def test_menu_follows_the_locale_and_skips_untranslated_sections(client, sections):
    bengali_only = factories.ContentPageFactory(
        parent=sections.site.home_bn, slug="bengali-only", title="শুধু বাংলা", show_in_menus=True
    )
    assert f'href="{bengali_only.url}"' in client.get("/bn/").text
    english = client.get("/en/").text
    menu = english.split('<nav class="main-nav"')[1].split("</nav>")[0]
    assert "শুধু বাংলা" not in menu and "bengali-only" not in menu
    assert not Page.objects.filter(locale=sections.site.en, slug="bengali-only").exists()


def test_bengali_documents_on_english_pages_are_marked_as_bengali(client, sections):
    document = wagtail_factories.DocumentFactory(title="জলমহাল ইজারা নীতিমালা")
    english = sections.indexes_en["mahals"]
    english.attachment = document
    english.save_revision().publish()
    html = client.get(english.url).text
    assert 'lang="bn">জলমহাল ইজারা নীতিমালা</a> <span class="file-meta">(in Bengali)</span>' in html
