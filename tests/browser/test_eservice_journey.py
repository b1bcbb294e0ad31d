"""A citizen applies for a certified khatian copy in Bengali, opens the receipt (and its English
and printed forms), then tracks the application with the tracking number and mobile."""

import re

import pytest

from eservice.models import Application
from tests.eservice.conftest import build_centre


@pytest.fixture
def centre_in_browser(site_in_browser, settings, tmp_path):
    settings.ESERVICE_PRIVATE_ROOT = tmp_path / "private"
    return build_centre(site_in_browser)


def test_citizen_applies_opens_receipt_and_tracks(centre_in_browser, live_server, browser_page, screenshot):
    page = browser_page
    page.goto(f"{live_server.url}/bn/eservice/")
    assert page.locator("h1").inner_text() == "জেলা ই-সেবা কেন্দ্র"
    assert page.get_by_role("heading", name="সিটিজেন চার্টার").is_visible()
    screenshot("eservice-charter-bn")

    page.locator('a[href="/bn/eservice/apply/khatian-copy/"]').click()
    page.wait_for_url(f"{live_server.url}/bn/eservice/apply/khatian-copy/")
    page.fill("#id_applicant_name", "মোছাঃ রহিমা বেগম")
    page.fill("#id_guardian_name", "মোঃ করিম উদ্দিন")
    page.fill("#id_mobile", "০১২১২৩৪৫৬৭৮")  # 012 is no operator: the form must say so
    page.fill("#id_nid", "১২৩৪৫৬৭৮৯০")
    page.fill("#id_address", "গ্রাম: পায়রাবন্দ, মিঠাপুকুর, রংপুর")
    page.select_option("#id_upazila", "mithapukur")
    page.fill("#id_mouza", "পায়রাবন্দ")
    page.fill("#id_jl_no", "৪৫")
    page.fill("#id_khatian_no", "১২৩")
    page.select_option("#id_survey", "RS")
    page.get_by_role("button", name="আবেদন জমা দিন").click()

    # The error is on the mobile field, in Bengali, and everything typed is still there.
    assert "০১৩ থেকে ০১৯ দিয়ে শুরু" in page.locator("#id_mobile_error").inner_text()
    assert page.input_value("#id_applicant_name") == "মোছাঃ রহিমা বেগম"
    assert page.input_value("#id_khatian_no") == "১২৩"
    screenshot("eservice-apply-errors-bn")

    page.fill("#id_mobile", "০১৭১২৩৪৫৬৭৮")
    page.get_by_role("button", name="আবেদন জমা দিন").click()
    page.wait_for_url(re.compile(r"/bn/eservice/receipt/RNG-\d{8}-\d{4}/\?t="))
    application = Application.objects.get()
    # Printed in ASCII digits on the Bengali receipt too; typed in Bengali digits below.
    bengali_number = application.tracking_number.translate(str.maketrans("0123456789", "০১২৩৪৫৬৭৮৯"))
    assert page.locator(".tracking-number").inner_text() == application.tracking_number
    assert "সম্ভাব্য সরবরাহের তারিখ" in page.locator(".receipt").inner_text()
    assert page.locator(".receipt-qr svg").is_visible()
    screenshot("eservice-receipt-bn")

    receipt_path = page.url.removeprefix(live_server.url)
    page.emulate_media(media="print")
    screenshot("eservice-receipt-bn-print")
    page.emulate_media(media="screen")

    page.goto(f"{live_server.url}{receipt_path.replace('/bn/', '/en/', 1)}")
    assert page.locator(".tracking-number").inner_text() == application.tracking_number
    assert "Certified copy of a khatian" in page.locator(".receipt").inner_text()
    screenshot("eservice-receipt-en")

    page.goto(f"{live_server.url}{receipt_path}&paper=slip")
    page.emulate_media(media="print")
    page.set_viewport_size({"width": 302, "height": 900})  # 80 mm at 96 dpi
    screenshot("eservice-receipt-slip-print")
    page.emulate_media(media="screen")
    page.set_viewport_size({"width": 1280, "height": 900})

    # Without the token the receipt shows nothing.
    response = page.goto(f"{live_server.url}/bn/eservice/receipt/{application.tracking_number}/")
    assert response.status == 404

    page.goto(f"{live_server.url}/bn/eservice/track/")
    page.fill("#id_tracking_number", bengali_number)
    page.fill("#id_mobile", "01712345678")
    page.get_by_role("button", name="অবস্থা দেখুন").click()
    assert page.locator(".status").inner_text() == "গৃহীত"
    assert application.tracking_number in page.locator(".track-result").inner_text()
    screenshot("eservice-track-bn")

    page.goto(f"{live_server.url}/en/eservice/")
    assert "Certified copy of a khatian" in page.locator("table.charter").inner_text()
    screenshot("eservice-charter-en")
