"""An editor publishes a notice with a photo and two attachments; a citizen finds it on the
Bengali notice board and downloads the attachments."""

import io
import re

import pytest
from PIL import Image as PILImage
from wagtail.models import Collection, Locale, Page

from notices.models import Notice
from tests.accounts.helpers import sign_in_in_browser
from tests.browser.conftest import SCREENSHOTS, settle_autosave
from tests.notices.conftest import build_boards

TITLE = "জলমহাল ইজারার দরপত্র বিজ্ঞপ্তি"
PASSWORD = "a-strong-test-password"


def _pdf(text: str) -> bytes:
    from weasyprint import HTML

    return HTML(string=f'<html lang="bn"><body><h1>{text}</h1></body></html>').write_pdf()


def _png() -> bytes:
    buffer = io.BytesIO()
    PILImage.new("RGB", (800, 500), "#2f6f8f").save(buffer, format="PNG")
    return buffer.getvalue()


def _upload(page, base: str, kind: str, title: str, name: str, content: bytes, mime: str) -> None:
    page.goto(f"{base}/admin/{kind}/add/")
    page.set_input_files("input[name=file]", files=[{"name": name, "mimeType": mime, "buffer": content}])
    page.fill("input[name=title]", title)
    page.locator("form button[type=submit]").last.click()
    page.wait_for_url(re.compile(rf".*/admin/{kind}/(\?.*)?$"))


def _choose(page, chooser_index: int, item_title: str) -> None:
    page.locator("button[data-chooser-action-choose].chooser__choose-button").nth(chooser_index).click()
    modal = page.locator(".modal-dialog")
    modal.get_by_role("link", name=item_title).first.click()
    modal.wait_for(state="hidden")


@pytest.fixture
def tree_roots(transactional_db):
    """The root page and root collection that migrations make; an earlier browser test's
    database flush removes them, and the admin cannot upload without a root collection."""
    if Page.get_first_root_node() is None:
        Page.add_root(
            instance=Page(title="Root", slug="root", locale=Locale.objects.get_or_create(language_code="bn")[0])
        )
    if Collection.get_first_root_node() is None:
        Collection.add_root(name="Root")


def test_editor_publishes_a_notice_and_a_citizen_downloads_its_attachments(
    tree_roots, site_in_browser, live_server, browser_page, screenshot, django_user_model
):
    page = browser_page
    base = live_server.url
    build_boards(site_in_browser)
    editor = django_user_model.objects.create_superuser("editor", "editor@example.com", PASSWORD)
    sign_in_in_browser(page, base, editor, PASSWORD)

    # The files go in through the admin's own upload forms, which check them by content.
    _upload(page, base, "images", "বিলের ছবি", "beel.png", _png(), "image/png")
    _upload(page, base, "documents", "জলমহালের তালিকা", "list.pdf", _pdf("জলমহালের তালিকা"), "application/pdf")
    _upload(page, base, "documents", "ইজারার শর্তাবলি", "terms.pdf", _pdf("ইজারার শর্তাবলি"), "application/pdf")

    page.goto(f"{base}/admin/snippets/notices/notice/add/?locale=bn")
    page.fill("#id_title", TITLE)
    page.select_option("#id_category", "lease")
    page.locator(".Draftail-Editor [contenteditable=true]").click()
    page.keyboard.type("১৪৩৪ বঙ্গাব্দের জন্য বদ্ধ জলমহাল ইজারার আবেদন আহ্বান করা হচ্ছে।")
    _choose(page, 0, "বিলের ছবি")
    page.fill("#id_photo_alt", "একটি বিল, তীরে সবুজ মাঠ")
    _choose(page, 1, "জলমহালের তালিকা")
    page.locator("[data-streamfield-list-container] button, .c-sf-add-button").first.click()
    _choose(page, 2, "ইজারার শর্তাবলি")
    screenshot("notice-admin-form")

    page.wait_for_load_state("networkidle")
    settle_autosave(page)  # Wagtail's autosave race on the create form (docs/portals.md)
    page.locator("footer .w-dropdown__toggle, .actions .w-dropdown__toggle").last.click()
    page.locator("button[name=action-publish]").click()
    page.wait_for_url(re.compile(r".*/admin/snippets/notices/notice/(\?.*)?$"))
    screenshot("notice-admin-listing")

    notice = Notice.objects.get(title=TITLE)
    assert notice.live
    assert notice.photo.title == "বিলের ছবি"
    assert [document.title for document in notice.all_attachments] == ["জলমহালের তালিকা", "ইজারার শর্তাবলি"]

    # A citizen opens the Bengali notice board.
    citizen = page.context.browser.new_context(viewport={"width": 1280, "height": 900}, locale="bn-BD")
    board = citizen.new_page()
    board.goto(f"{base}/bn/notices/")
    assert board.locator("html").get_attribute("lang") == "bn"
    board.get_by_role("link", name=TITLE).click()
    board.wait_for_url(f"{base}/bn/notices/{notice.pk}/")
    assert board.locator("h1").inner_text() == TITLE
    assert board.locator("img[alt='একটি বিল, তীরে সবুজ মাঠ']").is_visible()
    board.screenshot(path=str(SCREENSHOTS / "notice-detail-bn.png"), full_page=True)

    for title in ("জলমহালের তালিকা", "ইজারার শর্তাবলি"):
        with board.expect_download() as download_info:
            board.get_by_role("link", name=title).click()
        download = download_info.value
        assert download.suggested_filename.endswith(".pdf")
        with open(download.path(), "rb") as downloaded:
            assert downloaded.read(5) == b"%PDF-"

    board.goto(f"{base}/bn/notices/")
    board.screenshot(path=str(SCREENSHOTS / "notice-board-bn.png"), full_page=True)
    board.goto(f"{base}/en/notices/")
    assert TITLE in board.content()  # untranslated, shown and marked on the English board
    assert "In Bengali only" in board.content()
    board.screenshot(path=str(SCREENSHOTS / "notice-board-en.png"), full_page=True)
    board.goto(f"{base}/bn/")
    board.screenshot(path=str(SCREENSHOTS / "notice-home-bn.png"), full_page=True)
    citizen.close()
