from django.apps import AppConfig


class RangpurCmsConfig(AppConfig):
    """The project package as the last installed app: its ready() runs after every other app's."""

    name = "rangpur_cms"
    verbose_name = "Rangpur CMS"

    def ready(self) -> None:
        from home.api import api_schemas_built

        # HomeConfig.ready() (the first app) made English active so that the API schemas that
        # Wagtail's apps build in between come out in English; every app has built them now.
        api_schemas_built()
