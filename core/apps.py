from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    """Shared code that knows no domain: i18n helpers, the attachment trio, HTTP helpers, uploads."""

    name = "core"
    verbose_name = _("Shared")

    def ready(self) -> None:
        # core.text reaches wagtail.models (through core.i18n), which can be imported only once
        # the app registry is ready, so not at the top of this module.
        from core import visibility  # noqa: F401  (drops the cached restrictions when they change)
        from core.number_inputs import use_local_number_inputs
        from core.purging import retire_items_on_media_changes
        from core.text import store_text_in_nfc

        # Every page, whatever its type, is searched; its text is stored in the one form queries use.
        store_text_in_nfc(self.apps.get_model("wagtailcore", "Page"))
        # Numbers in the admin are typed and shown in the reader's digits, stored in ASCII.
        use_local_number_inputs()
        # API items that show an image or a document are remade when any of them changes.
        retire_items_on_media_changes()
