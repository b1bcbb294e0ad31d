"""Feedback in the admin: staff answer, publish or set aside messages; nothing is deleted."""

import pytest
from django.urls import reverse

from eservice.models import FeedbackStatus
from tests.eservice.factories import FeedbackFactory

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("fresh_rate_limits")]


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
