"""The feedback page (মতামত ও পরামর্শ): its form with the honeypot and rate limit, and where
the page may live."""

import pytest

from eservice.models import Feedback, FeedbackPage, FeedbackStatus

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("fresh_rate_limits")]


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


def test_feedback_page_lives_under_the_home_page_once():
    from home.models import HomePage

    assert FeedbackPage.allowed_parent_page_models() == [HomePage]
    assert FeedbackPage.allowed_subpage_models() == []
    assert FeedbackPage.max_count_per_parent == 1
