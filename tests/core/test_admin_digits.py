"""One rule for digits in Wagtail's own admin screens: a staff member who reads the admin in
Bengali sees counts, sizes, relative times and dates in Bengali digits, and full dates in the
project's format (as in its own listings and detail views); an English staff member sees
Wagtail's ASCII. Machine-read values (the `datetime` attribute, links, ids) keep ASCII digits.

Also the guard for core/templatetags/wagtailadmin_bengali.py: what it replaces must still be
where and what it was in Wagtail.
"""

import datetime
import re

import pytest
from django.contrib.auth import get_user_model
from django.template import engines
from django.utils import timezone, translation
from wagtail.admin.templatetags import wagtailadmin_tags
from wagtail.documents.models import Document
from wagtail.models import Collection, PageLogEntry
from wagtail.users.models import UserProfile
from wagtail_factories import DocumentFactory, ImageFactory

from core.i18n import local_datetime_text, to_bengali_digits
from core.templatetags import wagtailadmin_bengali
from tests.factories import ContentPageFactory

pytestmark = pytest.mark.django_db
BENGALI_DIGIT = re.compile(r"[০-৯]")
ASCII_DIGIT = re.compile(r"[0-9]")
THREE_HOURS_AGO = datetime.timedelta(hours=3, minutes=5)


def staff_in(client, language: str):
    user = get_user_model().objects.create_superuser(f"staff-{language}", f"{language}@example.com", "pw")
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = language
    profile.save()
    client.force_login(user)
    return user


def visible_text(html: str) -> str:
    """The page's text without tags, attributes, scripts and styles: what a person reads."""
    html = re.sub(r"<(script|style|template)\b.*?</\1>", " ", html, flags=re.S)
    return " ".join(re.sub(r"<[^>]+>", " ", html).split())


@pytest.fixture
def updated_page(bilingual_site):
    section = ContentPageFactory(parent=bilingual_site.home_bn, title="এক নজরে রংপুর", slug="at-a-glance")
    child = ContentPageFactory(parent=section, title="পীরগঞ্জ উপজেলার তথ্য", slug="pirganj")
    revision = child.save_revision()
    revision.publish()
    edited_at = timezone.now() - THREE_HOURS_AGO
    type(child).objects.filter(pk=child.pk).update(latest_revision_created_at=edited_at, last_published_at=edited_at)
    revision.__class__.objects.filter(pk=revision.pk).update(created_at=edited_at)
    PageLogEntry.objects.filter(page=child).update(timestamp=edited_at)
    return section, child, edited_at


@pytest.fixture
def documents(bilingual_site):
    root = Collection.get_first_root_node()
    for number in range(25):  # two pages of Wagtail's listing (20 a page)
        DocumentFactory(title=f"রংপুর জেলার নথি {number + 1}", collection=root, file__data=b"%PDF-1.4 " + b"0" * 2048)
    return Document.objects.all()


def test_the_explorer_says_when_a_page_was_updated_in_bengali_digits(client, updated_page):
    section, child, edited_at = updated_page
    staff_in(client, "bn")
    html = client.get(f"/admin/pages/{section.pk}/").text
    text = visible_text(html)
    assert "৩ ঘণ্টা আগে" in text
    assert not re.search(r"\b3 ঘণ্টা", text)
    # The full date behind it reads as in the project's own detail views ("৩০ নভেম্বর ২০২৬, ১৪:৪৫").
    assert f'data-w-tooltip-content-value="{local_datetime_text(edited_at)}"' in html
    # What a program reads stays ASCII: the machine-readable time and the links.
    assert re.search(r'<time class="w-human-readable-date__date" datetime="\d{4}-\d\d-\d\dT', html)
    assert f'href="/admin/pages/{child.pk}/edit/"' in html


def test_page_history_and_a_report_show_dates_in_bengali(client, updated_page):
    _, child, edited_at = updated_page
    staff_in(client, "bn")
    for url in (f"/admin/pages/{child.pk}/history/", "/admin/reports/site-history/"):
        html = client.get(url).text
        text = visible_text(html)
        assert "৩ ঘণ্টা আগে" in text, url
        assert f'data-w-tooltip-content-value="{local_datetime_text(edited_at)}"' in html, url
        # The pagination's count too ("২ পাতার কার্যবিবরণী").
        pagination = visible_text(html.split('class="pagination"')[1].split("</nav>")[0])
        assert not ASCII_DIGIT.search(pagination), (url, pagination)


