"""The in-process page cache (core/page_cache.py) and its purge backend. Issue 10, item 1."""

import os
import subprocess
import sys
import uuid
from pathlib import Path

import pytest
from django.core.cache import caches
from wagtail.contrib.frontend_cache.utils import get_backends

from core.page_cache import HEADER, PageCacheBackend, purge_hosts
from rangpur_cms.settings import base
from tests.eservice.factories import make_application
from tests.factories import ContentPageFactory, NoticeFactory
from tests.rangpur_cms.test_cache_settings import REDIS_URL, requires_redis

pytestmark = pytest.mark.django_db
PROJECT = Path(__file__).resolve().parents[2]


@pytest.fixture
def page_cache(settings):
    settings.PAGE_CACHE_ENABLED = True
    caches["pagecache"].clear()
    yield caches["pagecache"]
    caches["pagecache"].clear()


@pytest.fixture
def portal(page_cache, centre, boards):
    return {"centre": centre, "boards": boards, "notice": NoticeFactory(title="সড়ক মেরামতের দরপত্র")}


def state(response) -> str:
    return response[HEADER]


CACHED_URLS = [
    "/bn/",
    "/en/",
    "/bn/notices/",
    "/bn/eservice/",
    "/bn/search/?q=রংপুর",
    "/sitemap.xml",
    "/api/v3/pages/",
    "/api/v3/notices/?locale=en&limit=20",
    "/api/v3/services/",
]


@pytest.mark.parametrize("url", CACHED_URLS)
def test_the_second_anonymous_request_is_a_hit_that_costs_no_query(client, portal, django_assert_num_queries, url):
    first = client.get(url)
    assert first.status_code == 200 and state(first) == "miss"
    with django_assert_num_queries(0):
        second = client.get(url)
    assert state(second) == "hit"
    assert second.status_code == 200
    assert second.content == first.content
    assert second["ETag"] == first["ETag"] and second["Content-Type"] == first["Content-Type"]
    assert second["Cache-Control"] == first["Cache-Control"] and "public" in second["Cache-Control"]
    assert int(second["Age"]) >= 0
    # Headers added outside the cache are there on a hit too.
    assert second.has_header("Content-Security-Policy") or url.startswith("/api/")
    # A conditional request is answered from the cache with 304.
    with django_assert_num_queries(0):
        assert client.get(url, HTTP_IF_NONE_MATCH=first["ETag"]).status_code == 304


def test_head_is_answered_from_the_stored_get(client, portal, django_assert_num_queries):
    get = client.get("/bn/notices/")
    with django_assert_num_queries(0):
        head = client.head("/bn/notices/")
    assert state(head) == "hit" and head.content == b"" and head["ETag"] == get["ETag"]


def test_the_query_string_and_the_language_are_part_of_the_key(client, portal):
    assert state(client.get("/bn/notices/")) == "miss"
    assert state(client.get("/bn/notices/?category=tender")) == "miss"
    assert state(client.get("/bn/notices/?category=tender")) == "hit"
    assert state(client.get("/api/v3/notices/", HTTP_ACCEPT_LANGUAGE="en")) == "miss"
    assert state(client.get("/api/v3/notices/", HTTP_ACCEPT_LANGUAGE="bn")) == "miss"
    english = client.get("/api/v3/notices/", HTTP_ACCEPT_LANGUAGE="en")
    assert state(english) == "hit" and english["Content-Language"] == "en"


def test_reading_options_make_at_most_six_variants_of_a_page(client, portal):
    texts = [None, "normal", "large", "larger", "huge", "<script>", ""]
    contrasts = [None, "on", "off", "yes", "ON"]
    misses = 0
    for _round in range(2):
        for text in texts:
            for contrast in contrasts:
                client.cookies.clear()
                if text is not None:
                    client.cookies["a11y_text"] = text
                if contrast is not None:
                    client.cookies["a11y_contrast"] = contrast
                response = client.get("/bn/notices/")
                misses += state(response) == "miss"
                expected = f"text-{text if text in ('large', 'larger') else 'normal'}"
                expected += " high-contrast" if contrast == "on" else ""
                assert f'class="{expected}"' in response.text, (text, contrast)
    assert misses == 6
    # The API shows no reading options: one copy whatever the cookies.
    client.cookies["a11y_text"] = "larger"
    assert state(client.get("/api/v3/notices/")) == "miss"
    client.cookies["a11y_text"] = "large"
    assert state(client.get("/api/v3/notices/")) == "hit"


