"""The route cache (core/route_cache.py, installed by api/wagtail_overrides.cache_page_routes):
a page's second request skips Wagtail's routing queries, answers exactly as Wagtail would, and
forgets a route as soon as publishing, moving, renaming, unpublishing, a view restriction or a
portal's host changes it. The guard tests check the Wagtail names the override relies on."""

import inspect

import pytest
import wagtail.wagtail_hooks as wagtail_hooks
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.models import Page, PageViewRestriction, Site

from core import route_cache
from tests.factories import ContentPageFactory, NoticeFactory
from tests.notices.conftest import build_boards

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("empty_cache")]


def queries_of(client, url: str) -> tuple[int, object]:
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    return len(queries), response


# Guards: the names and the behaviour of Wagtail 8.0.1 that cache_page_routes relies on.


def test_wagtail_keeps_the_route_and_the_site_on_the_request():
    route_source = inspect.getsource(Page.route_for_request)
    assert "_wagtail_route_for_request" in route_source
    assert "Site.find_for_request(request)" in route_source
    assert "request._wagtail_site" in inspect.getsource(Site.find_for_request)
    assert Page.route_for_request.cached_routes  # the override is installed


def test_wagtail_asks_the_page_for_its_view_restrictions():
    assert "page.get_view_restrictions()" in inspect.getsource(wagtail_hooks.check_view_restrictions)


def test_a_routable_page_resolves_its_sub_route_without_queries(bilingual_site):
    board = build_boards(bilingual_site).bn
    notice = NoticeFactory()
    request = type("Request", (), {})()
    with CaptureQueriesContext(connection) as queries:
        route = RoutablePageMixin.route(board, request, [str(notice.pk)])
    assert len(queries) == 0
    assert route[0] == board and route[1][0].__name__ == "notice_view"


# Behaviour.


def test_a_second_request_skips_the_routing_queries_and_answers_the_same(client, bilingual_site):
    page = ContentPageFactory(parent=bilingual_site.home_bn, title="এক নজরে রংপুর", slug="at-a-glance")
    first_count, first = queries_of(client, "/bn/at-a-glance/")
    second_count, second = queries_of(client, "/bn/at-a-glance/")
    assert first.status_code == second.status_code == 200
    assert page.title in second.text
    assert second.text == first.text
    assert second_count <= first_count - 4


def test_the_english_address_is_its_own_route(client, bilingual_site):
    for _twice in range(2):
        bengali, english = client.get("/bn/"), client.get("/en/")
        assert '<html lang="bn"' in bengali.text
        assert '<html lang="en"' in english.text
        assert "Welcome to the web portal of the district administration" in english.text


def test_a_notice_is_served_from_a_cached_board_route(client, bilingual_site):
    build_boards(bilingual_site)
    first, second = NoticeFactory(title="প্রথম বিজ্ঞপ্তি"), NoticeFactory(title="দ্বিতীয় বিজ্ঞপ্তি")
    client.get(f"/bn/notices/{first.pk}/")
    first_count, _ = queries_of(client, f"/bn/notices/{first.pk}/")
    assert "দ্বিতীয় বিজ্ঞপ্তি" in client.get(f"/bn/notices/{second.pk}/").text
    again_count, again = queries_of(client, f"/bn/notices/{second.pk}/")
    assert again_count == first_count
    assert client.get("/bn/notices/999999/").status_code == 404


def test_renaming_a_page_moves_its_address_at_once(client, bilingual_site, django_capture_on_commit_callbacks):
    page = ContentPageFactory(parent=bilingual_site.home_bn, slug="old-name")
    assert client.get("/bn/old-name/").status_code == 200
    page.slug = "new-name"
    with django_capture_on_commit_callbacks(execute=True):
        page.save_revision().publish()
    old = client.get("/bn/old-name/")  # Wagtail's automatic redirect, not the cached page
    assert (old.status_code, old["Location"]) == (301, "/bn/new-name/")
    assert client.get("/bn/new-name/").status_code == 200


