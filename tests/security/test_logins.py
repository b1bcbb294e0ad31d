"""Issue 13, item 1 and the logout finding, as an attacker tries them through HTTP: password
guessing on the admin login, password reset flooding, the admin without a second factor, and a
GET that signs an officer out."""

import re

import pytest
from django.core import mail
from django.core.management import call_command
from django.test import Client
from django.utils import translation
from wagtail.models import APIToken

from accounts.lockout import lockout_message
from tests.accounts.helpers import (
    PASSWORD,
    admin_page_status,
    current_code,
    enrolled,
    make_user,
    sign_in,
    with_recovery_codes,
)

pytestmark = pytest.mark.django_db

# The Bengali message comes from the catalogue; its minutes are always in Bengali digits.
LOCKED_MARKS = {"bn": "৩০", "en": "Too many failed sign-in attempts"}


def shows_lockout(response, language: str) -> bool:
    with translation.override(language):
        message = lockout_message()
    page = response.content.decode()
    return message in page and LOCKED_MARKS[language] in page


@pytest.fixture(autouse=True)
def _back_to_bengali():
    yield
    translation.activate("bn")


@pytest.mark.parametrize("language", ["bn", "en"])
def test_thirty_wrong_passwords_lock_the_account_with_a_message_in_the_users_language(
    client, django_user_model, language
):
    make_user(django_user_model, "officer")
    answers = [sign_in(client, "officer", f"guess-{i}", HTTP_ACCEPT_LANGUAGE=language) for i in range(30)]

    assert answers[0].status_code == 200
    assert answers[-1].status_code == 429
    assert shows_lockout(answers[-1], language)
    # The sign-in form under the message is the page's own, its labels in the reader's language.
    assert ("পাসওয়ার্ড" in answers[-1].text) == (language == "bn")

    right = sign_in(client, "officer", PASSWORD, HTTP_ACCEPT_LANGUAGE=language)
    assert right.status_code == 429
    assert shows_lockout(right, language)
    assert admin_page_status(client)[0] == 302  # still signed out


def test_the_account_stays_locked_from_another_address(client, django_user_model):
    make_user(django_user_model, "officer")
    for i in range(30):
        sign_in(client, "officer", f"guess-{i}", REMOTE_ADDR=f"10.0.0.{i}")

    assert sign_in(client, "officer", PASSWORD, REMOTE_ADDR="10.9.9.9").status_code == 429


def test_one_address_guessing_many_accounts_is_locked(client, django_user_model):
    make_user(django_user_model, "victim")
    for i in range(30):
        sign_in(client, f"user{i}", "guess", REMOTE_ADDR="10.1.1.1")

    assert sign_in(client, "victim", PASSWORD, REMOTE_ADDR="10.1.1.1").status_code == 429
    assert sign_in(client, "victim", PASSWORD, REMOTE_ADDR="10.1.1.2").status_code == 302


def test_a_forged_forwarded_address_is_no_server_error(client, django_user_model, settings):
    settings.TRUSTED_PROXY_COUNT = 1
    make_user(django_user_model, "officer")

    assert sign_in(client, "officer", "guess", HTTP_X_FORWARDED_FOR="not-an-address").status_code == 200
    assert sign_in(client, "officer", PASSWORD, HTTP_X_FORWARDED_FOR="not-an-address").status_code == 302


def test_a_superuser_unlocks_the_account_in_the_admin(client, django_user_model, admin_client):
    make_user(django_user_model, "officer")
    for i in range(30):
        sign_in(client, "officer", f"guess-{i}")
    locked_list = admin_client.get("/admin/locked-logins/")
    assert locked_list.status_code == 200
    assert "officer" in locked_list.content.decode()

    assert admin_client.post("/admin/locked-logins/", {"username": "officer"}).status_code == 302

    assert sign_in(client, "officer", PASSWORD).status_code == 302
    assert admin_page_status(client)[0] == 200


def test_an_editor_cannot_unlock_accounts(client, django_user_model):
    editor = make_user(django_user_model, "editor")
    client.force_login(editor)

    make_user(django_user_model, "officer")
    for i in range(30):
        sign_in(Client(), "officer", f"guess-{i}")

    assert "officer" not in client.get("/admin/locked-logins/").content.decode()
    client.post("/admin/locked-logins/", {"username": "officer"})
    assert sign_in(Client(), "officer", PASSWORD).status_code == 429


def test_the_management_command_unlocks_the_account(client, django_user_model):
    make_user(django_user_model, "officer")
    for i in range(30):
        sign_in(client, "officer", f"guess-{i}")

    call_command("axes_reset_username", "officer")

    assert sign_in(client, "officer", PASSWORD).status_code == 302


