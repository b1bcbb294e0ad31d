"""An officer signs into the admin, opens an application a citizen made on the website, marks
it ready (the display board then lists it) and delivered; the citizen's track page then says
"delivered", in Bengali and in English."""

import pytest
from wagtail.users.models import UserProfile

from eservice.models import Application, Status
from tests.accounts.helpers import sign_in_in_browser
from tests.eservice.conftest import build_centre
from tests.eservice.factories import OfficerFactory, make_application


@pytest.fixture
def centre_in_browser(site_in_browser, settings, tmp_path):
    settings.ESERVICE_PRIVATE_ROOT = tmp_path / "private"
    return build_centre(site_in_browser)


def test_officer_moves_an_application_to_delivered(centre_in_browser, live_server, browser_page, screenshot):
    page = browser_page
    application = make_application(centre_in_browser.plain, language="bn")
    officer = OfficerFactory(username="officer", first_name="আব্দুর", last_name="রহমান")
    number = application.tracking_number  # ASCII digits on every page

    sign_in_in_browser(page, live_server.url, officer, "pass-word-123")
    panel = page.locator(".eservice-summary")
    assert "আজ গৃহীত ১টি" in panel.inner_text()
    screenshot("officer-dashboard-bn")

    panel.get_by_role("link", name="আজ গৃহীত").click()
    page.wait_for_url("**/admin/eservice/applications/?received_at_after=*")
    screenshot("officer-applications-bn")
    page.get_by_role("link", name=application.tracking_number).click()
    page.wait_for_url(f"{live_server.url}/admin/eservice/applications/inspect/{application.pk}/")
    assert application.applicant_name in page.locator("main").inner_text()
    screenshot("officer-application-bn")

    page.locator("#action-reject").scroll_into_view_if_needed()
    screenshot("officer-actions-bn")
    page.get_by_role("button", name="প্রস্তুত চিহ্নিত করুন").click()
    page.wait_for_load_state()
    assert "সরবরাহের জন্য প্রস্তুত" in page.locator(".messages").inner_text()
    application.refresh_from_db()
    assert application.status == Status.READY

    # The board on the centre's TV lists it now, by tracking number only.
    page.goto(f"{live_server.url}/bn/eservice/board/")
    assert number in page.locator(".board-ready").inner_text()
    assert application.applicant_name not in page.content()
    screenshot("board-bn")
    # All panels at once, as a TV without JavaScript shows them (the charter follows the list).
    page.evaluate("document.body.classList.remove('rotating')")
    assert "খতিয়ানের সইমোহর নকল" in page.locator(".board-charter").first.inner_text()
    screenshot("board-bn-all-panels")
    page.goto(f"{live_server.url}/en/eservice/board/")
    screenshot("board-en")

    page.goto(f"{live_server.url}/admin/eservice/applications/inspect/{application.pk}/")
    page.get_by_role("button", name="সরবরাহ করা হয়েছে চিহ্নিত করুন").click()
    page.wait_for_load_state()
    application.refresh_from_db()
    assert application.status == Status.DELIVERED
    assert list(application.events.values_list("to_status", flat=True)) == ["received", "ready", "delivered"]
    screenshot("officer-application-delivered-bn")

    profile = UserProfile.get_for_user(officer)
    profile.preferred_language = "en"
    profile.save()
    page.reload()
    assert "This application is closed; it stays on record." in page.locator("main").inner_text()
    screenshot("officer-application-delivered-en")

    page.goto(f"{live_server.url}/bn/eservice/track/")
    page.fill("#id_tracking_number", number)
    page.fill("#id_mobile", "০১৭১২৩৪৫৬৭৮")
    page.get_by_role("button", name="অবস্থা দেখুন").click()
    assert page.locator(".track-result .status").inner_text() == "সরবরাহ করা হয়েছে"
    screenshot("officer-journey-track-bn")

    page.goto(f"{live_server.url}/en/eservice/track/")
    page.fill("#id_tracking_number", application.tracking_number)
    page.fill("#id_mobile", "01712345678")
    page.get_by_role("button", name="Show status").click()
    assert page.locator(".track-result .status").inner_text() == "Delivered"
    screenshot("officer-journey-track-en")
    assert Application.objects.count() == 1
