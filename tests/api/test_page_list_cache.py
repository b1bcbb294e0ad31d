"""The page list's items kept in the cache (api/pages.py, `page_list_items`): a repeated answer
validates no item again, and every change to what an item shows is in the very next answer, with
no purge: the title, the slug (and so the path of the page and its children), a translation added,
renamed, unpublished or deleted, the page unpublished."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from api import pages as api_pages
from tests import factories
from tests.home.conftest import translate_page

pytestmark = pytest.mark.django_db

URL = "/api/v3/pages/"


def _items(client, **params) -> dict[int, dict]:
    response = client.get(URL, {"type": "home.ContentPage", **params})
    assert response.status_code == 200
    return {item["id"]: item for item in response.json()["items"]}


@pytest.fixture
def validated(monkeypatch) -> list[int]:
    """The ids of the pages validated as list items (made, not taken from the cache)."""
    calls: list[int] = []
    schema = api_pages.PageListItemSchema
    validate = schema.model_validate

    def spy(page, **kwargs):
        calls.append(page.pk)
        return validate(page, **kwargs)

    monkeypatch.setattr(schema, "model_validate", spy)
    return calls


def test_a_repeated_answer_validates_no_item_again_and_is_the_same(client, bilingual_site, validated):
    pages = [factories.ContentPageFactory(parent=bilingual_site.home_bn, slug=f"page-{n}") for n in range(3)]
    translate_page(pages[0], bilingual_site.en, title="Page")
    first = client.get(URL).content
    assert set(validated) >= {page.pk for page in pages}
    validated.clear()
    with CaptureQueriesContext(connection) as warm:
        second = client.get(URL).content
    assert second == first
    assert validated == []
    assert len(warm) <= 12


def test_a_published_title_and_slug_show_at_once(client, bilingual_site):
    page = factories.ContentPageFactory(parent=bilingual_site.home_bn, slug="history", title="ইতিহাস")
    child = factories.ContentPageFactory(parent=page, slug="old-times", title="পুরনো দিন")
    before = _items(client)
    assert before[child.pk]["meta"]["html_url"].endswith("/bn/history/old-times/")

    page.title = "রংপুরের ইতিহাস"
    page.slug = "rangpur-history"
    page.save_revision().publish()
    after = _items(client)
    assert after[page.pk]["title"] == "রংপুরের ইতিহাস"
    assert after[page.pk]["meta"]["slug"] == "rangpur-history"
    assert after[page.pk]["meta"]["html_url"].endswith("/bn/rangpur-history/")
    # The child's own row changed only its path (Wagtail rewrites url_path of descendants).
    assert after[child.pk]["meta"]["html_url"].endswith("/bn/rangpur-history/old-times/")


def test_a_translation_added_renamed_unpublished_and_deleted_shows_at_once(client, bilingual_site):
    page = factories.ContentPageFactory(parent=bilingual_site.home_bn, slug="history", title="ইতিহাস")
    assert _items(client, locale="bn")[page.pk]["translations"] == {}

    english = translate_page(page, bilingual_site.en, title="History")
    assert _items(client, locale="bn")[page.pk]["translations"]["en"]["title"] == "History"

    english.title = "Our history"
    english.save_revision().publish()
    assert _items(client, locale="bn")[page.pk]["translations"]["en"]["title"] == "Our history"

    english.unpublish()
    assert _items(client, locale="bn")[page.pk]["translations"] == {}
    english.save_revision().publish()
    assert _items(client, locale="bn")[page.pk]["translations"]["en"]["id"] == english.pk
    english.delete()
    assert _items(client, locale="bn")[page.pk]["translations"] == {}


def test_an_unpublished_page_leaves_the_next_answer(client, bilingual_site):
    kept = factories.ContentPageFactory(parent=bilingual_site.home_bn, slug="kept")
    gone = factories.ContentPageFactory(parent=bilingual_site.home_bn, slug="gone")
    assert set(_items(client)) == {kept.pk, gone.pk}
    gone.unpublish()
    response = client.get(URL, {"type": "home.ContentPage"}).json()
    assert [item["id"] for item in response["items"]] == [kept.pk]
    assert response["count"] == 1


def test_a_new_hostname_of_the_site_shows_at_once(client, bilingual_site):
    page = factories.ContentPageFactory(parent=bilingual_site.home_bn, slug="history")
    before = _items(client)[page.pk]["meta"]["html_url"]
    site = bilingual_site.site
    site.hostname, site.port = "rangpur.example.org", 443
    site.save()
    after = _items(client)[page.pk]["meta"]["html_url"]
    assert after != before
    assert after == "https://rangpur.example.org/bn/history/"


def test_a_warm_answer_reads_its_rows_in_one_query_and_makes_no_page(client, bilingual_site, models_made):
    for n in range(3):
        page = factories.ContentPageFactory(parent=bilingual_site.home_bn, slug=f"page-{n}")
        translate_page(page, bilingual_site.en, title="Page")
    client.get(URL)
    with models_made() as made, CaptureQueriesContext(connection) as warm:
        answer = client.get(URL).json()
    assert answer["count"] == len(answer["items"]) >= 8  # two homes, six sections
    # The rows and the total in one query; no page or locale made for the items.
    rows = [query for query in warm.captured_queries if "OVER ()" in query["sql"]]
    assert len(rows) == 1 and not [
        query for query in warm.captured_queries if "COUNT(" in query["sql"] and query not in rows
    ]
    # Only the site's root page, which Wagtail's queryset reads to scope the list to the site.
    assert [model for model in made if model != "PageViewRestriction"] == ["Page"]


def test_the_limit_and_offset_are_kept_and_checked(client, bilingual_site):
    for n in range(3):
        factories.ContentPageFactory(parent=bilingual_site.home_bn, slug=f"page-{n}")
    everything = client.get(URL).json()
    second = client.get(URL, {"limit": 1, "offset": 1}).json()
    assert second["count"] == everything["count"] and second["items"] == everything["items"][1:2]
    assert client.get(URL, {"offset": 1000}).json() == {"count": everything["count"], "items": []}
    assert client.get(URL, {"limit": 100000}).status_code == 400  # beyond WAGTAILAPI_LIMIT_MAX


def test_with_caching_turned_off_the_answer_is_the_same(bilingual_site, cached_then_uncached):
    page = factories.ContentPageFactory(parent=bilingual_site.home_bn, slug="page")
    translate_page(page, bilingual_site.en, title="P")
    cached, uncached, queries = cached_then_uncached(URL)
    assert uncached == cached
    # The pages and the total in one query, read once (no rows first for keys), no count.
    assert len([sql for sql in queries if "OVER ()" in sql]) == 1
    assert not [sql for sql in queries if "COUNT(" in sql and "OVER ()" not in sql]
