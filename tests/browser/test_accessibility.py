"""Every public page of the demo site, as citizens meet it, in Chromium.

- axe-core (the copy bundled by axe-playwright-python) with the WCAG 2.2 A and AA rules finds
  no violation on any page type, on a desktop (1280 px) and a phone (360 px), in Bengali and
  English: every section page, the notice board and a notice, search results, the e-service
  centre, its service page, the receipt (A4 and slip), the display board, the 404 page, and
  every form after an empty or invalid submit, whose error summary then has the focus.
- No page scrolls sideways at 320, 360 or 390 px, with the default reading options and with
  the largest text and high contrast chosen in the header.
- On a phone the main menu sits behind a button that works without JavaScript.

One page of each type (the demo content has many of most), one browser, one tab per screen size.
"""

import importlib
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

import axe_playwright_python
import pytest
from django.apps import apps
from django.core.cache import cache
from django.utils import translation
from wagtail.models import Collection, Locale, Page, Site

from core.portals import site_id_of_page, within_site
from demo.loader import load_demo
from eservice.models.applications import Application
from eservice.models.charter import Service
from eservice.models.pages import EServiceCentrePage, FeedbackPage
from notices.models import Notice, NoticeIndexPage
from tests.browser.conftest import SCREENSHOTS

AXE_SCRIPT = Path(axe_playwright_python.__file__).with_name("axe.min.js")
AXE_OPTIONS = {
    "runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]},
    "resultTypes": ["violations"],
}
RUN_AXE = """options => axe.run(document, options).then(results => results.violations.map(violation => ({
    id: violation.id,
    impact: violation.impact,
    targets: violation.nodes.slice(0, 3).map(node => node.target.join(" ")),
})))"""
DESKTOP = {"width": 1280, "height": 900}
PHONE = {"width": 360, "height": 800}
PHONE_WIDTHS = (320, 360, 390)
LANGUAGES = ("bn", "en")
OVERFLOW = "() => document.documentElement.scrollWidth - window.innerWidth"
# The innermost elements that stick out past the screen's right edge, to name in a failure.
STICKING_OUT = """() => [...document.querySelectorAll('body *')]
  .filter(e => e.getBoundingClientRect().right > window.innerWidth + 0.5
    && ![...e.children].some(c => c.getBoundingClientRect().right > window.innerWidth + 0.5))
  .slice(0, 3)
  .map(e => `<${e.tagName.toLowerCase()} class="${e.className}">${(e.textContent || '').trim().slice(0, 40)}`)
  .join('; ')"""
# Page types photographed (test-artifacts/screenshots/) for a person to look at.
SCREENSHOT_TYPES = {"HomePage": "home", "FertilizerReportPage": "agriculture-report", "EServiceCentrePage": "eservice"}


@dataclass(frozen=True)
class Visit:
    """A page to open; `submit` is the button to press first, after typing `fill` ((field, text)
    pairs); `errors` when the form then shows its error summary."""

    path: str
    submit: str | None = None
    fill: tuple[tuple[str, str], ...] = ()
    errors: bool = False
    screenshot: str | None = None
    host: str | None = None

    def open(self, page, base_url: str) -> None:
        if self.host:  # another portal: the same live server, reached by the portal's host name
            base_url = base_url.replace("://localhost", f"://{self.host}").replace("://127.0.0.1", f"://{self.host}")
        page.goto(base_url + self.path)
        for field, text in self.fill:
            page.fill(field, text)
        if self.submit:
            with page.expect_navigation():
                page.click(self.submit)


def path_of(page) -> str:
    """A page's path on its own portal's host (with several portals, `page.url` is absolute)."""
    return page.get_url_parts()[2]


