"""Signing in the way a person does: the password on the login page, then the second factor."""

from django.contrib.auth.models import Group
from django.test import Client
from django_otp.oath import totp
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

PASSWORD = "a-long-Passphrase-9"


def make_user(django_user_model, username, *, superuser=False, group=None, email=None):
    user = django_user_model.objects.create_user(
        username, email or f"{username}@example.com", PASSWORD, is_superuser=superuser
    )
    if group:
        user.groups.add(Group.objects.get(name=group))
    else:
        # Editors reach the admin through a group that grants "access admin".
        user.groups.add(Group.objects.get(name="Editors"))
    return user


def sign_in(client: Client, username: str, password: str = PASSWORD, **headers):
    return client.post("/admin/login/", {"username": username, "password": password}, **headers)


def current_code(device: TOTPDevice) -> str:
    return f"{totp(device.bin_key, device.step, device.t0, device.digits, device.drift):06d}"


def enrolled(user) -> TOTPDevice:
    return TOTPDevice.objects.create(user=user, name="phone", confirmed=True)


def with_recovery_codes(user, *codes: str) -> None:
    device = StaticDevice.objects.create(user=user, name="recovery", confirmed=True)
    for code in codes:
        StaticToken.objects.create(device=device, token=code)


def admin_page_status(client: Client, path: str = "/admin/") -> tuple[int, str]:
    response = client.get(path)
    return response.status_code, response.headers.get("Location", "")


def sign_in_in_browser(page, base: str, user, password: str) -> None:
    """Sign in through the admin's login page and the second-factor page, as a person does."""
    device = TOTPDevice.objects.get_or_create(user=user, name="browser", defaults={"confirmed": True})[0]
    page.goto(f"{base}/admin/login/")
    page.fill("input[name=username]", user.username)
    page.fill("input[name=password]", password)
    page.locator("form.login-form button[type=submit]").click()
    page.wait_for_url("**/admin/two-factor/verify/**")
    page.fill("input[name=token]", current_code(device))
    page.locator("main form button[type=submit]").first.click()
    page.wait_for_url(f"{base}/admin/")