def test_other_cookies_do_not_split_the_cache(client, portal):
    assert state(client.get("/bn/")) == "miss"
    client.get("/bn/eservice/apply/khatian-copy/")  # the form sets the csrftoken cookie
    assert "csrftoken" in client.cookies
    client.cookies["_ga"] = "GA1.1.123"
    assert state(client.get("/bn/")) == "hit"


# --- never stored -----------------------------------------------------------------------------


def test_a_receipt_is_never_stored_and_its_pdf_is_rendered_once(client, portal, renders, fresh_rate_limits):
    centre = portal["centre"]
    receipt = centre.page_bn.receipt_url(make_application(centre.plain))
    for url in (receipt, receipt, receipt + "&format=pdf", receipt + "&format=pdf"):
        response = client.get(url)
        assert response.status_code == 200
        assert state(response) == "pass" and "no-store" in response["Cache-Control"]
    # The PDF is kept in private storage per state of the application, never in the page cache.
    assert len(renders) == 1
    assert response.content.startswith(b"%PDF")


@pytest.mark.parametrize("url", ["/bn/eservice/apply/khatian-copy/", "/en/eservice/track/", "/bn/feedback/"])
def test_form_pages_are_never_stored(client, portal, feedback_pages, url):
    # apply/ and track/ are private paths (never looked up); the feedback page is a page like
    # any other until its CSRF token makes its answer private.
    states = [state(client.get(url)) for _ in range(3)]
    assert "hit" not in states


def test_tracking_results_and_posts_are_never_stored(client, portal):
    application = make_application(portal["centre"].plain)
    form = {"tracking_number": application.tracking_number, "mobile": "01712345678"}
    first = client.post("/en/eservice/track/", form)
    second = client.post("/en/eservice/track/", form)
    assert state(first) == state(second) == "pass"
    assert application.tracking_number in second.text and "no-store" in second["Cache-Control"]


def test_a_request_with_a_session_is_never_served_from_the_cache_nor_stored(client, portal, admin_user):
    anonymous = client.get("/bn/notices/")
    assert state(anonymous) == "miss"
    client.force_login(admin_user)
    signed_in = client.get("/bn/notices/")
    assert state(signed_in) == "pass" and "no-store" in signed_in["Cache-Control"]
    # What a signed-in editor saw on a page never stored is not served to anyone.
    assert state(client.get("/bn/")) == "pass"
    client.logout()
    client.cookies.clear()
    assert state(client.get("/bn/")) == "miss"
    assert state(client.get("/bn/notices/")) == "hit"


def test_a_token_is_never_served_from_the_cache(client, portal):
    client.get("/api/v3/notices/")
    assert state(client.get("/api/v3/notices/")) == "hit"
    with_token = client.get("/api/v3/notices/", HTTP_AUTHORIZATION="Bearer not-a-real-token")
    assert state(with_token) == "pass" and "no-store" in with_token["Cache-Control"]


def test_the_cache_off_serves_every_request_through_its_view(client, portal, settings):
    settings.PAGE_CACHE_ENABLED = False
    client.get("/bn/")
    response = client.get("/bn/")
    assert not response.has_header(HEADER) and "public" in response["Cache-Control"]


# --- purging ----------------------------------------------------------------------------------


def test_the_purge_backend_removes_exactly_the_purged_urls_entries(client, portal):
    urls = ["/bn/", "/bn/notices/", "/bn/notices/?category=tender", "/en/notices/", "/api/v3/notices/"]
    client.cookies["a11y_text"] = "large"
    for url in urls:
        client.get(url)
    client.cookies.clear()
    for url in urls:
        client.get(url)
    backend = get_backends()["pagecache"]
    assert isinstance(backend, PageCacheBackend)
    backend.purge("http://testserver/bn/notices/")
    # Every query string and reading variant of the path, and nothing else.
    assert state(client.get("/bn/notices/")) == "miss"
    assert state(client.get("/bn/notices/?category=tender")) == "miss"
    client.cookies["a11y_text"] = "large"
    assert state(client.get("/bn/notices/")) == "miss"
    client.cookies.clear()
    assert [state(client.get(url)) for url in ("/bn/", "/en/notices/", "/api/v3/notices/")] == ["hit"] * 3
    backend.purge_batch(["http://testserver/en/notices/", "http://testserver/api/v3/notices/?locale=en"])
    assert [state(client.get(url)) for url in ("/bn/", "/en/notices/", "/api/v3/notices/")] == [
        "hit",
        "miss",
        "miss",
    ]


