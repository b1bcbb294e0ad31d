"""The last English words of Wagtail's admin for a staff member who reads it in Bengali: the
page search's results header ("1-2 of 2 None") and the yes/no icons' text ("True") in listings
such as the users list. Both come from Wagtail's templates, overridden in templates/wagtailadmin/;
the guards below check that each copy is still Wagtail 8.0.1's template but for the change.
"""

import re
from pathlib import Path

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.template import engines
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


def overridden(name: str):
    ours = engines["django"].engine.get_template(name)
    assert Path(ours.origin.name).is_relative_to(settings.BASE_DIR / "templates")
    return ours.source, (WAGTAIL_TEMPLATES / name).read_text()


def test_the_page_title_header_is_wagtails_with_a_model_name_always():
    ours, wagtail = overridden("wagtailadmin/pages/listing/_page_title_column_header.html")
    head, body = wagtail.split("{% block after_label %}\n")
    assert body.rstrip().endswith("{% endblock %}")
    assert "{{ model_name }}" in body
    expected = (
        head + "{% block after_label %}\n"
        '    {# Rangpur: the page search gives no model name ("1-20 of 35 None"); "pages" then. #}\n'
        '    {% translate "pages" as pages %}{% with model_name=model_name|default:pages %}\n'
        + body.rstrip()[: -len("{% endblock %}")]
        + "    {% endwith %}\n{% endblock %}\n"
    )
    assert ours == expected


def test_the_boolean_cell_is_wagtails_with_yes_and_no():
    ours, wagtail = overridden("wagtailadmin/tables/boolean_cell.html")
    assert wagtail.count("title=value|stringformat:'s'") == 3
    expected = wagtail.replace("title=value|stringformat:'s'", "title=value|yesno|capfirst").replace(
        "{% load wagtailadmin_tags %}\n",
        '{% load wagtailadmin_tags %}{# Rangpur: the icons\' text in the reader\'s language ("হ্যাঁ", not "True") #}\n',
    )
    assert ours == expected
