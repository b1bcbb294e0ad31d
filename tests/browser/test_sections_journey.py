"""A citizen finds the sections from the home page's menu, filters the sairat mahals, reads an
agriculture report with its chart, and reads the same pages in English."""

from wagtail.models import Collection

from demo.loader import load_sections


def test_citizen_browses_the_sections_in_both_languages(site_in_browser, live_server, browser_page, screenshot):
    # A transactional test before this one may have flushed the root collection the migrations made.
    if Collection.get_first_root_node() is None:
        Collection.add_root(name="Root")
    load_sections(site_in_browser.home_bn)
    page = browser_page

    page.goto(f"{live_server.url}/bn/")
    menu = page.locator("nav.main-nav")
    for title in (
        "জেলা প্রশাসন",
        "সরকারি দপ্তর",
        "সায়রাত মহাল",
        "বিনিয়োগের সুযোগ",
        "উপজেলা",
        "দর্শনীয় স্থান",
        "কৃষি",
        "ফটো গ্যালারি",
        "যোগাযোগ",
    ):
        assert menu.get_by_role("link", name=title, exact=True).count() == 1, title
    screenshot("sections-home-bn")

    menu.get_by_role("link", name="সায়রাত মহাল", exact=True).click()
    page.wait_for_url(f"{live_server.url}/bn/sairat-mahals/")
    page.select_option("select[name=kind]", "jalmahal")
    page.get_by_role("button", name="দেখুন").click()
    page.wait_for_url("**/bn/sairat-mahals/?kind=jalmahal**")
    rows = page.locator("table.mahal-table tbody tr")
    assert rows.count() == 4
    assert "ছেড়াছেড়ির বিল" in rows.first.inner_text() or "ছেড়াছেড়ির বিল" in page.locator("table.mahal-table").inner_text()
    assert "১৪৩২–১৪৩৭ বঙ্গাব্দ" in page.locator("table.mahal-table").inner_text()
    screenshot("sections-mahals-bn")

    page.goto(f"{live_server.url}/bn/agriculture/fertilizer-rabi-2025-26/")
    assert page.locator("svg.bar-chart").count() == 4
    assert page.locator("svg.bar-chart").first.get_attribute("role") == "img"
    screenshot("sections-fertilizer-bn")

    page.get_by_role("link", name="English").click()
    page.wait_for_url(f"{live_server.url}/en/agriculture/fertilizer-rabi-2025-26/")
    assert "Urea" in page.locator("h2").first.inner_text()
    screenshot("sections-fertilizer-en")

    page.goto(f"{live_server.url}/en/sairat-mahals/")
    assert "Chherachherir Beel" in page.locator("table.mahal-table").inner_text()
    screenshot("sections-mahals-en")

    page.goto(f"{live_server.url}/en/tourism/tajhat-palace/")
    assert page.locator("h1").inner_text() == "Tajhat Palace and Rangpur Museum"
    screenshot("sections-tajhat-en")

    page.goto(f"{live_server.url}/bn/upazilas/")
    assert page.locator("tbody tr").count() == 8
    screenshot("sections-upazilas-bn")

    page.goto(f"{live_server.url}/bn/district-administration/record-room/")
    screenshot("sections-branch-bn")
    page.goto(f"{live_server.url}/en/gallery/")
    screenshot("sections-gallery-en")
