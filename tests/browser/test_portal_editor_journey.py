"""The Mithapukur editor signs in, sees only Mithapukur, and publishes a notice with a photo and
two attachments; it appears on mithapukur.localhost's board and not on the district's."""

import re

from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType

from notices.models import Notice
from portals.provision import create_portal
from tests.accounts.helpers import sign_in_in_browser
from tests.browser.conftest import SCREENSHOTS, settle_autosave
from tests.browser.test_notice_journey import PASSWORD, _choose, _pdf, _png, _upload, tree_roots  # noqa: F401, F811 (a fixture)
from tests.factories import NoticeFactory
from tests.notices.conftest import build_boards
from tests.portals.conftest import mithapukur_facts

TITLE = "মিঠাপুকুর উপজেলার হাট ইজারা বিজ্ঞপ্তি"


def restore_migration_permissions() -> None:
    """A browser test's database is flushed between tests, with the permissions that Wagtail's and
    wagtail-localize's migrations made (not made again by Django); create_portal grants them."""
    for app_label, model, codename, name in (
        ("wagtailadmin", "admin", "access_admin", "Can access Wagtail admin"),
        ("wagtail_localize", "translation", "submit_translation", "Can submit translations"),
    ):
        content_type = ContentType.objects.get_or_create(app_label=app_label, model=model)[0]
        Permission.objects.get_or_create(content_type=content_type, codename=codename, defaults={"name": name})


def test_mithapukur_editor_publishes_on_mithapukur_only(
    tree_roots,  # noqa: F811 (the fixture imported above)
    site_in_browser,
    live_server,
    browser_page,
    screenshot,
    django_user_model,
):
    page = browser_page
    base = live_server.url
    port = live_server.url.rsplit(":", 1)[1]
    build_boards(site_in_browser)
    restore_migration_permissions()
    mithapukur = create_portal(mithapukur_facts(port=int(port)))
    kaunia = create_portal(
        mithapukur_facts(slug="kaunia", name_bn="কাউনিয়া", name_en="Kaunia", hostname="kaunia.localhost")
    )
    editor = django_user_model.objects.create_user("mithapukur", "uno@example.com", PASSWORD)
    editor.groups.add(Group.objects.get(name="mithapukur moderators"))
    sign_in_in_browser(page, base, editor, PASSWORD)

    # The explorer offers Mithapukur's pages only.
    page.goto(f"{base}/admin/pages/")
    explorer = page.content()
    assert "মিঠাপুকুর" in explorer
    assert "কাউনিয়া" not in explorer and site_in_browser.home_bn.title not in explorer
    screenshot("portal-editor-explorer")

    _upload(page, base, "images", "হাটের ছবি", "haat.png", _png(), "image/png")
    _upload(page, base, "documents", "হাটের তালিকা", "haat-list.pdf", _pdf("হাটের তালিকা"), "application/pdf")
    _upload(page, base, "documents", "ইজারার শর্ত", "haat-terms.pdf", _pdf("ইজারার শর্ত"), "application/pdf")

    page.goto(f"{base}/admin/snippets/notices/notice/add/?locale=bn")
    page.fill("#id_title", TITLE)
    page.select_option("#id_category", "lease")
    page.locator(".Draftail-Editor [contenteditable=true]").click()
    page.keyboard.type("মিঠাপুকুর হাটের ১৪৩৩ বঙ্গাব্দের ইজারার আবেদন আহ্বান করা হচ্ছে।")
    _choose(page, 0, "হাটের ছবি")
    page.fill("#id_photo_alt", "হাটের দিনে মিঠাপুকুর বাজার")
    _choose(page, 1, "হাটের তালিকা")
    page.locator("[data-streamfield-list-container] button, .c-sf-add-button").first.click()
    _choose(page, 2, "ইজারার শর্ত")
    # The portal is the editor's own, and the only one offered.
    assert page.locator("#id_portal option[value]:not([value=''])").count() == 1
    screenshot("portal-editor-notice-form")
    page.wait_for_load_state("networkidle")
    settle_autosave(page)
    page.locator("footer .w-dropdown__toggle, .actions .w-dropdown__toggle").last.click()
    page.locator("button[name=action-publish]").click()
    page.wait_for_url(re.compile(r".*/admin/snippets/notices/notice/(\?.*)?$"))

    notice = Notice.objects.get(title=TITLE)
    assert notice.live and notice.portal == mithapukur.site
    assert notice.photo.collection == mithapukur.collection
    assert [document.title for document in notice.all_attachments] == ["হাটের তালিকা", "ইজারার শর্ত"]

    citizen = page.context.browser.new_context(viewport={"width": 1280, "height": 900}, locale="bn-BD")
    board = citizen.new_page()
    board.goto(f"http://mithapukur.localhost:{port}/bn/notices/")
    board.get_by_role("link", name=TITLE).click()
    board.wait_for_url(f"http://mithapukur.localhost:{port}/bn/notices/{notice.pk}/")
    assert board.locator("img[alt='হাটের দিনে মিঠাপুকুর বাজার']").is_visible()
    board.screenshot(path=str(SCREENSHOTS / "portal-mithapukur-notice-bn.png"), full_page=True)
    board.goto(f"{base}/bn/notices/")
    assert TITLE not in board.content()
    board.goto(f"http://kaunia.localhost:{port}/bn/notices/")
    assert TITLE not in board.content() and kaunia.site.hostname == "kaunia.localhost"
    citizen.close()