def test_a_bengali_slug_is_purged_by_its_percent_encoded_url(client, portal, bilingual_site):
    page = ContentPageFactory(parent=bilingual_site.home_bn, title="নগর", slug="নগর")
    client.get(page.url)
    assert state(client.get(page.url)) == "hit"
    assert "%E0%A6" in page.full_url
    PageCacheBackend({}).purge(page.full_url)
    assert state(client.get(page.url)) == "miss"


def test_a_host_alias_is_purged_through_its_sites_url(client, portal, settings):
    """127.0.0.1 is served by the default site, whose URLs (and so purges) say `testserver`."""
    assert [state(client.get("/bn/", HTTP_HOST="127.0.0.1")) for _ in range(3)] == ["miss", "miss", "hit"]
    PageCacheBackend({}).purge("http://testserver/bn/")
    assert state(client.get("/bn/", HTTP_HOST="127.0.0.1")) == "miss"


def test_purge_hosts_drops_everything_of_a_site(client, portal):
    for url in ("/bn/", "/en/notices/", "/api/v3/pages/"):
        client.get(url)
    purge_hosts(["testserver"])
    assert [state(client.get(url)) for url in ("/bn/", "/en/notices/", "/api/v3/pages/")] == ["miss"] * 3


def test_publishing_a_page_purges_it_in_both_languages(client, portal, bilingual_site):
    page_bn = ContentPageFactory(parent=bilingual_site.home_bn, title="পুরনো শিরোনাম", slug="glance")
    page_en = page_bn.copy_for_translation(bilingual_site.en)
    page_en.title = "Old title"
    page_en.save_revision().publish()
    for url in ("/bn/glance/", "/en/glance/"):
        client.get(url)
        assert state(client.get(url)) == "hit"

    page_bn.title = "নতুন শিরোনাম"
    page_bn.save_revision().publish()
    bengali = client.get("/bn/glance/")
    assert state(bengali) == "miss" and "নতুন শিরোনাম" in bengali.text
    assert state(client.get("/bn/glance/")) == "hit"

    page_en = page_en.specific
    page_en.title = "New title"
    page_en.save_revision().publish()
    english = client.get("/en/glance/")
    assert state(english) == "miss" and "New title" in english.text

    page_en.refresh_from_db()
    page_en.unpublish()
    gone = client.get("/en/glance/")
    assert state(gone) == "miss" and gone.status_code == 404


# --- the cache failing ------------------------------------------------------------------------


def test_pages_are_served_when_redis_is_down(client, portal, dead_redis, settings):
    assert settings.CACHES["pagecache"]["BACKEND"] == "core.cache.FailSafeRedisCache"
    for url in ("/bn/", "/bn/", "/en/notices/", "/api/v3/notices/"):
        response = client.get(url)
        assert response.status_code == 200 and state(response) == "miss"
    PageCacheBackend({}).purge("http://testserver/bn/")  # a purge that cannot reach Redis is no error


@pytest.fixture
def redis_page_cache(page_cache, settings):
    """The page cache on the real Redis, with a host of its own so runs never meet each other."""
    host = f"t{uuid.uuid4().hex[:12]}.example"
    settings.CACHES = {**settings.CACHES, "pagecache": base.redis_caches(REDIS_URL)["pagecache"]}
    settings.ALLOWED_HOSTS = [*settings.ALLOWED_HOSTS, host]
    return host


@requires_redis
def test_redis_holds_the_pages_and_a_purge_from_another_process_reaches_them(
    client, portal, bilingual_site, redis_page_cache, django_assert_num_queries
):
    host = redis_page_cache
    bilingual_site.site.hostname = host
    bilingual_site.site.save()
    client.get("/bn/", HTTP_HOST=host)
    with django_assert_num_queries(0):
        assert state(client.get("/bn/", HTTP_HOST=host)) == "hit"
    client.get("/en/", HTTP_HOST=host)
    # A task worker or another app server: its own process, the same Redis.
    script = f"import django; django.setup(); from core.page_cache import purge_urls; purge_urls(['http://{host}/bn/'])"
    env = {**os.environ, "REDIS_URL": REDIS_URL, "DJANGO_SETTINGS_MODULE": "rangpur_cms.settings.dev"}
    env.pop("DATABASE_URL", None)
    result = subprocess.run(  # noqa: S603 - our own interpreter and a fixed script
        [sys.executable, "-c", script], cwd=PROJECT, env=env, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    assert state(client.get("/bn/", HTTP_HOST=host)) == "miss"
    assert state(client.get("/en/", HTTP_HOST=host)) == "hit"
