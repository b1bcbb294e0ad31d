"""What every page asks several times is read once per request, even with every cache off:
the site root paths (core/portals.py, shared with Wagtail's own `Page.get_url(request)`), the
view restrictions (core/visibility.py) and the locales (core/locales.py). Without a request
nothing is kept: each call reads the database afresh."""

import pytest
from django.conf import settings
from django.db import connection
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext, override_settings
from django.utils import translation
from wagtail.models import Locale, Page, PageViewRestriction, Site

from core.locales import content_locales
from core.portals import site_id_of_page, site_root_paths, within_site
from core.visibility import public, restricted_paths
from tests import factories

pytestmark = pytest.mark.django_db

EVERY_CACHE_OFF = {alias: {"BACKEND": "django.core.cache.backends.dummy.DummyCache"} for alias in settings.CACHES}


@pytest.fixture
def caches_off():
    with override_settings(CACHES=EVERY_CACHE_OFF):
        yield


def queries(function) -> tuple[object, int]:
    with CaptureQueriesContext(connection) as captured:
        result = function()
    return result, len(captured)


def test_the_root_paths_are_read_once_per_request_and_shared_with_wagtails_urls(bilingual_site, caches_off):
    page = factories.ContentPageFactory(parent=bilingual_site.home_bn, slug="about")
    request = RequestFactory().get("/bn/")
    # As Wagtail's serve view does first: with the cache off the request's site is found among
    # the sites read with the root paths (api/wagtail_overrides.py), so that is all it reads:
    # the sites, and their home pages in every language.
    site, first = queries(lambda: Site.find_for_request(request))
    assert (site.pk, first) == (bilingual_site.site.pk, 2)
    paths, again = queries(lambda: site_root_paths(request))
    assert again == 0
    assert {path.root_path for path in paths} == {bilingual_site.home_bn.url_path, bilingual_site.home_en.url_path}
    (site_id, url, condition), again = queries(
        lambda: (site_id_of_page(page, request), page.get_url(request), within_site(bilingual_site.site.pk, request))
    )
    assert again == 0
    assert (site_id, url) == (bilingual_site.site.pk, "/bn/about/")
    assert Page.objects.filter(condition, pk=page.pk).exists()


def test_without_a_request_the_root_paths_are_read_each_time(bilingual_site, caches_off):
    assert queries(site_root_paths)[1] == 2
    assert queries(site_root_paths)[1] == 2


def test_view_restrictions_are_read_once_per_request(bilingual_site, caches_off):
    hidden = factories.ContentPageFactory(parent=bilingual_site.home_bn, slug="hidden")
    shown = factories.ContentPageFactory(parent=bilingual_site.home_bn, slug="shown")
    PageViewRestriction.objects.create(page=hidden, restriction_type=PageViewRestriction.LOGIN)
    request = RequestFactory().get("/bn/")
    assert queries(lambda: restricted_paths(request)) == ([hidden.path], 1)
    visible, reads = queries(
        lambda: [page.pk for page in public(Page.objects.filter(pk__in=[hidden.pk, shown.pk]), request)]
    )
    assert (visible, reads) == ([shown.pk], 1)  # the pages themselves; the restrictions were kept
    # Without a request (and no cache) a restriction made since is seen at once.
    PageViewRestriction.objects.create(page=shown, restriction_type=PageViewRestriction.LOGIN)
    assert queries(restricted_paths) == (sorted([hidden.path, shown.path]), 1)


def test_the_locales_are_read_in_one_query_per_request(bilingual_site):
    request = RequestFactory().get("/en/")
    locales, first = queries(lambda: content_locales(request))
    assert first == 1
    with translation.override("en"):
        answers, again = queries(
            lambda: (
                content_locales(request).default,
                content_locales(request).active,
                locales.by_id(bilingual_site.en.pk),
            )
        )
    assert again == 0
    assert answers == (bilingual_site.bn, bilingual_site.en, bilingual_site.en)
    with translation.override("fr"):  # a language without content falls back to the default, as Wagtail's
        assert locales.active == Locale.get_default()


def test_without_a_request_the_locales_are_read_afresh(bilingual_site):
    request = RequestFactory().get("/bn/")
    kept = content_locales(request)
    added = Locale.objects.create(language_code="fr")
    assert content_locales().by_id(added.pk) == added
    assert content_locales(request) is kept and kept.by_id(added.pk) is None  # kept for its own request only


def test_later_requests_share_the_locales_until_one_changes(bilingual_site):
    content_locales(RequestFactory().get("/bn/"))
    assert queries(lambda: content_locales(RequestFactory().get("/en/")))[1] == 0
    added = Locale.objects.create(language_code="fr")
    locales, reads = queries(lambda: content_locales(RequestFactory().get("/en/")))
    assert reads == 1 and locales.by_id(added.pk) == added
