"""Unsaved drafts an editor is previewing in the external front end (headless preview)."""

from django.contrib.contenttypes.models import ContentType
from django.core.serializers.json import DjangoJSONEncoder
from django.db import models
from django.utils.translation import gettext_lazy as _


class HeadlessPreview(models.Model):
    """The content of one preview in the admin, fetched by the front end with a signed token.

    Kept only as long as the token is valid (HEADLESS_PREVIEW_MAX_AGE); older rows are removed
    whenever a new preview is stored.
    """

    key = models.CharField(_("key"), max_length=64, unique=True)
    content_type = models.ForeignKey(ContentType, verbose_name=_("previewed type"), on_delete=models.CASCADE)
    # Stored as a revision would be (dates as ISO strings), and read back the same way.
    content_json = models.JSONField(_("content"), encoder=DjangoJSONEncoder)
    created_at = models.DateTimeField(_("created at"), auto_now_add=True, db_index=True)

    class Meta:
        verbose_name = _("headless preview")
        verbose_name_plural = _("headless previews")

    def __str__(self) -> str:
        return f"{self.content_type.app_label}.{self.content_type.model} {self.created_at:%Y-%m-%d %H:%M}"
