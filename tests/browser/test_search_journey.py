"""A citizen searches in Bengali for a word and finds the notice where it stands inflected, with
the matched word marked; phone and desktop screenshots in both languages."""

from tests.factories import NoticeFactory
from tests.notices.conftest import build_boards, translate_notice


def test_citizen_finds_an_inflected_word_and_sees_it_marked(site_in_browser, live_server, browser_page, screenshot):
    build_boards(site_in_browser)
    notice = NoticeFactory(title="খতিয়ানের সার্টিফাইড কপি সরবরাহ", body="<p>রংপুর জেলার সকল উপজেলায়।</p>")
    NoticeFactory(title="রংপুর শহরের যানজট নিরসন", body="")
    translate_notice(notice, site_in_browser.en, "Certified copies of khatians")
    page = browser_page

    page.goto(f"{live_server.url}/bn/")
    page.fill("#site-search-q", "খতিয়ান")  # the header's search box
    page.press("#site-search-q", "Enter")
    page.wait_for_url("**/bn/search/?q=*")
    assert page.locator("mark").all_inner_texts() == ["খতিয়ানের"]
    assert "যানজট" not in page.locator("body").inner_text()
    screenshot("search-inflected-bn-desktop")
    page.set_viewport_size({"width": 360, "height": 800})
    screenshot("search-inflected-bn-360")

    # A part of a word finds nothing: "পুর" is not "রংপুর".
    page.goto(f"{live_server.url}/bn/search/?q=পুর")
    assert page.locator("mark").count() == 0

    page.set_viewport_size({"width": 1280, "height": 900})
    page.goto(f"{live_server.url}/en/search/?q=khatian")
    assert page.locator("mark").all_inner_texts() == ["khatians"]
    screenshot("search-plural-en-desktop")
    page.set_viewport_size({"width": 360, "height": 800})
    screenshot("search-plural-en-360")
