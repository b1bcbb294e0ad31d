"""What Wagtail's own scripts write in the page editor reads in Bengali digits for a staff member
whose admin language is Bengali, even in a browser set to English: the time of a comment and of
its reply (comments.js) and the word count and reading time of the checks panel (core.js), both
adjusted by accounts/static/accounts/admin-bengali-digits.js. A screenshot goes to
test-artifacts/screenshots/admin-bn-editor-digits.png."""

import re

import pytest
from wagtail.models import Comment, CommentReply
from wagtail.users.models import UserProfile

from tests.accounts.helpers import PASSWORD, sign_in_in_browser
from tests.factories import ContentPageFactory

BENGALI_DIGIT = re.compile(r"[০-৯]")
ASCII_DIGIT = re.compile(r"[0-9]")
# Enough words for a reading time of more than a minute.
INTRO = " ".join(["রংপুর জেলার উপজেলা, ইউনিয়ন ও পৌরসভার তথ্য এবং জেলা প্রশাসনের সেবার বিবরণ।"] * 40)


@pytest.fixture
def browser_locale():
    """The staff member's own computer speaks English: Intl's default locale is not Bengali."""
    return "en-US"


@pytest.fixture
def commented_page(site_in_browser, django_user_model):
    staff = django_user_model.objects.create_superuser("rahima", "rahima@example.com", PASSWORD)
    page = ContentPageFactory(parent=site_in_browser.home_bn, title="এক নজরে রংপুর", slug="at-a-glance", intro=INTRO)
    page.save_revision().publish()
    comment = Comment.objects.create(page=page, user=staff, text="শিরোনামটি ছোট করুন", contentpath="title")
    CommentReply.objects.create(comment=comment, user=staff, text="করা হয়েছে")
    return staff, page


def test_comment_times_and_content_metrics_in_bengali_digits(commented_page, live_server, browser_page, screenshot):
    staff, page_model = commented_page
    assert UserProfile.get_for_user(staff).preferred_language == "bn"
    page = browser_page
    assert page.evaluate("new Intl.DateTimeFormat().resolvedOptions().locale") == "en-US"
    sign_in_in_browser(page, live_server.url, staff, PASSWORD)

    page.goto(f"{live_server.url}/admin/pages/{page_model.pk}/edit/")
    assert page.evaluate("document.documentElement.lang") == "bn"
    # A format that names no locale takes the admin's; the constructor is still Intl's otherwise.
    assert page.evaluate("new Intl.DateTimeFormat().resolvedOptions().locale").startswith("bn")
    assert page.evaluate(
        "new Intl.DateTimeFormat() instanceof Intl.DateTimeFormat"
        " && Intl.DateTimeFormat.supportedLocalesOf(['bn']).length === 1"
        " && Intl.DateTimeFormat('en').resolvedOptions().locale === 'en'"
    )

    page.locator("[data-side-panel-toggle='comments']").click()
    dates = page.locator(".comment-header__date")
    dates.nth(1).wait_for()  # the comment's and the reply's
    for text in dates.all_inner_texts():
        assert BENGALI_DIGIT.search(text), text
        assert not ASCII_DIGIT.search(text), text
        assert "AM" not in text and "PM" not in text, text  # the 24-hour clock, as elsewhere

    page.locator("[data-side-panel-toggle='checks']").click()
    words = page.locator("[data-content-word-count]")
    reading_time = page.locator("[data-content-reading-time]")
    page.wait_for_function("() => document.querySelector('[data-content-word-count]').textContent.trim() !== '-'")
    screenshot("admin-bn-editor-digits")
    for text in (words.inner_text(), reading_time.inner_text()):
        assert BENGALI_DIGIT.search(text), text
        assert not ASCII_DIGIT.search(text), text
    assert "মিনিট" in reading_time.inner_text()
