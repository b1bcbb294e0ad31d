"""Every public page and public API GET costs at most 12 queries, and the same number with ten
times the content, with the page cache off: once with the fragment caches cold (the cache
emptied before the request) and once warm (the request before made them).

The whole portal is built once (every section with items, notices with English translations,
the e-service centre with services and applications) next to an upazila's portal, measured,
grown tenfold, and measured again, so one run compares every address side by side.
"""

import datetime
from urllib.parse import urlsplit

import pytest
import wagtail_factories
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from wagtail.models import Site

from portals.provision import create_portal
from tests import factories
from tests.eservice.conftest import build_centre
from tests.eservice.factories import make_application
from tests.home.conftest import INDEX_FACTORIES, translate_page
from tests.notices.conftest import build_boards, translate_notice
from tests.portals.conftest import MITHAPUKUR_HOST, mithapukur_facts

pytestmark = pytest.mark.django_db

BUDGET = 12

ITEM_FACTORIES = {
    "administration": factories.BranchPageFactory,
    "offices": factories.OfficePageFactory,
    "mahals": factories.MahalPageFactory,
    "investment": factories.InvestmentPageFactory,
    "upazilas": factories.UpazilaPageFactory,
    "tourism": factories.TouristSpotPageFactory,
    "agriculture": factories.FertilizerReportPageFactory,
}


def build_portal(site):
    indexes = {}
    for key, (factory, english_title) in INDEX_FACTORIES.items():
        page = factory(parent=site.home_bn)
        indexes[key] = (page, translate_page(page, site.en, title=english_title))
    boards = build_boards(site)
    centre = build_centre(site)
    create_portal(mithapukur_facts())  # an upazila's portal next to the district's
    return indexes, boards, centre


def grow(site, indexes, centre, start: int, count: int) -> None:
    """`count` more of everything: section items (half translated, photos where listed), notices
    (tenders with files, half translated, some expired, a third on the upazila's board), content
    pages, applications."""
    now = timezone.now()
    upazila = Site.objects.get(hostname=MITHAPUKUR_HOST)
    for number in range(start, start + count):
        for key, factory in ITEM_FACTORIES.items():
            index_bn, _index_en = indexes[key]
            fields = {}
            if key in ("investment", "tourism"):
                fields = {"photo": wagtail_factories.ImageFactory(), "photo_alt": "ছবি"}
            page = factory(parent=index_bn, slug=f"item-{number}", **fields)
            if number % 2:
                translate_page(page, site.en)
        factories.ProcurementReportPageFactory(parent=indexes["agriculture"][0], slug=f"procurement-{number}")
        factories.ContentPageFactory(parent=indexes["contact"][0], slug=f"content-{number}")
        notice = factories.NoticeFactory(
            category="tender" if number % 3 else "notice",
            published_at=now - datetime.timedelta(days=number + 1),
            expires_at=now - datetime.timedelta(hours=1) if number % 4 == 1 else None,
            photo=wagtail_factories.ImageFactory(),
            photo_alt="ছবি",
            attachment=wagtail_factories.DocumentFactory(),
            portal=upazila if number % 3 == 0 else site.site,
        )
        if number % 2:
            translate_notice(notice, site.en, f"Notice {number}")
        make_application(centre.plain)


def addresses(site, indexes, boards, centre) -> dict[str, str]:
    """Every kind of public address, on the first item of each kind."""
    urls = {"home bn": "/bn/", "home en": "/en/"}
    for key, (index_bn, index_en) in indexes.items():
        urls[f"{key} index"] = index_bn.url
        urls[f"{key} index en"] = index_en.url
        first = index_bn.get_children().live().first()
        if first is not None:
            urls[f"{key} item"] = first.url
    notices = factories.NoticeFactory._meta.model.objects.live()
    notice = notices.filter(locale=site.bn, portal=site.site).order_by("pk").first()
    urls |= {
        "board bn": "/bn/notices/",
        "board en": "/en/notices/",
        "board filtered": "/bn/notices/?category=tender",
        "archive": "/bn/notices/archive/",
        "notice": f"/bn/notices/{notice.pk}/",
        "feed": "/bn/notices/feed/",
        "search": "/bn/search/?q=রংপুর",
        "eservice centre": "/bn/eservice/",
        "eservice service": f"/bn/eservice/service/{centre.land.slug}/",
        "eservice track": "/bn/eservice/track/",
        "eservice board": "/bn/eservice/board/",
        "sitemap": "/sitemap.xml",
        "api pages": "/api/v3/pages/",
        "api pages child_of": f"/api/v3/pages/?child_of={indexes['mahals'][0].pk}",
        "api page": f"/api/v3/pages/{indexes['mahals'][0].pk}/",
        "api notices": "/api/v3/notices/",
        "api notice": f"/api/v3/notices/{notice.pk}/",
        "api services": "/api/v3/services/",
        "api board": "/api/v3/board/",
        "api locales": "/api/v3/locales/",
        "upazila home": f"http://{MITHAPUKUR_HOST}/bn/",
        "upazila home en": f"http://{MITHAPUKUR_HOST}/en/",
        "upazila board": f"http://{MITHAPUKUR_HOST}/bn/notices/",
    }
    return urls


def get(client, url: str):
    """GET a path, or an absolute URL on its own host (another portal)."""
    parts = urlsplit(url)
    path = parts.path + (f"?{parts.query}" if parts.query else "")
    return client.get(path, HTTP_HOST=parts.netloc or "testserver")


def warm_up(client, urls: dict[str, str]) -> None:
    """Make what is made once and stored for good: renditions of new pictures, per-process caches."""
    for url in urls.values():
        get(client, url)


def measure(client, url: str) -> tuple[int, int]:
    """Queries of one GET with the fragment caches cold, then warm."""
    cache.clear()
    with CaptureQueriesContext(connection) as cold:
        response = get(client, url)
    assert response.status_code == 200, (url, response.status_code)
    with CaptureQueriesContext(connection) as warm:
        response = get(client, url)
    assert response.status_code == 200, (url, response.status_code)
    return len(cold), len(warm)


def test_every_public_address_stays_within_the_budget_as_content_grows_tenfold(client, bilingual_site, settings):
    settings.API_ANON_RATE = "10000/m"
    indexes, boards, centre = build_portal(bilingual_site)
    grow(bilingual_site, indexes, centre, 0, 3)
    urls = addresses(bilingual_site, indexes, boards, centre)
    warm_up(client, urls)
    small = {name: measure(client, url) for name, url in urls.items()}
    grow(bilingual_site, indexes, centre, 3, 27)
    warm_up(client, urls)
    large = {name: measure(client, url) for name, url in urls.items()}

    report = "\n".join(
        f"{name:22} cold {small[name][0]:3} → {large[name][0]:3}   warm {small[name][1]:3} → {large[name][1]:3}"
        for name in urls
    )
    print("\n" + report)
    grew = [name for name in urls if large[name] != small[name]]
    over = [name for name in urls if small[name][1] > BUDGET or large[name][1] > BUDGET]
    assert not grew and not over, f"grew: {grew}; over budget warm: {over}\n{report}"
