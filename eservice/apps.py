from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class EserviceConfig(AppConfig):
    name = "eservice"
    verbose_name = _("E-service")

    def ready(self) -> None:
        # Applicants are notified of every receipt and status change.
        # The project's one hook for API routers, as Wagtail's own apps do it (wagtail/images/apps.py).
        # Imported here: Wagtail's API module builds schemas from every model, so it needs the
        # finished app registry (Django's rule for ready(), not an import cycle).
        from wagtail.api.v3.api import api

        from eservice.api import routers
        from eservice.notifications import receivers  # noqa: F401

        for prefix, router in routers:
            api.add_router(prefix, router)
