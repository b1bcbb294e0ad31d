from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DemoConfig(AppConfig):
    """The demo site: its content as data files (demo/data/) and `manage.py load_demo_content`."""

    name = "demo"
    verbose_name = _("Demo content")
