"""The attachment trio: a photo, one attachment and several attachments.

The office's portal labels them ছবি, সংযুক্তি and সংযুক্তি (একাধিক). Every content page and
every notice carries the same three fields, so they live in one abstract model that both
inherit instead of being copied per model.
"""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.documents import get_document_model_string
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.fields import StreamField
from wagtail.images import get_image_model_string


class AttachmentTrio(models.Model):
    """Photo (with its alt text), one attachment and several ordered attachments."""

    photo = models.ForeignKey(
        get_image_model_string(),
        verbose_name=_("photo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    photo_alt = models.CharField(
        _("photo description"),
        max_length=255,
        blank=True,
        help_text=_("What the photo shows, for readers who cannot see it. Required with a photo."),
    )
    attachment = models.ForeignKey(
        get_document_model_string(),
        verbose_name=_("attachment"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    attachments = StreamField(
        [("document", DocumentChooserBlock(label=_("Document"), icon="doc-full"))],
        verbose_name=_("attachments (several)"),
        blank=True,
        help_text=_("Further documents, in the order readers should see them."),
    )

    attachment_panels = [
        MultiFieldPanel(
            [
                FieldPanel("photo"),
                FieldPanel("photo_alt"),
                FieldPanel("attachment"),
                FieldPanel("attachments"),
            ],
            heading=_("Photo and attachments"),
        )
    ]

    class Meta:
        abstract = True

    def clean(self):
        super().clean()
        if self.photo_id and not (self.photo_alt or "").strip():
            raise ValidationError({"photo_alt": _("Describe the photo for readers who cannot see it.")})

    @property
    def all_attachments(self) -> list:
        """The single attachment first, then the several, skipping deleted documents."""
        documents = [self.attachment] if self.attachment_id else []
        documents += [block.value for block in self.attachments if block.value]
        return documents
