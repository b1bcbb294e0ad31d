from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    """Shared code that knows no domain: i18n helpers, the attachment trio, HTTP helpers, uploads."""

    name = "core"
    verbose_name = _("Shared")
