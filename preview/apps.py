from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PreviewConfig(AppConfig):
    name = "preview"
    verbose_name = _("Headless preview")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from preview.modes import install_headless_mode

        install_headless_mode()
