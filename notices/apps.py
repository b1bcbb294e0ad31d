from django.apps import AppConfig
from django.db.models.signals import pre_save
from django.utils.translation import gettext_lazy as _


class NoticesConfig(AppConfig):
    name = "notices"
    verbose_name = _("Notices")

    def ready(self) -> None:
        from notices.signals import normalise_text_fields

        pre_save.connect(normalise_text_fields, dispatch_uid="notices_nfc_text")
