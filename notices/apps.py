from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class NoticesConfig(AppConfig):
    name = "notices"
    verbose_name = _("Notices")

    def ready(self) -> None:
        # The project's one hook for API routers, as Wagtail's own apps do it (wagtail/images/apps.py).
        # Imported here: Wagtail's API module builds schemas from every model, so it needs the
        # finished app registry (Django's rule for ready(), not an import cycle).
        from wagtail.api.v3.api import api

        from notices import purge  # noqa: F401  (connects the purge receivers)
        from notices.api import router

        api.add_router("/notices/", router)