APPROVAL_TITLE = "মিঠাপুকুর উপজেলার কৃষি মেলার বিজ্ঞপ্তি"


def test_mithapukur_moderator_approves_their_editors_notice(
    tree_roots,  # noqa: F811 (the fixture imported above)
    site_in_browser,
    live_server,
    browser_page,
    screenshot,
    django_user_model,
):
    """A Mithapukur editor's notice waits for review; the Mithapukur moderator finds it on the
    dashboard ("Awaiting your review") and approves it; it is then on Mithapukur's board."""
    page = browser_page
    base = live_server.url
    port = live_server.url.rsplit(":", 1)[1]
    build_boards(site_in_browser)
    restore_migration_permissions()
    mithapukur = create_portal(mithapukur_facts(port=int(port)))
    create_portal(
        mithapukur_facts(slug="badarganj", name_bn="বদরগঞ্জ", name_en="Badarganj", hostname="badarganj.localhost")
    )
    editor = django_user_model.objects.create_user("mithapukur-editor", "editor@example.com", PASSWORD)
    editor.groups.add(Group.objects.get(name="mithapukur editors"))
    moderator = django_user_model.objects.create_user("mithapukur-uno", "uno@example.com", PASSWORD)
    moderator.groups.add(Group.objects.get(name="mithapukur moderators"))
    # What the editor's "Submit for moderation" does (the editor's own form is the journey above).
    notice = NoticeFactory(title=APPROVAL_TITLE, portal=mithapukur.site, live=False)
    notice.save_revision(user=editor)
    notice.get_workflow().start(notice, editor)

    sign_in_in_browser(page, base, moderator, PASSWORD)
    panel = page.locator("#awaiting-review-section")
    assert APPROVAL_TITLE in panel.inner_text()
    screenshot("portal-moderator-awaiting-review")
    row = panel.locator("tr", has_text=APPROVAL_TITLE)
    row.locator(".w-dropdown__toggle").click()
    row.locator("button[data-workflow-action-url*='/approve/']:not([data-launch-modal])").click()
    page.wait_for_load_state("networkidle")
    for _attempt in range(50):
        notice.refresh_from_db()
        if notice.live:
            break
        page.wait_for_timeout(100)
    assert notice.live and notice.current_workflow_state is None

    citizen = page.context.browser.new_context(viewport={"width": 1280, "height": 900}, locale="bn-BD")
    board = citizen.new_page()
    board.goto(f"http://mithapukur.localhost:{port}/bn/notices/")
    assert board.get_by_role("link", name=APPROVAL_TITLE).is_visible()
    board.goto(f"{base}/bn/notices/")
    assert APPROVAL_TITLE not in board.content()
    citizen.close()