def test_password_reset_is_limited_per_address(client, django_user_model):
    for i in range(8):
        make_user(django_user_model, f"user{i}")
    answers = [
        client.post("/admin/password_reset/", {"email": f"user{i}@example.com"}, HTTP_ACCEPT_LANGUAGE="en")
        for i in range(8)
    ]

    assert [answer.status_code for answer in answers[:5]] == [302] * 5
    assert answers[-1].status_code == 429
    assert "Too many password reset requests" in answers[-1].content.decode()
    assert len(mail.outbox) == 5


def test_password_reset_is_limited_per_email_from_any_address(client, django_user_model):
    make_user(django_user_model, "officer")
    answers = [
        client.post("/admin/password_reset/", {"email": "officer@example.com"}, REMOTE_ADDR=f"10.0.0.{i}")
        for i in range(8)
    ]

    assert answers[-1].status_code == 429
    assert re.search("[০-৯]+ মিনিট|[০-৯]+ minute", answers[-1].content.decode())  # minutes, Bengali digits
    assert len(mail.outbox) == 5


@pytest.mark.parametrize("kind", ["superuser", "E-service officers", "Front desk"])
def test_staff_who_must_use_two_factor_are_sent_to_enrol_and_reach_no_admin_page(client, django_user_model, kind):
    make_user(django_user_model, "staff", superuser=kind == "superuser", group=None if kind == "superuser" else kind)
    assert sign_in(client, "staff").status_code == 302

    for path in ("/admin/", "/admin/pages/", "/admin/users/", "/admin/eservice/"):
        status, location = admin_page_status(client, path)
        assert status == 302, path
        assert location.startswith("/admin/two-factor/enrol/"), path


def test_enrolment_shows_a_qr_code_then_recovery_codes_once_and_opens_the_admin(client, django_user_model):
    user = make_user(django_user_model, "officer", group="E-service officers")
    sign_in(client, "officer")
    page = client.get("/admin/two-factor/enrol/")
    assert page.status_code == 200
    assert "<svg" in page.content.decode()

    device = user.totpdevice_set.get()
    done = client.post("/admin/two-factor/enrol/", {"token": current_code(device)})

    assert done.status_code == 200
    codes = [token.token for token in user.staticdevice_set.get().token_set.all()]
    assert len(codes) == 10
    assert all(code in done.content.decode() for code in codes)
    assert "no-store" in done["Cache-Control"]
    assert admin_page_status(client)[0] == 200


def test_an_enrolled_officer_must_verify_after_the_password(client, django_user_model):
    user = make_user(django_user_model, "officer", group="E-service officers")
    device = enrolled(user)
    sign_in(client, "officer")

    status, location = admin_page_status(client, "/admin/pages/")
    assert (status, location.split("?")[0]) == (302, "/admin/two-factor/verify/")
    assert (
        client.post("/admin/two-factor/verify/", {"token": current_code(device), "next": "/admin/pages/"})["Location"]
        == "/admin/pages/"
    )
    assert admin_page_status(client)[0] == 200


def test_a_wrong_code_is_refused(client, django_user_model):
    user = make_user(django_user_model, "officer", group="E-service officers")
    device = enrolled(user)
    sign_in(client, "officer")
    wrong = "000000" if current_code(device) != "000000" else "111111"

    assert client.post("/admin/two-factor/verify/", {"token": wrong}).status_code == 200
    assert admin_page_status(client)[0] == 302


def test_a_recovery_code_works_once(client, django_user_model):
    user = make_user(django_user_model, "officer", group="E-service officers")
    enrolled(user)
    with_recovery_codes(user, "rescue1234")

    sign_in(client, "officer")
    client.post("/admin/two-factor/verify/", {"token": "rescue1234"})
    assert admin_page_status(client)[0] == 200

    client.post("/admin/logout/")
    sign_in(client, "officer")
    refused = client.post("/admin/two-factor/verify/", {"token": "rescue1234"})
    assert refused.status_code == 200
    assert admin_page_status(client)[0] == 302


def test_an_editor_without_two_factor_still_works(client, django_user_model):
    make_user(django_user_model, "editor")
    assert sign_in(client, "editor").status_code == 302

    assert admin_page_status(client)[0] == 200
    assert admin_page_status(client, "/admin/pages/")[0] == 200


def test_the_token_of_an_officer_without_two_factor_is_refused(client, django_user_model):
    officer = make_user(django_user_model, "officer", group="E-service officers")
    _token, key = APIToken.create_token(user=officer, name="counter")

    refused = client.get("/api/v3/pages/", HTTP_AUTHORIZATION=f"Bearer {key}")
    assert refused.status_code == 403
    assert refused["Content-Type"].startswith("application/problem+json")

    enrolled(officer)
    assert client.get("/api/v3/pages/", HTTP_AUTHORIZATION=f"Bearer {key}").status_code == 200


def test_get_on_logout_keeps_the_session(client, django_user_model):
    editor = make_user(django_user_model, "editor")
    client.force_login(editor)

    assert client.get("/admin/logout/").status_code == 405
    assert admin_page_status(client)[0] == 200

    assert client.post("/admin/logout/").status_code == 302
    assert admin_page_status(client)[0] == 302
