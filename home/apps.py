from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class HomeConfig(AppConfig):
    name = "home"
    verbose_name = _("Site and sections")

    def ready(self) -> None:
        from home.api import build_api_schemas_in_english

        # Before any other app imports the API: its schemas (and the OpenAPI document) in English.
        build_api_schemas_in_english()
