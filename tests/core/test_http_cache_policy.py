"""The one caching policy (core/http_cache.py): what is public, what is private, through HTTP.
Issue 10, item 1."""

import pytest
from django.utils.cache import cc_delim_re

from tests.eservice.factories import make_application
from tests.factories import NoticeFactory

pytestmark = pytest.mark.django_db


def directives(response) -> dict[str, str]:
    parts = [part.strip().partition("=") for part in cc_delim_re.split(response.get("Cache-Control", ""))]
    return {name: value for name, _eq, value in parts if name}


def assert_public(response, settings):
    cache_control = directives(response)
    assert "public" in cache_control, (response.status_code, response.get("Cache-Control"))
    assert cache_control["max-age"] == str(settings.PAGE_CACHE_MAX_AGE)
    assert cache_control["s-maxage"] == str(settings.PAGE_CACHE_S_MAXAGE)
    assert cache_control["stale-while-revalidate"] == str(settings.PAGE_CACHE_STALE_WHILE_REVALIDATE)
    assert "private" not in cache_control and "no-store" not in cache_control
    assert not response.cookies
    assert response.has_header("ETag")


def assert_private(response):
    cache_control = directives(response)
    assert "private" in cache_control and "no-store" in cache_control, response.get("Cache-Control")
    assert "public" not in cache_control and "s-maxage" not in cache_control


@pytest.fixture
def portal(centre, boards, feedback_pages):
    notice = NoticeFactory(title="সড়ক মেরামতের দরপত্র")
    return {"centre": centre, "boards": boards, "notice": notice}


PUBLIC_PAGES = [
    "/bn/",
    "/en/",
    "/bn/notices/",
    "/en/notices/",
    "/bn/notices/archive/",
    "/bn/notices/feed/",
    "/bn/eservice/",
    "/en/eservice/",
    "/bn/eservice/service/khatian-copy/",
    "/bn/search/?q=রংপুর",
    "/sitemap.xml",
    "/robots.txt",
]
PUBLIC_API = [
    "/api/v3/pages/",
    "/api/v3/pages/?locale=en",
    "/api/v3/notices/",
    "/api/v3/notices/?locale=en&limit=20",
    "/api/v3/services/",
    "/api/v3/holidays/",
    "/api/v3/locales/",
    "/api/v3/openapi.json",
]


@pytest.mark.parametrize("url", PUBLIC_PAGES + PUBLIC_API)
def test_public_pages_and_api_gets_are_public_with_an_etag_and_answer_304(client, settings, portal, url):
    response = client.get(url)
    assert response.status_code == 200, url
    assert_public(response, settings)
    assert client.get(url, HTTP_IF_NONE_MATCH=response["ETag"]).status_code == 304


def test_a_notice_and_an_api_detail_are_public(client, settings, portal):
    notice = portal["notice"]
    page = client.get(f"/bn/notices/{notice.pk}/")
    assert page.status_code == 200 and notice.title in page.text
    assert_public(page, settings)
    assert_public(client.get(f"/api/v3/notices/{notice.pk}/"), settings)
    assert_public(client.get(f"/api/v3/pages/{portal['boards'].bn.pk}/"), settings)


def test_html_varies_on_cookie_so_browsers_fetch_again_after_a_reading_option_changes(client, portal):
    assert "Cookie" in client.get("/bn/")["Vary"]
    assert "Cookie" not in client.get("/api/v3/notices/").get("Vary", "")


def test_not_found_and_permanent_redirects_are_public_other_statuses_are_not(client, settings, portal):
    missing = client.get("/bn/no-such-page/")
    assert missing.status_code == 404
    assert_public(missing, settings)
    slashless = client.get("/bn/notices")
    assert slashless.status_code == 301
    assert "public" in slashless["Cache-Control"]
    # `/` chooses a language from the browser's preference: a redirect that is not for sharing.
    root = client.get("/", HTTP_ACCEPT_LANGUAGE="en")
    assert root.status_code == 302
    assert_private(root)
    # A bad query is the reader's mistake, not a page.
    assert_private(client.get("/api/v3/pages/?no_such_filter=1"))


def test_the_display_board_is_public_but_asked_again_every_time(client, portal):
    for url in ("/bn/eservice/board/", "/api/v3/board/"):
        cache_control = directives(client.get(url))
        assert "no-cache" in cache_control and cache_control.get("max-age") == "0", url
        assert "private" not in cache_control and "s-maxage" not in cache_control


@pytest.mark.parametrize("url", ["/bn/eservice/apply/khatian-copy/", "/en/eservice/track/", "/bn/feedback/"])
def test_form_pages_carry_a_csrf_token_and_are_private(client, portal, url):
    response = client.get(url)
    assert response.status_code == 200
    assert "csrfmiddlewaretoken" in response.text
    assert_private(response)


def test_receipts_and_tracking_results_are_private(client, portal, land_form):
    centre = portal["centre"]
    application = make_application(centre.plain)
    receipt = centre.page_bn.receipt_url(application)
    assert_private(client.get(receipt))
    assert_private(client.get(receipt + "&format=pdf"))
    applied = client.post("/bn/eservice/apply/khatian-copy/", land_form)
    assert applied.status_code == 302
    assert_private(applied)
    tracked = client.post("/en/eservice/track/", {"tracking_number": application.tracking_number, "mobile": "0"})
    assert_private(tracked)


def test_form_errors_are_private(client, portal):
    response = client.post("/bn/feedback/", {"message": ""})
    assert response.status_code == 200
    assert_private(response)


def test_anything_with_a_session_or_a_token_is_private(client, settings, portal, admin_user):
    assert_private(client.get("/api/v3/notices/", HTTP_AUTHORIZATION="Bearer not-a-real-token"))
    client.force_login(admin_user)
    assert_private(client.get("/bn/"))
    assert_private(client.get("/api/v3/notices/"))
    assert_private(client.get("/admin/"))
    client.logout()
    assert_public(client.get("/bn/"), settings)


def test_setting_a_reading_option_is_private_and_the_choice_changes_the_page(client, portal):
    chosen = client.get("/accessibility/?text=larger&next=/bn/")
    assert chosen.status_code == 302 and chosen.cookies["a11y_text"].value == "larger"
    assert_private(chosen)
    page = client.get("/bn/")
    assert 'class="text-larger"' in page.text and "public" in page["Cache-Control"]


def test_the_api_applications_and_preview_endpoints_are_private(client, portal):
    assert_private(client.get("/api/v3/applications/RNG-20261203-0001/"))
    assert_private(client.get("/api/v3/preview/?content_type=notices.notice&token=forged"))
