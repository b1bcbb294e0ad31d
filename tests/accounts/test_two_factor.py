"""The accounts app's own pages: a user's two-factor settings, new recovery codes, turning it
off (only where it is optional), the lost-phone command, and the superuser's unlock page."""

import pytest
from django.core.management import call_command
from django_otp.plugins.otp_static.models import StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice
from wagtail.users.models import UserProfile

from tests.accounts.helpers import admin_page_status, make_user, sign_in, with_recovery_codes

pytestmark = pytest.mark.django_db


def test_the_account_page_links_to_two_factor_settings(client, django_user_model):
    client.force_login(make_user(django_user_model, "editor"))

    assert "/admin/two-factor/" in client.get("/admin/account/").content.decode()
    assert client.get("/admin/two-factor/").status_code == 200


def test_an_editor_may_enrol_and_turn_it_off(client, django_user_model):
    editor = make_user(django_user_model, "editor")
    client.force_login(editor)

    assert client.post("/admin/two-factor/disable/").status_code == 302
    assert not TOTPDevice.objects.filter(user=editor).exists()
    assert admin_page_status(client)[0] == 200


def test_an_officer_may_not_turn_it_off(client, django_user_model):
    officer = make_user(django_user_model, "officer", group="E-service officers")
    client.force_login(officer)

    client.post("/admin/two-factor/disable/")
    assert TOTPDevice.objects.filter(user=officer).exists()


def test_new_recovery_codes_replace_the_old_ones(client, django_user_model):
    officer = make_user(django_user_model, "officer", group="E-service officers")
    with_recovery_codes(officer, "oldcode123")
    client.force_login(officer)

    page = client.post("/admin/two-factor/recovery-codes/")

    codes = list(StaticToken.objects.filter(device__user=officer).values_list("token", flat=True))
    assert len(codes) == 10
    assert "oldcode123" not in codes
    assert all(code in page.content.decode() for code in codes)


def test_new_recovery_codes_need_a_verified_session(client, django_user_model):
    officer = make_user(django_user_model, "officer", group="E-service officers")
    TOTPDevice.objects.create(user=officer, name="phone", confirmed=True)
    with_recovery_codes(officer, "oldcode123")
    sign_in(client, "officer")

    response = client.post("/admin/two-factor/recovery-codes/")

    assert response.status_code == 302
    assert response["Location"].startswith("/admin/two-factor/verify/")
    assert StaticToken.objects.filter(token="oldcode123").exists()


def test_the_lost_phone_command_sends_the_user_to_enrol_again(client, django_user_model):
    officer = make_user(django_user_model, "officer", group="E-service officers")
    TOTPDevice.objects.create(user=officer, name="phone", confirmed=True)

    call_command("reset_two_factor", "officer")
    sign_in(client, "officer")

    assert admin_page_status(client)[1].startswith("/admin/two-factor/enrol/")


def test_verify_goes_nowhere_off_site(client, django_user_model):
    officer = make_user(django_user_model, "officer", group="E-service officers")
    with_recovery_codes(officer, "rescue1234")
    TOTPDevice.objects.create(user=officer, name="phone", confirmed=True)
    sign_in(client, "officer")

    response = client.post("/admin/two-factor/verify/", {"token": "rescue1234", "next": "https://evil.example/"})

    assert response["Location"] == "/admin/"


def test_locked_sign_ins_are_in_the_superusers_settings_menu(admin_client):
    assert "/admin/locked-logins/" in admin_client.get("/admin/").content.decode()


def test_the_recovery_codes_left_are_counted_in_the_readers_digits(client, django_user_model):
    officer = make_user(django_user_model, "officer", group="E-service officers")
    with_recovery_codes(officer, "first12345", "second1234")
    client.force_login(officer)

    bengali = client.get("/admin/two-factor/").content.decode()  # a new account's admin is Bengali
    profile = UserProfile.get_for_user(officer)
    profile.preferred_language = "en"
    profile.save()
    english = client.get("/admin/two-factor/").content.decode()

    assert "আপনার আর ২টি রিকভারি কোড বাকি আছে।" in bengali
    assert "You have 2 recovery codes left." in english
