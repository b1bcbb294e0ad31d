from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PortalsConfig(AppConfig):
    """Making portals: `manage.py create_portal` builds a portal's Site, pages, settings, collection and groups."""

    name = "portals"
    verbose_name = _("Portals")
