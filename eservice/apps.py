from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class EserviceConfig(AppConfig):
    name = "eservice"
    verbose_name = _("E-service")

    def ready(self):
        # Applicants are notified of every receipt and status change.
        from eservice.notifications import receivers  # noqa: F401
