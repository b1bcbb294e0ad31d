"""The last English words of Wagtail's admin for a staff member who reads it in Bengali: the
page search's results header ("1-2 of 2 None") and the yes/no icons' text ("True") in listings
such as the users list. Both come from Wagtail's templates, overridden in templates/wagtailadmin/
(guarded by test_wagtail_template_copies.py).
"""

import re
from pathlib import Path

import pytest
from django.contrib.auth import get_user_model
from wagtail.admin import templatetags
from wagtail.users.models import UserProfile

from tests.factories import ContentPageFactory

pytestmark = pytest.mark.django_db
WAGTAIL_TEMPLATES = Path(templatetags.__file__).parent.parent / "templates"


def staff_in(client, language: str):
    user = get_user_model().objects.create_superuser(f"staff-{language}", f"{language}@example.com", "pw")
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = language
    profile.save()
    client.force_login(user)
    return user


def visible_text(html: str) -> str:
    html = re.sub(r"<(script|style|template)\b.*?</\1>", " ", html, flags=re.S)
    return " ".join(re.sub(r"<[^>]+>", " ", html).split())


def test_the_page_search_header_names_pages_not_none(client, bilingual_site):
    for number in range(2):
        ContentPageFactory(parent=bilingual_site.home_bn, title=f"উপজেলার তথ্য {number}", slug=f"info-{number}")
    staff_in(client, "bn")
    text = visible_text(client.get("/admin/pages/search/", {"q": "উপজেলা"}).text)
    assert "None" not in text
    assert "মোট ২টি পাতা, দেখানো হচ্ছে ১-২" in text, text


def test_the_users_list_says_yes_and_no_in_the_readers_language(client):
    staff_in(client, "bn")
    get_user_model().objects.create_user("clerk", "clerk@example.com", "pw", is_active=False)
    text = visible_text(client.get("/admin/users/").text)
    assert not re.search(r"\b(True|False)\b", text)
    assert "হ্যাঁ" in text


def test_an_english_staff_member_reads_yes_and_no(client):
    staff_in(client, "en")
    text = visible_text(client.get("/admin/users/").text)
    assert "Yes" in text
    assert not re.search(r"\b(True|False)\b", text)
