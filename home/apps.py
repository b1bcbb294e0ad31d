from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class HomeConfig(AppConfig):
    name = "home"
    verbose_name = _("Site and sections")

    def ready(self) -> None:
        # The project's one hook for API routers, as Wagtail's own apps do it (wagtail/images/apps.py).
        # Imported here: Wagtail's API module builds schemas from every model, so it needs the
        # finished app registry (Django's rule for ready(), not an import cycle).
        from wagtail.api.v3.api import api

        from home import cache_invalidation  # noqa: F401  (connects the purge receivers)
        from home.api import router

        api.add_router("/", router)
