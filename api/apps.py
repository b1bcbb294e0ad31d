from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _

from api import wagtail_overrides


class ApiConfig(AppConfig):
    """The headless API (`/api/v3/`): finishes Wagtail's API object once every app is loaded."""

    name = "api"
    verbose_name = _("Headless API")

    def import_models(self) -> None:
        super().import_models()
        # Django imports every app's models before it runs any app's ready(), where Wagtail
        # builds the API schemas: so this holds wherever `api` stands in INSTALLED_APPS.
        wagtail_overrides.build_schema_titles_in_english()

    def ready(self) -> None:
        # Imported here, not at the top: Wagtail's API module builds schemas from every model when
        # first imported, which needs the finished app registry (Django's rule for ready()).
        from wagtail.api.v3.api import api as wagtail_api

        from api.assembly import assemble

        assemble(wagtail_api)
