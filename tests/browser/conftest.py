"""Browser journeys: Playwright drives Debian's Chromium (/usr/bin/chromium), never a downloaded browser.

Screenshots go to test-artifacts/screenshots/ (ignored by git) so a person can look at them.
"""

import os
from pathlib import Path

import pytest

CHROMIUM = "/usr/bin/chromium"
SCREENSHOTS = Path(__file__).resolve().parents[2] / "test-artifacts" / "screenshots"

# Playwright's sync API runs an event loop in the test thread; Django would otherwise refuse
# the database access that the live server's fixtures make from that same thread.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


def pytest_collection_modifyitems(items):
    for item in items:
        if "tests/browser/" in str(item.fspath):
            item.add_marker(pytest.mark.browser)


@pytest.fixture(scope="session")
def chromium():
    if not Path(CHROMIUM).exists():
        if os.environ.get("CI"):
            pytest.fail("Debian's chromium is not installed; .ci/run must install it")
        pytest.skip("Debian's chromium is not installed (apt-get install chromium)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM,
            args=[
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
            ],
        )
        yield browser
        browser.close()


@pytest.fixture
def browser_locale():
    """The browser's own language (Intl's default locale); a test module may override it."""
    return "bn-BD"


@pytest.fixture
def browser_page(chromium, browser_locale):
    context = chromium.new_context(viewport={"width": 1280, "height": 900}, locale=browser_locale)
    page = context.new_page()
    page.set_default_timeout(15_000)
    yield page
    context.close()


@pytest.fixture
def screenshot(browser_page):
    """Call screenshot("name") to save the current page as test-artifacts/screenshots/name.png."""
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)

    def take(name: str) -> Path:
        path = SCREENSHOTS / f"{name}.png"
        browser_page.screenshot(path=str(path), full_page=True)
        return path

    return take


@pytest.fixture
def site_in_browser(transactional_db, django_db_serialized_rollback, live_server, settings):
    """The bilingual site served by a live server that Chromium can reach.

    Each transactional test ends by emptying the database, with the rows Wagtail's migrations
    made (root page, root collection, groups); serialized rollback brings them back for every
    journey, not only the first. The root page is checked again because the restore does not
    always bring back the page tree (seen after a journey that used the e-service pages).
    """
    from wagtail.models import Locale, Page

    from tests.conftest import build_bilingual_site

    settings.WAGTAILADMIN_BASE_URL = live_server.url
    if Page.get_first_root_node() is None:
        bengali = Locale.objects.get_or_create(language_code="bn")[0]
        Page.add_root(instance=Page(title="Root", slug="root", locale=bengali))
    return build_bilingual_site()


def settle_autosave(page) -> None:
    """Wagtail 8 autosaves the form half a second after a change, the create form too (the first
    autosave creates the notice). Publishing while that request is still on its way posts to the
    create address a second time, and two notices were made (seen in loaded test runs): so
    wait past the autosave interval, and until no autosave is in progress, as a person would see
    the indicator settle. The race itself is Wagtail's; docs/portals.md notes it."""
    page.wait_for_timeout(1000)
    page.wait_for_function(
        "() => document.querySelector('#w-autosave-indicator')?.dataset.wAutosaveStateValue !== 'saving'"
    )