def visits_for(language: str) -> list[Visit]:
    """One page of each type in `language`, the e-service centre's own pages and the forms."""
    locale = Locale.objects.get(language_code=language)
    district = Site.objects.get(is_default_site=True)
    pages = Page.objects.live().public().filter(locale=locale).exclude(depth=1).specific().order_by("path")
    first_of_each_type = {}
    # The district's pages first, then a type only the upazila portals have, on its portal's host.
    for page in sorted(pages, key=lambda page: site_id_of_page(page) != district.pk):
        first_of_each_type.setdefault(type(page), page)
    visits = []
    for page in first_of_each_type.values():
        site_id, _root, path = page.get_url_parts()
        host = None if site_id == district.pk else Site.objects.get(pk=site_id).hostname
        visits.append(Visit(path, screenshot=SCREENSHOT_TYPES.get(type(page).__name__), host=host))

    board = NoticeIndexPage.for_locale(locale, district.pk)
    notices = Notice.objects.for_reader(locale).for_portal(district.pk).order_by("pk")
    notice = notices.filter(locale=locale, photo__isnull=False).first() or notices.first()
    centre = EServiceCentrePage.for_language(language)
    feedback = FeedbackPage.objects.live().filter(within_site(district.pk)).get(locale=locale)
    services = list(Service.objects.active().filter(locale=locale).order_by("pk"))
    land = next(service for service in services if service.needs_land_record)
    plain = next(service for service in services if not service.needs_land_record)
    application = Application.objects.order_by("pk").first()
    parts = urlsplit(centre.receipt_url(application))  # absolute when there are several portals
    receipt = f"{parts.path}?{parts.query}"
    with translation.override(language):
        apply_land, apply_plain = (
            path_of(centre) + centre.reverse_subpage("apply", args=(s.slug,)) for s in (land, plain)
        )
        track = path_of(centre) + centre.reverse_subpage("track")
        visits += [
            Visit(path_of(board) + board.reverse_subpage("archive")),
            Visit(path_of(board) + board.reverse_subpage("notice_detail", args=(notice.pk,))),
            Visit(path_of(board) + "?year=abc&category=nothing", errors=True, screenshot="notices-filter-errors"),
            Visit(f"/{language}/sairat-mahals/?kind=nothing&upazila=nowhere", errors=True),
            Visit(f"/{language}/search/?q=" + ("রংপুর" if language == "bn" else "Rangpur"), screenshot="search"),
            Visit(f"/{language}/search/?q=" + "x" * 300, errors=True),
            Visit(f"/{language}/no-such-page/"),
            Visit(path_of(centre) + centre.reverse_subpage("service_detail", args=(land.slug,))),
            Visit(apply_land, submit="form.application-form [type=submit]", errors=True, screenshot="apply-errors"),
            Visit(apply_plain, submit="form.application-form [type=submit]", errors=True),
            Visit(track, submit="form.track-form [type=submit]", errors=True),
            Visit(
                track,
                submit="form.track-form [type=submit]",
                fill=(("#id_tracking_number", application.tracking_number), ("#id_mobile", "01999999999")),
            ),
            Visit(path_of(feedback), submit="form.feedback-form [type=submit]", errors=True),
            Visit(path_of(feedback) + feedback.reverse_subpage("thanks")),
            Visit(receipt, screenshot="receipt"),
            Visit(receipt + "&paper=slip"),
            Visit(path_of(centre) + centre.reverse_subpage("board"), screenshot="board"),
        ]
    return visits


@pytest.fixture
def demo_in_browser(transactional_db, django_db_serialized_rollback, live_server, settings, tmp_path):
    """The demo site behind a live server, and the pages to visit in each language.

    A transactional test before may have flushed what Wagtail's and home's migrations made
    (the root page and collection, the editors' groups and workflow the demo needs).
    """
    settings.ESERVICE_PRIVATE_ROOT = tmp_path / "private"
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    # Every form is sent several times from one address; the limits are tested elsewhere.
    settings.API_ANON_RATE = settings.ESERVICE_FEEDBACK_RATE = "1000/m"
    cache.clear()
    if Page.get_first_root_node() is None:
        Page.add_root(
            instance=Page(title="Root", slug="root", locale=Locale.objects.get_or_create(language_code="bn")[0])
        )
    if Collection.get_first_root_node() is None:
        Collection.add_root(name="Root")
    importlib.import_module("home.migrations.0003_editor_groups_and_moderation").create_groups_and_workflow(apps, None)
    load_demo()
    return {language: visits_for(language) for language in LANGUAGES}


def test_public_pages_are_accessible_and_fit_a_phone(demo_in_browser, chromium, live_server):
    """One test, so the demo content (a few minutes to load) is loaded once for all three checks."""
    problems = axe_violations(chromium, live_server.url, demo_in_browser)
    problems += sideways_scrolling_with_largest_text_and_high_contrast(chromium, live_server.url, demo_in_browser)
    assert not problems, "\n".join(problems)
    phone_menu_works_without_javascript(chromium, live_server.url)


