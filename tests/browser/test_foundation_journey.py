"""A visitor opens the Bengali site, switches to English, and an editor logs into the admin."""

from django.contrib.auth import get_user_model

from tests.accounts.helpers import sign_in_in_browser


def test_visitor_switches_language_and_editor_logs_in(site_in_browser, live_server, browser_page, screenshot):
    page = browser_page
    page.goto(f"{live_server.url}/bn/")
    assert page.locator("html").get_attribute("lang") == "bn"
    assert page.locator("h1").inner_text() == "জেলা প্রশাসকের কার্যালয়, রংপুর"
    screenshot("foundation-home-bn")

    page.get_by_role("link", name="English").click()
    page.wait_for_url(f"{live_server.url}/en/")
    assert page.locator("html").get_attribute("lang") == "en"
    assert "Deputy Commissioner" in page.locator("h1").inner_text()
    screenshot("foundation-home-en")

    # Keyboard users reach the skip link first.
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.className") == "skip-link"

    editor = get_user_model().objects.create_superuser("editor", "editor@example.com", "a-strong-test-password")
    sign_in_in_browser(page, live_server.url, editor, "a-strong-test-password")
    assert page.locator("body").inner_text().strip() != ""
    screenshot("foundation-admin-dashboard")
