"""Feedback (মতামত ও পরামর্শ): the page's form with its honeypot and rate limit, staff answers
in the admin, and POST feedback/ in the API with problem+json errors."""

import pytest
from django.core.cache import cache
from django.urls import reverse

from eservice.models import Feedback, FeedbackPage, FeedbackStatus
from tests.eservice.staff.factories import FeedbackFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _fresh_rate_limits():
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def feedback_pages(centre):
    site = centre.site
    page_bn = FeedbackPage(title="মতামত ও পরামর্শ", slug="feedback", locale=site.bn)
    site.home_bn.add_child(instance=page_bn)
    page_bn.save_revision().publish()
    page_en = page_bn.copy_for_translation(site.en)
    page_en.title = "Feedback and suggestions"
    page_en.save_revision().publish()
    return page_bn, page_en


def test_page_renders_in_both_languages(client, feedback_pages):
    bengali = client.get("/bn/feedback/")
    assert bengali.status_code == 200
    assert "মতামত ও পরামর্শ" in bengali.content.decode()
    english = client.get("/en/feedback/")
    assert "Feedback and suggestions" in english.content.decode()
    assert "no-store" in bengali["Cache-Control"]


def test_message_is_stored_for_moderation(client, feedback_pages, centre):
    response = client.post(
        "/bn/feedback/",
        {
            "message": "  সেবা  কেন্দ্রে পানির ব্যবস্থা চাই। ",
            "name": "রহিম",
            "contact": "+8801712345678",
            "service": "khatian-copy",
        },
    )
    assert response.status_code == 302 and response["Location"] == "/bn/feedback/thanks/"
    feedback = Feedback.objects.get()
    assert (feedback.message, feedback.contact, feedback.service, feedback.status) == (
        "সেবা কেন্দ্রে পানির ব্যবস্থা চাই।",
        "01712345678",
        centre.land,
        FeedbackStatus.NEW,
    )
    assert client.get(response["Location"]).status_code == 200


def test_errors_are_on_their_fields(client, feedback_pages):
    response = client.post("/en/feedback/", {"message": "", "contact": "not a number", "service": "nope"})
    assert response.status_code == 200
    content = response.content.decode()
    assert "Write your comment or suggestion." in content
    assert "Enter a valid email address or mobile number." in content
    assert "Choose one of the services in the charter." in content
    assert not Feedback.objects.exists()


def test_honeypot_pretends_success_and_stores_nothing(client, feedback_pages):
    response = client.post("/bn/feedback/", {"message": "Buy cheap watches", "website": "http://spam.example"})
    assert response.status_code == 302 and response["Location"] == "/bn/feedback/thanks/"
    assert not Feedback.objects.exists()


def test_rate_limit(client, settings, feedback_pages):
    settings.ESERVICE_FEEDBACK_RATE = "3/m"
    for number in range(3):
        assert client.post("/bn/feedback/", {"message": f"বার্তা {number}"}).status_code == 302
    response = client.post("/en/feedback/", {"message": "one too many"})
    assert response.status_code == 429
    assert int(response["Retry-After"]) >= 1
    assert "You have sent several messages just now" in response.content.decode()
    assert Feedback.objects.count() == 3


def test_staff_answer_and_publish(officer_client, officer, feedback_pages, client):
    feedback = FeedbackFactory(name="রহিম", contact="01712345678")
    edit = reverse("eservice_feedback:edit", args=(feedback.pk,))
    assert officer_client.get(edit).status_code == 200
    response = officer_client.post(edit, {"answer": "পানির ফিল্টার বসানো হয়েছে।", "status": "new", "published": "on"})
    assert response.status_code == 302
    feedback.refresh_from_db()
    assert feedback.answered_by == officer and feedback.answered_at is not None
    assert feedback.status == FeedbackStatus.ANSWERED
    page = client.get("/bn/feedback/").content.decode()
    assert "পানির ফিল্টার বসানো হয়েছে।" in page
    assert "রহিম" not in page and "01712345678" not in page  # name and contact are never published


def test_publishing_needs_an_answer(officer_client):
    feedback = FeedbackFactory()
    response = officer_client.post(
        reverse("eservice_feedback:edit", args=(feedback.pk,)), {"answer": "", "status": "new", "published": "on"}
    )
    assert response.status_code == 200
    assert "Write an answer before publishing a message." in response.content.decode()


def test_feedback_list_and_no_delete(officer_client, front_desk):
    feedback = FeedbackFactory()
    assert officer_client.get(reverse("eservice_feedback:index")).status_code == 200
    assert str(feedback) in officer_client.get(reverse("eservice_feedback:index")).content.decode()
    assert officer_client.get(f"/admin/eservice/feedback/delete/{feedback.pk}/", follow=True).status_code == 404
    # Front desk does not moderate feedback.
    officer_client.force_login(front_desk)
    assert officer_client.get(reverse("eservice_feedback:index")).status_code == 302


def test_api_feedback(client, centre):
    response = client.post(
        "/api/v3/feedback/",
        {"message": "Please open on Saturdays too.", "contact": "rahima@example.com", "service": "ngo-report"},
        content_type="application/json",
        HTTP_ACCEPT_LANGUAGE="en",
    )
    assert response.status_code == 201
    data = response.json()
    feedback = Feedback.objects.get(pk=data["id"])
    assert (feedback.language, feedback.service, data["status"]) == ("en", centre.plain, "new")


def test_api_feedback_errors_are_problem_json(client, centre):
    response = client.post(
        "/api/v3/feedback/?locale=bn",
        {"message": " ", "contact": "abc", "service": "nope"},
        content_type="application/json",
    )
    assert response.status_code == 422
    assert response["Content-Type"].startswith("application/problem+json")
    fields = {tuple(error["loc"]): error["msg"] for error in response.json()["errors"]}
    assert set(fields) == {("body", "message"), ("body", "contact"), ("body", "service")}
    assert not Feedback.objects.exists()


def test_api_feedback_rate_limit(client, settings, centre):
    settings.API_ANON_RATE = "2/m"
    for _ in range(2):
        assert (
            client.post("/api/v3/feedback/", {"message": "ঠিক আছে"}, content_type="application/json").status_code == 201
        )
    response = client.post("/api/v3/feedback/", {"message": "ঠিক আছে"}, content_type="application/json")
    assert response.status_code == 429
    assert response["Retry-After"]


def test_feedback_page_lives_under_the_home_page_once():
    from home.models import HomePage

    assert FeedbackPage.allowed_parent_page_models() == [HomePage]
    assert FeedbackPage.allowed_subpage_models() == []
    assert FeedbackPage.max_count_per_parent == 1
