"""Wagtail's page list and find as this site answers them (api/pages.py): locales, each item's
translations, website paths in both languages, strict inputs (4xx problem+json, never 500)
and constant list queries."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests import factories
from tests.home.conftest import translate_page

pytestmark = pytest.mark.django_db


@pytest.fixture
def openapi(client, bilingual_site) -> dict:
    response = client.get("/api/v3/openapi.json")
    assert response.status_code == 200
    return response.json()


def test_lists_take_locale(client, bilingual_site):
    page = factories.ContentPageFactory(parent=bilingual_site.home_bn, slug="history", title="ইতিহাস")
    translate_page(page, bilingual_site.en, title="History")
    english = client.get("/api/v3/pages/", {"type": "home.ContentPage", "locale": "en"}).json()
    bengali = client.get("/api/v3/pages/", {"type": "home.ContentPage", "locale": "bn"}).json()
    assert [item["title"] for item in english["items"]] == ["History"]
    assert [item["title"] for item in bengali["items"]] == ["ইতিহাস"]
    others = client.get("/api/v3/pages/", {"translation_of": page.pk}).json()
    assert [(item["meta"]["locale"], item["title"]) for item in others["items"]] == [("en", "History")]


def test_list_items_name_their_translations(client, bilingual_site):
    page = factories.ContentPageFactory(parent=bilingual_site.home_bn, slug="history", title="ইতিহাস")
    english = translate_page(page, bilingual_site.en, title="History")
    untranslated = factories.ContentPageFactory(parent=bilingual_site.home_bn, slug="only-bn", title="শুধু বাংলা")
    items = client.get("/api/v3/pages/", {"type": "home.ContentPage", "locale": "bn"}).json()["items"]
    by_id = {item["id"]: item for item in items}
    assert by_id[page.pk]["translations"] == {
        "en": {
            "id": english.pk,
            "title": "History",
            "url": english.get_full_url(),
            "detail_url": f"http://testserver/api/v3/pages/{english.pk}/",
        }
    }
    assert by_id[untranslated.pk]["translations"] == {}
    english_items = client.get("/api/v3/pages/", {"type": "home.ContentPage", "locale": "en"}).json()["items"]
    assert [item["translations"]["bn"]["id"] for item in english_items] == [page.pk]
    # The detail page and the list agree on what a translation is.
    assert client.get(f"/api/v3/pages/{page.pk}/").json()["translations"] == by_id[page.pk]["translations"]


def test_list_leaves_out_unpublished_translations(client, bilingual_site):
    page = factories.ContentPageFactory(parent=bilingual_site.home_bn, slug="history", title="ইতিহাস")
    english = translate_page(page, bilingual_site.en, title="History")
    english.unpublish()
    items = client.get("/api/v3/pages/", {"type": "home.ContentPage"}).json()["items"]
    assert [item["translations"] for item in items] == [{}]


def test_list_item_translations_are_in_the_openapi_document(openapi):
    schema = openapi["components"]["schemas"]["PageListItemSchema"]
    assert "translations" in schema["properties"]
    listing = openapi["paths"]["/api/v3/pages/"]["get"]["responses"]["200"]["content"]["application/json"]
    assert listing["schema"]["$ref"].endswith("PagedPageListItemSchema")


BAD_REQUESTS = [
    ("/api/v3/pages/?limit=101", 400),
    ("/api/v3/pages/?limit=0", 422),
    ("/api/v3/pages/?limit=abc", 422),
    ("/api/v3/pages/?offset=-1", 422),
    ("/api/v3/pages/?offset=99999999999999999999999", 422),
    ("/api/v3/pages/?type=home.NoSuchPage", 422),
    ("/api/v3/pages/?child_of=abc", 422),
    ("/api/v3/pages/?child_of=999999", 422),
    ("/api/v3/pages/?descendant_of=-1", 422),
    ("/api/v3/pages/?child_of=1&descendant_of=1", 422),
    ("/api/v3/pages/?translation_of=999999", 422),
    ("/api/v3/pages/?locale=xx", 404),
    ("/api/v3/pages/?site=::::", 422),
    ("/api/v3/pages/?site=testserver:http", 422),
    ("/api/v3/pages/?site=testserver:99999999999999999999", 422),
    ("/api/v3/pages/?order=no_such_field", 422),
    ("/api/v3/pages/?search_operator=maybe&search=x", 422),
    ("/api/v3/pages/?no_such_filter=1", 422),
    ("/api/v3/pages/?fields=*", 422),
    ("/api/v3/pages/?type=home.MahalPage&photo_detail=x", 422),
    ("/api/v3/pages/?type=home.MahalPage&translations=x", 422),
    ("/api/v3/pages/?type=home.MahalPage&lease_year_from=abc", 422),
    ("/api/v3/pages/?type=home.MahalPage&lease_starts=not-a-date", 422),
    ("/api/v3/pages/?show_in_menus=maybe", 422),
    ("/api/v3/pages/?id=abc", 422),
    ("/api/v3/pages/abc/", 422),
    ("/api/v3/pages/0/", 404),
    ("/api/v3/pages/99999999999999999999999/", 404),
    ("/api/v3/pages/{home}/?version=old", 422),
    ("/api/v3/pages/{home}/?rich_text_format=pdf", 422),
    ("/api/v3/pages/{home}/?unknown=1", 422),
    ("/api/v3/pages/{home}/?rich_text_format=db_html", 422),
    ("/api/v3/pages/{home}/?rich_text_format=db_markdown", 422),
    ("/api/v3/pages/find/?id=abc", 422),
    ("/api/v3/pages/find/?html_path=/no/such/page/", 404),
    ("/api/v3/pages/find/?html_path=/en/no/such/page/", 404),
    ("/api/v3/pages/find/?html_path=/en/&site=no.such.site", 404),
    ("/api/v3/pages/find/?html_path=/en/&site=testserver:port", 422),
    ("/api/v3/pages/find/?unknown=1", 422),
    ("/api/v3/pages/find/?html_path=/x/&site=i%23%12&site=FALSE:true&version=draft", 422),
]


@pytest.mark.parametrize(("url", "status"), BAD_REQUESTS)
def test_bad_inputs_answer_problem_json_never_500(client, bilingual_site, url, status):
    response = client.get(url.format(home=bilingual_site.home_bn.pk))
    assert response.status_code == status
    assert response["Content-Type"] == "application/problem+json"
    assert response.json()["status"] == status


def test_unknown_filter_is_named_in_the_request_language(client, bilingual_site):
    english = client.get("/api/v3/pages/?no_such_filter=1&locale=en").json()
    assert english["errors"] == [
        {
            "type": "unknown_parameter",
            "loc": ["query", "no_such_filter"],
            "msg": "This query parameter is not known here.",
        }
    ]
    bengali = client.get("/api/v3/pages/?no_such_filter=1", HTTP_ACCEPT_LANGUAGE="bn").json()
    assert bengali["errors"][0]["msg"] == "এখানে এই কুয়েরি প্যারামিটার গ্রহণযোগ্য নয়।"


def test_public_rich_text_formats_still_work(client, bilingual_site):
    for rich_text_format in ("html", "markdown"):
        response = client.get(f"/api/v3/pages/{bilingual_site.home_bn.pk}/", {"rich_text_format": rich_text_format})
        assert response.status_code == 200


def test_find_with_a_good_site_and_port_still_redirects_to_the_page(client, bilingual_site):
    response = client.get("/api/v3/pages/find/", {"html_path": "/", "site": "testserver:80"})
    assert response.status_code == 302
    assert response["Location"].startswith(f"/api/v3/pages/{bilingual_site.home_bn.pk}/")


@pytest.mark.parametrize(
    ("html_path", "expected"),
    [
        ("/en/history/", "english"),
        ("/bn/history/", "bengali"),
        ("/history/", "bengali"),  # Wagtail's own find: under the site's root, the Bengali home page
        ("/en/", "home_en"),
        ("/bn/", "home_bn"),
    ],
)
def test_find_takes_the_website_paths_of_both_languages(client, bilingual_site, html_path, expected):
    page = factories.ContentPageFactory(parent=bilingual_site.home_bn, slug="history", title="ইতিহাস")
    english = translate_page(page, bilingual_site.en, title="History")
    pages = {"english": english, "bengali": page, "home_en": bilingual_site.home_en, "home_bn": bilingual_site.home_bn}
    response = client.get("/api/v3/pages/find/", {"html_path": html_path, "version": "live"})
    assert response.status_code == 302
    assert response["Location"] == f"/api/v3/pages/{pages[expected].pk}/?version=live"
    assert client.get(response["Location"]).json()["id"] == pages[expected].pk


def test_find_never_gives_an_unpublished_page_by_its_path(client, bilingual_site):
    page = factories.ContentPageFactory(parent=bilingual_site.home_bn, slug="history", title="ইতিহাস")
    english = translate_page(page, bilingual_site.en, title="History")
    english.unpublish()
    assert client.get("/api/v3/pages/find/", {"html_path": "/en/history/"}).status_code == 404
    # As in Wagtail's find, an id answers when the path finds nothing.
    fallback = client.get("/api/v3/pages/find/", {"html_path": "/en/history/", "id": page.pk})
    assert fallback["Location"].startswith(f"/api/v3/pages/{page.pk}/")


def test_known_field_filters_still_work(client, bilingual_site):
    index = factories.MahalIndexPageFactory(parent=bilingual_site.home_bn)
    factories.MahalPageFactory(parent=index, slug="a", status="leased")
    factories.MahalPageFactory(parent=index, slug="b", status="vacant")
    response = client.get("/api/v3/pages/", {"type": "home.MahalPage", "status": "vacant", "limit": 100})
    assert response.status_code == 200
    assert [item["meta"]["slug"] for item in response.json()["items"]] == ["b"]


def test_limit_is_capped_at_the_setting(client, bilingual_site, settings):
    assert settings.WAGTAILAPI_LIMIT_MAX == 100
    assert client.get("/api/v3/pages/?limit=100").status_code == 200
    assert client.get("/api/v3/pages/?limit=101").status_code == 400


def _count_queries(client, url: str, params: dict) -> tuple[int, int]:
    client.get(url, params)  # warm-up: per-process caches (content types, sites) are made once
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url, params)
    assert response.status_code == 200
    return len(queries), response.json()["count"]


@pytest.mark.parametrize("listing", ["children", "type", "all"])
def test_page_list_queries_stay_constant_from_5_to_50_pages(client, bilingual_site, listing):
    index = factories.MahalIndexPageFactory(parent=bilingual_site.home_bn)
    translate_page(index, bilingual_site.en)
    params = {
        "children": {"child_of": index.pk, "limit": 100},
        "type": {"type": "home.MahalPage", "limit": 100},
        "all": {"limit": 100},
    }[listing]
    counts = []
    for total in (5, 50):
        while index.get_children().count() < total:
            mahal = factories.MahalPageFactory(parent=index)
            if mahal.pk % 5 == 0:  # some items have translations to name
                translate_page(mahal, bilingual_site.en)
        queries, count = _count_queries(client, "/api/v3/pages/", params)
        assert count >= total
        counts.append(queries)
    assert counts[0] == counts[1]
