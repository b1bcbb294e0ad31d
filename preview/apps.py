from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _

from core.previews import serve_headless_previews_with


class PreviewConfig(AppConfig):
    name = "preview"
    verbose_name = _("Headless preview")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        # preview.modes stores drafts with this app's model, which can be imported only once the
        # app registry is ready, so not at the top of this module.
        from preview.modes import serve_headless_preview

        serve_headless_previews_with(serve_headless_preview)

        # The project's one hook for API routers, as Wagtail's own apps do it (wagtail/images/apps.py).
        # Imported here: Wagtail's API module builds schemas from every model, so it needs the
        # finished app registry (Django's rule for ready(), not an import cycle).
        from wagtail.api.v3.api import api

        from preview.api import router

        api.add_router("/", router)