def test_an_unpublished_page_is_gone_at_once(client, bilingual_site, django_capture_on_commit_callbacks):
    page = ContentPageFactory(parent=bilingual_site.home_bn, slug="soon-gone")
    assert client.get("/bn/soon-gone/").status_code == 200
    with django_capture_on_commit_callbacks(execute=True):
        page.unpublish()
    assert client.get("/bn/soon-gone/").status_code == 404


def test_a_page_moved_elsewhere_moves_its_address_at_once(client, bilingual_site, django_capture_on_commit_callbacks):
    parent = ContentPageFactory(parent=bilingual_site.home_bn, slug="parent")
    page = ContentPageFactory(parent=bilingual_site.home_bn, slug="moving")
    assert client.get("/bn/moving/").status_code == 200
    with django_capture_on_commit_callbacks(execute=True):
        page.move(parent, pos="last-child")
    old = client.get("/bn/moving/")
    assert (old.status_code, old["Location"]) == (301, "/bn/parent/moving/")
    assert client.get("/bn/parent/moving/").status_code == 200


def test_a_new_view_restriction_applies_on_the_next_request(client, bilingual_site, django_capture_on_commit_callbacks):
    page = ContentPageFactory(parent=bilingual_site.home_bn, slug="staff-only")
    assert client.get("/bn/staff-only/").status_code == 200
    with django_capture_on_commit_callbacks(execute=True):
        PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.LOGIN)
    assert client.get("/bn/staff-only/").status_code == 302
    assert client.get("/bn/staff-only/").status_code == 302  # and stays restricted from the cache


def test_a_new_portal_on_a_host_takes_it_over(client, bilingual_site):
    other_home = ContentPageFactory(parent=bilingual_site.home_bn, slug="other-home", title="অন্য পোর্টাল")
    assert client.get("/bn/", HTTP_HOST="other.localhost").status_code == 200  # the default site
    Site.objects.create(hostname="other.localhost", port=80, root_page=other_home, site_name="Other")
    assert "অন্য পোর্টাল" in client.get("/bn/", HTTP_HOST="other.localhost").text


def test_posts_are_routed_by_wagtail(rf, bilingual_site):
    request = rf.post("/bn/")
    assert route_cache.lookup(request, "/") is None


def test_a_stale_entry_is_checked_against_the_page(client, bilingual_site):
    """Even an entry whose generation was not renewed is not believed if the page moved."""
    page = ContentPageFactory(parent=bilingual_site.home_bn, slug="checked")
    client.get("/bn/checked/")
    Page.objects.filter(pk=page.pk).update(url_path=page.url_path.replace("checked", "elsewhere"), slug="elsewhere")
    assert client.get("/bn/checked/").status_code == 404


def test_the_site_works_with_the_cache_down(client, bilingual_site, settings):
    settings.CACHES = {alias: {"BACKEND": "django.core.cache.backends.dummy.DummyCache"} for alias in settings.CACHES}
    ContentPageFactory(parent=bilingual_site.home_bn, slug="no-cache")
    assert client.get("/bn/no-cache/").status_code == 200
    assert client.get("/bn/no-cache/").status_code == 200


def test_the_site_of_a_host_is_remembered(client, bilingual_site):
    assert client.get("/api/v3/pages/").status_code == 200
    with CaptureQueriesContext(connection) as queries:
        assert client.get("/api/v3/pages/").status_code == 200
    assert not [query for query in queries.captured_queries if 'FROM "wagtailcore_site"' in query["sql"]]


def test_a_host_changing_portal_is_followed_at_once(client, rf, bilingual_site):
    client.get("/api/v3/pages/")
    assert route_cache.remembered_site(rf.get("/")) == bilingual_site.site
    bilingual_site.site.hostname = "moved.localhost"
    bilingual_site.site.save()
    assert route_cache.remembered_site(rf.get("/")) is None
    english = Site.objects.create(hostname="testserver", port=80, root_page=bilingual_site.home_en, site_name="English")
    client.get("/api/v3/pages/")
    assert route_cache.remembered_site(rf.get("/")) == english
