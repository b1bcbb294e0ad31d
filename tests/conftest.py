"""The shared test base: one fixture builds the site in both languages.

`bilingual_site` gives a Bengali home page (the source) and its English translation, with
the default Site pointing at the Bengali home page, exactly as `load_demo_content` leaves it.
"""

from contextlib import contextmanager
from dataclasses import dataclass

import pytest
from django.core.cache import cache
from django.db import connection
from django.db.models.signals import post_init
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django_otp import DEVICE_ID_SESSION_KEY
from django_otp.plugins.otp_totp.models import TOTPDevice
from wagtail.models import Locale, Page, Site

from core.locales import locales_changed
from core.route_cache import forget_all_routes
from home.models import HomePage
from tests.factories import HomePageFactory
from tests.purge_recorder import purged  # noqa: F401  (the fixture, for every test folder)


@dataclass
class BilingualSite:
    site: Site
    bn: Locale
    en: Locale
    home_bn: HomePage
    home_en: HomePage


def build_bilingual_site() -> BilingualSite:
    bn = Locale.objects.get_or_create(language_code="bn")[0]
    en = Locale.objects.get_or_create(language_code="en")[0]
    root = Page.get_first_root_node()
    for placeholder in root.get_children().exact_type(Page):
        placeholder.delete()
    home_bn = HomePageFactory(parent=root, locale=bn)
    home_en = home_bn.copy_for_translation(en)
    home_en.title = "Deputy Commissioner's Office, Rangpur"
    home_en.welcome_heading = "Welcome"
    home_en.welcome_message = "<p>Welcome to the web portal of the district administration of Rangpur.</p>"
    home_en.save_revision().publish()
    site, _created = Site.objects.update_or_create(
        is_default_site=True,
        defaults={"hostname": "testserver", "port": 80, "root_page": home_bn, "site_name": "Rangpur"},
    )
    return BilingualSite(site=site, bn=bn, en=en, home_bn=home_bn, home_en=home_en.specific)


@pytest.fixture
def bilingual_site(db) -> BilingualSite:
    return build_bilingual_site()


@pytest.fixture
def empty_cache():
    """The shared cache emptied before and after the test (fragments, routes, items)."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def models_made():
    """A context manager that lists the names of the models whose instances are made (from the
    database or new) inside it: `with models_made() as made: ...`, then `made == [...]`."""

    @contextmanager
    def recording():
        made: list[str] = []

        def record(sender, **kwargs):
            made.append(sender.__name__)

        post_init.connect(record)
        try:
            yield made
        finally:
            post_init.disconnect(record)

    return recording


@pytest.fixture
def cached_then_uncached(client, settings):
    """A function asking `url` twice with the cache (the second answer from it), then once with
    caching turned off (Django's dummy cache): (cached answer, uncached answer, the SQL of the
    uncached request), the answers as JSON."""

    def ask(url: str) -> tuple[dict, dict, list[str]]:
        client.get(url)
        cached = client.get(url).json()
        settings.CACHES = {**settings.CACHES, "default": {"BACKEND": "django.core.cache.backends.dummy.DummyCache"}}
        with CaptureQueriesContext(connection) as queries:
            uncached = client.get(url).json()
        return cached, uncached, [query["sql"] for query in queries.captured_queries]

    return ask


@pytest.fixture(autouse=True)
def _routes_of_earlier_tests_forgotten():
    """Each test builds its own page tree and locales, with ids that an earlier test's remembered
    routes and locales (kept in the cache across requests) may share."""
    forget_all_routes()
    locales_changed()


@pytest.fixture(autouse=True)
def _media_in_tmp(settings, tmp_path):
    """Uploads made by a test land in its own temporary folder."""
    settings.MEDIA_ROOT = tmp_path / "media"


@pytest.fixture(autouse=True)
def _force_login_includes_second_factor(monkeypatch):
    """``force_login`` stands for a finished sign-in, second factor included: the user gets a
    confirmed authenticator device and the session is verified with it. Tests of signing in
    itself (tests/security/test_logins.py, tests/accounts/) post to the login page instead."""
    force_login = Client.force_login

    def force_login_verified(client, user, backend=None):
        force_login(client, user, backend)
        device = TOTPDevice.objects.get_or_create(user=user, name="test", defaults={"confirmed": True})[0]
        session = client.session
        session[DEVICE_ID_SESSION_KEY] = device.persistent_id
        session.save()

    monkeypatch.setattr(Client, "force_login", force_login_verified)