def axe_violations(chromium, base_url: str, visits: dict[str, list[Visit]]) -> list[str]:
    """axe's findings on every page on a desktop and a phone; a form sent with errors must also
    have put the focus on its error summary; and no page may be wider than the screen."""
    problems = []
    for viewport in (DESKTOP, PHONE):
        context = chromium.new_context(viewport=viewport)
        context.add_init_script(path=str(AXE_SCRIPT))
        page = context.new_page()
        page.set_default_timeout(15_000)
        for language in LANGUAGES:
            for visit in visits[language]:
                visit.open(page, base_url)
                where = f"{viewport['width']} px {visit.path}{' (sent)' if visit.submit else ''}"
                for violation in page.evaluate(RUN_AXE, AXE_OPTIONS):
                    problems.append(f"{where}: {violation['id']} ({violation['impact']}) at {violation['targets']}")
                if visit.errors and not page.evaluate("document.activeElement.matches('[data-error-summary]')"):
                    problems.append(f"{where}: the error summary does not have the focus")
                if (overflow := page.evaluate(OVERFLOW)) > 0:
                    problems.append(f"{where}: {overflow} px wider than the screen")
                if visit.screenshot:
                    page.screenshot(path=SCREENSHOTS / f"a11y-{visit.screenshot}-{language}-{viewport['width']}.png")
        context.close()
    return problems


def sideways_scrolling_with_largest_text_and_high_contrast(chromium, base_url: str, visits) -> list[str]:
    """Pages wider than a 320, 360 or 390 px screen after the reader chose the largest text and
    high contrast with the header's links."""
    context = chromium.new_context(viewport={"width": 390, "height": 800})
    page = context.new_page()
    page.set_default_timeout(15_000)
    page.goto(f"{base_url}/en/")
    default_size = page.evaluate("parseFloat(getComputedStyle(document.documentElement).fontSize)")
    page.get_by_role("link", name="Largest text").click()
    page.get_by_role("link", name="High contrast", exact=True).click()
    assert page.evaluate("parseFloat(getComputedStyle(document.documentElement).fontSize)") > default_size
    assert page.get_by_role("link", name="Normal contrast", exact=True).is_visible()

    problems = []
    for language in LANGUAGES:
        for visit in visits[language]:
            page.set_viewport_size({"width": 390, "height": 800})
            visit.open(page, base_url)
            for width in PHONE_WIDTHS:
                page.set_viewport_size({"width": width, "height": 800})
                if (overflow := page.evaluate(OVERFLOW)) > 0:
                    problems.append(
                        f"{width} px {visit.path}: {overflow} px wider than the screen ({page.evaluate(STICKING_OUT)})"
                    )
        page.screenshot(path=SCREENSHOTS / f"a11y-largest-text-high-contrast-{language}-390.png")
    context.close()
    return problems


def phone_menu_works_without_javascript(chromium, base_url: str) -> None:
    """On a phone the main menu is behind a button, with JavaScript and without; on a desktop
    its links are always shown."""
    for javascript in (False, True):
        context = chromium.new_context(viewport=PHONE, java_script_enabled=javascript)
        page = context.new_page()
        page.goto(f"{base_url}/en/")
        menu = page.locator("nav.main-nav")
        # A <summary>: browsers expose it as a button that is expanded or collapsed.
        button = menu.locator("summary", has_text="Menu")
        link = menu.get_by_role("link", name="Sairat mahals", exact=True)
        assert button.is_visible() and not link.is_visible()
        # The page's heading is on the first screen, not below a list of links.
        assert page.locator("h1").bounding_box()["y"] < 400
        button.click()
        assert link.is_visible()
        if javascript:
            page.screenshot(path=SCREENSHOTS / "a11y-phone-menu-open-en-360.png")
        link.click()
        page.wait_for_url("**/en/sairat-mahals/")
        # The home page's side column does not repeat the menu.
        page.goto(f"{base_url}/en/")
        assert page.locator("main").get_by_role("link", name="Sairat mahals", exact=True).count() == 0
        context.close()

    context = chromium.new_context(viewport=DESKTOP)
    page = context.new_page()
    page.goto(f"{base_url}/en/")
    menu = page.locator("nav.main-nav")
    assert not menu.locator("summary", has_text="Menu").is_visible()
    assert menu.get_by_role("link", name="Sairat mahals", exact=True).is_visible()
    context.close()
