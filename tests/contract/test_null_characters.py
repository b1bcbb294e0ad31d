"""No request ends in a 500, null characters included: PostgreSQL refuses NUL in a query, so any
value that reached the database unchecked would. Every public page with a query string or form
of the demo site is asked with NUL in each value."""

import io

import pytest
from django.core.cache import cache
from django.core.management import call_command
from wagtail.models import Page

from eservice.models import Application, Feedback

pytestmark = pytest.mark.django_db

NUL = "a\x00b"


@pytest.fixture
def demo(settings):
    call_command("load_demo_content", stdout=io.StringIO())
    settings.ESERVICE_FEEDBACK_RATE = "1000/m"
    settings.API_ANON_RATE = "1000/m"
    cache.clear()


def listing_urls() -> list[str]:
    """Every live page's address (the listings, filters and routable sub-pages hang off these)."""
    return [page.url for page in Page.objects.live().specific() if page.url]


def test_query_strings_with_null_characters_never_fail(client, demo):
    failures = []
    filters = {"q": NUL, "page": NUL, "category": NUL, "year": NUL, "kind": NUL, "upazila": NUL, "status": NUL}
    urls = [*listing_urls(), "/bn/search/", "/en/search/", "/bn/notices/archive/", "/bn/notices/feed/"]
    assert len(urls) > 100
    for url in urls:
        response = client.get(url, filters)
        if response.status_code >= 500:
            failures.append((url, response.status_code))
    assert failures == []


def test_forms_with_null_characters_answer_with_field_errors(client, demo):
    failures = []
    counts = (Application.objects.count(), Feedback.objects.count())
    eservice = "/bn/eservice/"
    service = "khatian-certified-copy"
    posts = {
        f"{eservice}track/": {"tracking_number": NUL, "mobile": NUL},
        f"{eservice}apply/{service}/": {
            "applicant_name": NUL,
            "guardian_name": NUL,
            "mobile": NUL,
            "nid": NUL,
            "address": NUL,
            "upazila": NUL,
            "mouza": NUL,
            "khatian_no": NUL,
        },
    }
    feedback = Page.objects.live().get(content_type__model="feedbackpage", locale__language_code="bn")
    posts[feedback.url] = {"message": NUL, "name": NUL, "contact": NUL}
    for url, data in posts.items():
        response = client.post(url, data)
        # The form comes back with its errors (200, not a redirect to a receipt or a thank-you page).
        if response.status_code != 200 or 'aria-invalid="true"' not in response.content.decode():
            failures.append((url, response.status_code))
    assert len(posts) == 3
    assert failures == []
    assert (Application.objects.count(), Feedback.objects.count()) == counts
