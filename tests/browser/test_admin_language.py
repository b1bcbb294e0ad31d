"""A staff member who prefers Bengali reads the admin in Bengali: on each screen they meet, at
most one word in ten is English, and no sentence mixes the two languages ("Add বিজ্ঞপ্তি").

The content is Bengali, as on the district's site, so what English is left is the admin's own
wording. Words that are data, not wording (the username, the root page's name), are left out.
The shares are printed (`pytest -s`) so a change can be compared; screenshots go to
test-artifacts/screenshots/admin-bn-*.png.
"""

from dataclasses import dataclass

import pytest
from django.utils import timezone
from wagtail.models import Collection, Page, Task, Workflow
from wagtail.users.models import UserProfile
from wagtail_factories import DocumentFactory, ImageFactory

from tests.accounts.helpers import PASSWORD, sign_in_in_browser
from tests.browser.admin_language import Share, mixed_sentences, share_of, visible_text
from tests.factories import ContentPageFactory, NoticeFactory
from tests.notices.conftest import build_boards

LIMIT = 0.10
USERNAME = "rahima"
# Data, not the admin's wording: the username, the root page's name (Wagtail's own data), and
# the English home page that the explorer's root lists next to the Bengali one.
DATA_WORDS = {USERNAME, f"{USERNAME}@example.com", "Root", "Deputy", "Commissioner's", "Office", "Rangpur"}
FONT = "accounts/admin-bengali.css"


@dataclass
class Content:
    section: Page
    child: Page
    notice_pk: int


@pytest.fixture
def bengali_content(site_in_browser) -> Content:
    site = site_in_browser
    root_collection = Collection.get_first_root_node() or Collection.add_root(name="Root")
    section = ContentPageFactory(parent=site.home_bn, title="এক নজরে রংপুর", slug="at-a-glance")
    child = None
    for number, name in enumerate(["পীরগঞ্জ", "মিঠাপুকুর", "বদরগঞ্জ", "কাউনিয়া", "গংগাচড়া", "তারাগঞ্জ"]):
        child = ContentPageFactory(parent=section, title=f"{name} উপজেলার তথ্য", slug=f"upazila-{number}")
    boards = build_boards(site)
    notice = None
    for title in ["বদ্ধ জলমহাল ইজারার বিজ্ঞপ্তি", "বিজয় দিবস উদযাপনের কর্মসূচি", "গাড়িচালক পদের লিখিত পরীক্ষার ফল"]:
        notice = NoticeFactory(title=title, photo=ImageFactory(title=f"{title} ছবি", collection=root_collection))
    for number in range(25):  # more than one page of Wagtail's document listing (20 a page)
        DocumentFactory(title=f"রংপুর জেলার নথি {number + 1}", collection=root_collection)
    # What an office does with Wagtail's default workflow: names it in its own language.
    Task.objects.filter(name="Moderators approval").update(name="মডারেটরের অনুমোদন")
    Workflow.objects.filter(name="Moderators approval").update(name="মডারেটরের অনুমোদন")
    assert boards.bn.live
    return Content(section=section, child=child, notice_pk=notice.pk)


@pytest.fixture
def staff(django_user_model, bengali_content):
    user = django_user_model.objects.create_superuser(USERNAME, f"{USERNAME}@example.com", PASSWORD)
    user.first_name, user.last_name = "রহিমা", "খাতুন"
    user.save()
    # A page locked by them, so the locked pages report lists something.
    bengali_content.child.locked, bengali_content.child.locked_by = True, user
    bengali_content.child.locked_at = timezone.now()
    bengali_content.child.save()
    return user


def measure(page, screen: str, screenshot, selector: str = "body") -> Share:
    page.wait_for_load_state("networkidle")
    text = visible_text(page, selector)
    share = share_of(screen, text, DATA_WORDS)
    print(share)
    screenshot(f"admin-bn-{screen}")
    assert not mixed_sentences(text), f"{screen}: sentences mixing English and Bengali"
    return share


def test_the_admin_speaks_bengali_to_a_staff_member_who_prefers_it(
    staff, bengali_content, live_server, browser_page, screenshot
):
    page = browser_page
    base = live_server.url
    assert UserProfile.get_for_user(staff).preferred_language == "bn"  # new accounts start in Bengali
    shares = []
    fonts = []
    page.on("response", lambda response: fonts.append(response) if response.url.endswith(".woff2") else None)

    # The sign-in page, before and after a wrong password ("Your সদস্যনাম and password didn't match").
    page.goto(f"{base}/admin/login/")
    shares.append(measure(page, "login", screenshot))
    assert page.locator(f"link[rel=stylesheet][href$='{FONT}']").count() == 1
    page.fill("input[name=username]", USERNAME)
    page.fill("input[name=password]", "not-the-password")
    page.locator("form.login-form button[type=submit]").click()
    page.wait_for_load_state()
    assert "মেলেনি" in page.locator("main").inner_text()
    shares.append(measure(page, "login-failed", screenshot))

    sign_in_in_browser(page, base, staff, PASSWORD)
    # Noto Sans Bengali comes from the site (never the computer) and draws the admin's Bengali.
    assert {response.status for response in fonts if "noto-sans-bengali-bengali" in response.url} == {200}
    assert page.evaluate("document.fonts.check('16px \"Rangpur Bengali\"', 'ড্যাশবোর্ড')")
    assert page.evaluate("getComputedStyle(document.body).fontFamily.startsWith('\"Rangpur Bengali\"')"), (
        "the admin's font stack starts with the bundled Bengali font"
    )

    section, child = bengali_content.section, bengali_content.child
    screens = {
        "dashboard": "/admin/",
        "explorer-root": "/admin/pages/",
        "explorer-home": f"/admin/pages/{section.get_parent().pk}/",
        "explorer-section": f"/admin/pages/{section.pk}/",
        "page-edit": f"/admin/pages/{child.pk}/edit/",
        "notices": "/admin/snippets/notices/notice/",
        "notice-edit": f"/admin/snippets/notices/notice/edit/{bengali_content.notice_pk}/",
        "images": "/admin/images/",
        "documents": "/admin/documents/",
        "documents-page-2": "/admin/documents/?p=2",
        "locked-pages": "/admin/reports/locked/",
        "site-history": "/admin/reports/site-history/",
        "workflows": "/admin/workflows/list/",
        "workflow-tasks": "/admin/workflows/tasks/index/",
        "account": "/admin/account/",
        "users": "/admin/users/",  # yes/no icons read "হ্যাঁ", not "True"
        "search": "/admin/pages/search/?q=উপজেলা",
        "search-nothing": "/admin/pages/search/?q=খতিয়ান",
    }
    for screen, path in screens.items():
        page.goto(f"{base}{path}")
        shares.append(measure(page, screen, screenshot))

    # The choosers, opened from a page's edit form as an editor does.
    page.goto(f"{base}/admin/pages/{child.pk}/edit/")
    for kind in ("image", "document"):
        page.locator(
            f"[data-chooser-url*='/{kind}s/chooser/'] button[data-chooser-action-choose]:visible"
        ).first.click()
        modal = page.locator(".modal-dialog")
        modal.locator(".listing, table, .w-empty-state, p").first.wait_for()
        shares.append(measure(page, f"{kind}-chooser", screenshot, ".modal-dialog"))
        modal.locator("button.close").first.click()
        modal.wait_for(state="hidden")

    too_english = [share for share in shares if share.ratio > LIMIT]
    assert not too_english, "\n".join(str(share) for share in too_english)
    assert all(share.words >= 5 for share in shares), "every screen was measured on its real text"
