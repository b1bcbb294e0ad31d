from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AccountsConfig(AppConfig):
    """Admin sign-in: lockout after wrong passwords, two-factor authentication, logout by POST."""

    name = "accounts"
    verbose_name = _("Accounts")
