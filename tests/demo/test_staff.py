"""The staff-side demo: the feedback page in both languages, messages, visitors, groups; idempotent."""

import pytest
from django.contrib.auth.models import Group

from demo import staff as demo_staff
from eservice.models import Feedback, FeedbackPage, Visitor

pytestmark = pytest.mark.django_db


def test_demo_is_bilingual_and_idempotent(client, bilingual_site):
    page = demo_staff.load(bilingual_site.home_bn)
    counts = (FeedbackPage.objects.count(), Feedback.objects.count(), Visitor.objects.count())
    assert counts == (2, 3, 3)
    assert demo_staff.load(bilingual_site.home_bn).pk == page.pk
    assert (FeedbackPage.objects.count(), Feedback.objects.count(), Visitor.objects.count()) == counts
    assert Group.objects.filter(name__in=["E-service officers", "Front desk"]).count() == 2

    bengali = client.get("/bn/feedback/").content.decode()
    english = client.get("/en/feedback/").content.decode()
    assert "মতামত ও পরামর্শ" in bengali and "অপেক্ষার কক্ষে নতুন বেঞ্চ" in bengali
    assert "Feedback and suggestions" in english and "never published" in english
