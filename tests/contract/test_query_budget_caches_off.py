"""With every cache off, the main public pages and API GETs still cost far fewer queries than
before the cache work (4e0c3b2), on the demo's nine portals.

"Every cache off" is bench/compare's `uncached` mode: each cache alias but the rate limiter's is
Django's DummyCache, so nothing Wagtail or the project keeps in the cache (the site root paths,
the view restrictions, office settings, menus, fragments) survives from one call to the next.
What keeps the count down then is that each request reads these once (core/portals.py,
core/visibility.py, core/locales.py) and that Wagtail's list of site root paths costs two queries
whatever the number of portals (api/wagtail_overrides.py).
"""

import io

import pytest
from django.conf import settings
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext, override_settings

from notices.models import Notice

pytestmark = pytest.mark.django_db

DUMMY = {"BACKEND": "django.core.cache.backends.dummy.DummyCache"}
EVERY_CACHE_OFF = {alias: config if alias == "ratelimit" else DUMMY for alias, config in settings.CACHES.items()}

UPAZILA_HOST = "mithapukur.localhost"

# Queries with every cache off at 4e0c3b2, the commit before issue 10 (docs/performance.md).
BEFORE = {
    "home": 30,
    "board": 25,
    "notice": 22,
    "content page": 21,
    "search": 27,
    "api notices": 11,
    "api pages": 9,
}

# The budget of each address: what it costs now (each under 4e0c3b2's), so any query added shows here.
BUDGET = {
    "home": 19,
    "home en": 21,
    "board": 16,
    "board en": 18,
    "notice": 17,
    "content page": 15,
    "search": 10,
    "api notices": 10,
    "api pages": 9,
    "upazila home": 17,
    "upazila board": 15,
}


def addresses() -> dict[str, tuple[str, str]]:
    """Name → (host, path): the pages bench/compare measures, and an upazila portal's."""
    notice = Notice.objects.live().filter(locale__language_code="bn", portal__is_default_site=True).first()
    return {
        "home": ("testserver", "/bn/"),
        "home en": ("testserver", "/en/"),
        "board": ("testserver", "/bn/notices/"),
        "board en": ("testserver", "/en/notices/"),
        "notice": ("testserver", f"/bn/notices/{notice.pk}/"),
        "content page": ("testserver", "/bn/rangpur-at-a-glance/"),
        "search": ("testserver", "/bn/search/?q=রংপুর"),
        "api notices": ("testserver", "/api/v3/notices/?limit=20"),
        "api pages": ("testserver", "/api/v3/pages/"),
        "upazila home": (UPAZILA_HOST, "/bn/"),
        "upazila board": (UPAZILA_HOST, "/bn/notices/"),
    }


def queries_of(client, host: str, path: str) -> int:
    """The queries of a repeated anonymous GET (as bench/compare counts them)."""
    client.cookies.clear()
    assert client.get(path, HTTP_HOST=host).status_code == 200, path
    client.cookies.clear()
    with CaptureQueriesContext(connection) as queries:
        response = client.get(path, HTTP_HOST=host)
    assert response.status_code == 200, path
    return len(queries)


def test_with_every_cache_off_pages_cost_fewer_queries_than_before_the_cache_work(client, settings):
    settings.API_ANON_RATE = "10000/m"
    call_command("load_demo_content", stdout=io.StringIO())
    with override_settings(CACHES=EVERY_CACHE_OFF):
        counts = {name: queries_of(client, host, path) for name, (host, path) in addresses().items()}

    report = "\n".join(
        f"{name:14} {count:3}  (budget {BUDGET[name]}, 4e0c3b2 {BEFORE.get(name, '–')})"
        for name, count in counts.items()
    )
    print("\n" + report)
    over = [name for name, count in counts.items() if count > min(BUDGET[name], BEFORE.get(name, BUDGET[name]))]
    assert not over, f"over budget: {over}\n{report}"
