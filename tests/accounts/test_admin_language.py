"""The admin for staff who prefer Bengali: new accounts start in Bengali, an account without a
name can still change its language, `ensure_admin` names the admin, the sign-in page has no
English label, the admin loads Noto Sans Bengali, and Wagtail's sentences around our model
names are Bengali too."""

from pathlib import Path

import pytest
from django.contrib.auth import get_user_model
from django.contrib.staticfiles import finders
from django.core.management import call_command
from django.test import Client
from django.utils import translation
from django.utils.translation import gettext
from wagtail.users.models import UserProfile

from eservice.models import Application
from home.management.commands import ensure_admin
from notices.models import Notice
from tests.accounts.helpers import make_user

BENGALI = range(0x0980, 0x0A00)
# Django's own Bengali message for a malformed address (the project catalogue leaves it to Django).
EMAIL_ERROR = "একটি বৈধ ইমেইল ঠিকানা লিখুন"


def is_bengali(text: str) -> bool:
    letters = [ch for ch in text if ch.isalpha()]
    return bool(letters) and all(ord(ch) in BENGALI or not ch.isascii() for ch in letters)


@pytest.mark.django_db
def test_a_new_staff_account_starts_in_bengali(django_user_model):
    user = make_user(django_user_model, "nasrin")
    assert UserProfile.get_for_user(user).preferred_language == "bn"


@pytest.mark.django_db
def test_an_account_that_chose_english_keeps_it_when_saved_again(django_user_model):
    user = make_user(django_user_model, "karim")
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "en"
    profile.save()
    user.first_name = "Karim"
    user.save()
    assert UserProfile.get_for_user(user).preferred_language == "en"


def account_form(email: str, language: str) -> dict:
    return {
        "name_email-first_name": "",
        "name_email-last_name": "",
        "name_email-email": email,
        "locale-preferred_language": language,
        "locale-current_time_zone": "",
        "theme-theme": "system",
        "theme-contrast": "system",
        "theme-density": "default",
    }


@pytest.mark.django_db
def test_an_account_without_a_name_can_change_its_language(django_user_model, client: Client):
    user = make_user(django_user_model, "shirin")
    assert not user.first_name and not user.last_name
    client.force_login(user)
    response = client.post("/admin/account/", account_form(user.email, "en"))
    assert response.status_code == 302, response.content.decode()[:2000]
    assert UserProfile.get_for_user(user).preferred_language == "en"
    page = client.get("/admin/account/").content.decode()
    assert '<html lang="en"' in page


@pytest.mark.django_db
def test_the_account_page_still_checks_what_it_must(django_user_model, client: Client):
    user = make_user(django_user_model, "tania")
    client.force_login(user)
    response = client.post("/admin/account/", account_form("not-an-address", "en"))
    assert response.status_code == 200
    assert UserProfile.get_for_user(user).preferred_language == "bn"
    assert EMAIL_ERROR in response.content.decode()


@pytest.mark.django_db
def test_ensure_admin_gives_the_admin_a_name(django_user_model, tmp_path, monkeypatch, capsys):
    monkeypatch.setattr(ensure_admin, "PASSWORD_FILE", tmp_path / ".admin-password")
    call_command("ensure_admin")
    admin = django_user_model.objects.get(username="admin")
    assert (admin.first_name, admin.last_name) == (ensure_admin.FIRST_NAME, ensure_admin.LAST_NAME)
    assert UserProfile.get_for_user(admin).preferred_language == "bn"

    # An admin made before (without a name) gets one; a name an operator chose is kept.
    admin.first_name, admin.last_name = "", ""
    admin.save()
    call_command("ensure_admin")
    admin.refresh_from_db()
    assert admin.get_full_name() == f"{ensure_admin.FIRST_NAME} {ensure_admin.LAST_NAME}"
    admin.first_name = "মাহমুদা"
    admin.save()
    call_command("ensure_admin")
    admin.refresh_from_db()
    assert admin.first_name == "মাহমুদা"
    assert "password:" in capsys.readouterr().out


@pytest.mark.django_db
def test_the_sign_in_page_is_bengali_and_loads_the_bengali_font(client: Client):
    page = client.get("/admin/login/", HTTP_ACCEPT_LANGUAGE="bn").content.decode()
    assert ">Password" not in page
    assert "পাসওয়ার্ড" in page
    assert 'href="/static/accounts/admin-bengali.css"' in page
    stylesheet = finders.find("accounts/admin-bengali.css")
    css = Path(stylesheet).read_text(encoding="utf-8")
    for weight in (400, 700):
        font = f"fonts/noto-sans-bengali-bengali-{weight}-normal.woff2"
        assert f"../{font}" in css
        found = finders.find(font)
        assert found and Path(found).read_bytes()[:4] == b"wOF2"
    assert finders.find("fonts/OFL.txt"), "the font's licence travels with it"


@pytest.mark.django_db
def test_the_font_is_served(client: Client, settings):
    settings.WHITENOISE_USE_FINDERS = True
    response = client.get("/static/fonts/noto-sans-bengali-bengali-400-normal.woff2")
    assert response.status_code == 200
    assert b"".join(response.streaming_content if response.streaming else [response.content])[:4] == b"wOF2"


@pytest.mark.parametrize(
    "sentence",
    [
        "Add %(model_name)s",
        "No %(model_name)s match your query.",
        "There are no %(model_name)s to display.",
        "%(model_name)s '%(object)s' created.",
        "Are you sure you want to delete this %(model_name)s?",
        "New: %(model_name)s",
    ],
)
@pytest.mark.parametrize("model", [Notice, Application])
def test_wagtail_sentences_around_our_model_names_are_all_bengali(sentence, model):
    with translation.override("bn"):
        names = {"model_name": model._meta.verbose_name, "object": "২০২৬"}
        text = gettext(sentence) % names
        text_plural = gettext(sentence) % {**names, "model_name": model._meta.verbose_name_plural}
    assert is_bengali(text) and is_bengali(text_plural), (text, text_plural)


def test_wagtails_login_mismatch_is_one_bengali_sentence():
    with translation.override("bn"):
        field = str(get_user_model()._meta.get_field("username").verbose_name)
        text = gettext("Your %(username_field)s and password didn't match. Please try again.") % {
            "username_field": field
        }
    assert is_bengali(text), text
