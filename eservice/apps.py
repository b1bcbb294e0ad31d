from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class EserviceConfig(AppConfig):
    name = "eservice"
    verbose_name = _("E-service")
