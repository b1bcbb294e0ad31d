from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.search import index

from core.attachments import AttachmentTrio
from core.previews import HeadlessPreviewMixin
from core.representations.fields import PhotoField, RichTextHTMLField, TranslationsField
from core.text import STEMS_FIELD, SearchStemsMixin


class HomePage(SearchStemsMixin, HeadlessPreviewMixin, AttachmentTrio, Page):
    """The portal's front page: the Deputy Commissioner's welcome and the way into every section."""

    welcome_heading = models.CharField(
        _("welcome heading"),
        max_length=255,
        blank=True,
        help_text=_('Shown above the Deputy Commissioner\'s message, e.g. "Welcome".'),
    )
    dc_name = models.CharField(
        _("Deputy Commissioner's name"), max_length=255, blank=True, help_text=_("Shown under the photo.")
    )
    dc_designation = models.CharField(
        _("designation"), max_length=255, blank=True, help_text=_("e.g. Deputy Commissioner, Rangpur")
    )
    welcome_message = RichTextField(
        _("welcome message"),
        blank=True,
        features=["bold", "italic", "link", "document-link", "ul", "ol", "h3"],
        help_text=_("The Deputy Commissioner's message to visitors."),
    )

    content_panels = [
        *Page.content_panels,
        MultiFieldPanel(
            [
                FieldPanel("welcome_heading"),
                FieldPanel("welcome_message"),
                FieldPanel("dc_name"),
                FieldPanel("dc_designation"),
            ],
            heading=_("Welcome message"),
        ),
        *AttachmentTrio.attachment_panels,
    ]

    search_fields = [
        *Page.search_fields,
        index.SearchField("welcome_message"),
        index.SearchField("dc_name"),
        STEMS_FIELD,
    ]

    api_fields = [
        APIField("welcome_heading"),
        APIField("welcome_message", serializer=RichTextHTMLField()),
        APIField("dc_name"),
        APIField("dc_designation"),
        APIField("photo_alt"),
        APIField("photo_detail", serializer=PhotoField(source="*")),
        APIField("translations", serializer=TranslationsField(source="*")),
    ]

    parent_page_types = ["wagtailcore.Page"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("home page")