def test_the_dashboard_counts_in_bengali_digits(client, updated_page, documents):
    staff_in(client, "bn")
    text = visible_text(client.get("/admin/").text)
    # The site summary: pages, images and documents ("২৫" documents).
    assert "২৫" in text
    assert not re.search(r"\b25\b", text)


def test_document_listing_and_its_pagination_in_bengali_digits(client, documents):
    staff_in(client, "bn")
    html = client.get("/admin/documents/").text
    pagination = visible_text(html.split('class="pagination"')[1].split("</nav>")[0])
    assert BENGALI_DIGIT.search(pagination)
    assert not ASCII_DIGIT.search(pagination), pagination
    # The page links themselves keep ASCII numbers.
    assert "?p=2" in html


def test_sizes_on_the_document_page_in_bengali_digits(client, documents):
    staff_in(client, "bn")
    document = documents.first()
    html = client.get(f"/admin/documents/edit/{document.pk}/").text
    size = wagtailadmin_bengali.filesizeformat(document.file.size)
    assert BENGALI_DIGIT.search(size)
    assert f"<dd>{size}</dd>" in html


def test_an_english_staff_member_keeps_ascii_digits(client, updated_page, documents):
    section, _, edited_at = updated_page
    staff_in(client, "en")
    html = client.get(f"/admin/pages/{section.pk}/").text
    assert "3\xa0hours ago" in visible_text(html) or "3 hours ago" in visible_text(html)
    assert not BENGALI_DIGIT.search(visible_text(html))
    documents_html = client.get("/admin/documents/").text
    assert "Page 1 of 2" in visible_text(documents_html)


def test_a_name_keeps_its_digits_in_a_bengali_sentence():
    template = engines["django"].from_string(
        "{% load wagtailadmin_tags %}{% timesince_last_update when user_display_name=name %}"
    )
    with translation.override("bn"):
        today = template.render({"when": timezone.now() - datetime.timedelta(minutes=1), "name": "staff2"})
        earlier = template.render({"when": timezone.now() - datetime.timedelta(days=3, hours=1), "name": "staff2"})
    # "১৯:৫০, staff2" and "৩ দিন আগে, staff2": Wagtail's digits the reader's, the name's its own.
    assert re.search(r"[০-৯]{2}:[০-৯]{2}", today)
    assert "৩" in earlier
    assert "staff2" in today
    assert "staff2" in earlier


def test_wagtails_library_still_has_what_this_one_replaces():
    """Guard: Wagtail 8.0.1's `wagtailadmin_tags` registers these under these names, and its
    human_readable_date template is still the one copied into templates/core/."""
    library = wagtailadmin_tags.register
    for name in ("intcomma", "timesince_simple"):
        assert name in library.filters
    for name in ("timesince_last_update", "human_readable_date"):
        assert name in library.tags
    assert wagtailadmin_bengali.register.filters["intcomma"] is wagtailadmin_bengali.intcomma
    # Every other tag and filter is Wagtail's own. (The template copies: test_wagtail_template_copies.py.)
    assert set(library.tags) <= set(wagtailadmin_bengali.register.tags)
    assert set(library.filters) <= set(wagtailadmin_bengali.register.filters)
    source = engines["django"].engine.get_template("wagtailadmin/shared/human_readable_date.html").source
    for part in (
        'class="w-human-readable-date" data-controller="w-tooltip"',
        'data-w-tooltip-content-value="{{ date|date:tooltip_format }}"',
        '<time class="w-human-readable-date__date" datetime="{{ date|date:"c" }}">',
        "{{ date|timesince_simple|capfirst }}",
    ):
        assert part in source
    assert engines["django"].engine.template_libraries["wagtailadmin_tags"] is wagtailadmin_bengali.register


def test_image_dimensions_and_the_locked_pages_report_in_bengali(client, updated_page):
    _, child, _ = updated_page
    user = staff_in(client, "bn")
    image = ImageFactory(collection=Collection.get_first_root_node())
    html = client.get(f"/admin/images/{image.pk}/").text
    assert f"<dd>{to_bengali_digits(image.width)}x{to_bengali_digits(image.height)}</dd>" in html
    locked_at = timezone.now() - THREE_HOURS_AGO
    type(child).objects.filter(pk=child.pk).update(locked=True, locked_by=user, locked_at=locked_at)
    html = client.get("/admin/reports/locked/").text
    assert f"<b>{local_datetime_text(locked_at)}</b>" in html
