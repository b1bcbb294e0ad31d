from django.apps import AppConfig
from django.conf import settings
from django.db.models.signals import post_save
from django.utils.translation import gettext_lazy as _


class AccountsConfig(AppConfig):
    """Admin sign-in: lockout after wrong passwords, two-factor authentication, logout by POST."""

    name = "accounts"
    verbose_name = _("Accounts")

    def ready(self) -> None:
        from accounts.signals import start_in_the_site_language

        post_save.connect(start_in_the_site_language, sender=settings.AUTH_USER_MODEL, dispatch_uid="accounts.language")
