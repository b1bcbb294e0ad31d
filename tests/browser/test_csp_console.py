"""The Content-Security-Policy breaks nothing a citizen uses: Chromium reports no violation on the
home page, the sections, the e-service centre, the receipt (A4 and slip) and the display board,
and the receipt's Print button (a static script now, no inline handler) still prints."""

import re

from wagtail.models import Collection

from demo.loader import load_sections
from tests.eservice.conftest import LAND_FORM, build_centre


def test_public_pages_raise_no_csp_violation(site_in_browser, live_server, browser_page, settings, tmp_path):
    settings.ESERVICE_PRIVATE_ROOT = tmp_path / "private"
    if Collection.get_first_root_node() is None:
        Collection.add_root(name="Root")
    load_sections(site_in_browser.home_bn)
    build_centre(site_in_browser)
    page = browser_page
    console = []
    page.on("console", lambda message: console.append(message.text))
    page.add_init_script("window.print = function () { window.__printed = true; };")

    for path in ("/bn/", "/en/", "/bn/sairat-mahals/", "/bn/agriculture/fertilizer-rabi-2025-26/", "/bn/eservice/"):
        response = page.goto(f"{live_server.url}{path}")
        assert response.status == 200, path
        assert "default-src 'self'" in response.headers["content-security-policy"]

    page.goto(f"{live_server.url}/bn/eservice/apply/khatian-copy/")
    for field, value in LAND_FORM.items():
        selector = f"#id_{field}"
        if field in ("upazila", "survey"):
            page.select_option(selector, value)
        elif value:
            page.fill(selector, value)
    page.get_by_role("button", name="আবেদন জমা দিন").click()
    page.wait_for_url(re.compile(r"/bn/eservice/receipt/RNG-\d{8}-\d{4}/\?t="))
    page.get_by_role("button", name="প্রিন্ট করুন").click()
    assert page.evaluate("window.__printed === true")
    page.goto(page.url + "&paper=slip")
    page.goto(f"{live_server.url}/bn/eservice/board/")

    violations = [text for text in console if "Content Security Policy" in text or "Refused to" in text]
    assert not violations, violations
