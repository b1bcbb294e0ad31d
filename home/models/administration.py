"""The district administration and its branches (শাখা)."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.fields import RichTextField, StreamField
from wagtail.search import index

from core.representations.fields import RichTextHTMLField
from home.api_fields import ServicesField
from home.blocks import ServiceBlock

from .base import BasePage, ListingIndexPage


class BranchPage(BasePage):
    """A branch of the Deputy Commissioner's Office: its duties, officer in charge and services."""

    duties = RichTextField(
        _("duties"),
        blank=True,
        features=["bold", "italic", "link", "ol", "ul"],
        help_text=_("What the branch does, as a short list."),
    )
    officer_designation = models.CharField(
        _("designation of the officer in charge"),
        max_length=255,
        blank=True,
        help_text=_("e.g. Additional Deputy Commissioner (Revenue)"),
    )
    officer_name = models.CharField(
        _("name of the officer in charge"),
        max_length=255,
        blank=True,
        help_text=_("Leave empty while the post is vacant."),
    )
    room = models.CharField(_("room"), max_length=100, blank=True, help_text=_("Room number or floor, e.g. Room 105"))
    phone = models.CharField(_("phone"), max_length=100, blank=True, help_text=_("With the area code."))
    email = models.EmailField(_("email"), blank=True)
    services = StreamField(
        [("service", ServiceBlock())],
        verbose_name=_("services"),
        blank=True,
        help_text=_("Services the branch gives citizens, with time limit and fee."),
    )

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("duties"),
        MultiFieldPanel(
            [
                FieldPanel("officer_designation"),
                FieldPanel("officer_name"),
                FieldRowPanel([FieldPanel("room"), FieldPanel("phone"), FieldPanel("email")]),
            ],
            heading=_("Officer in charge"),
        ),
        FieldPanel("services"),
        *BasePage.attachment_panels,
    ]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("duties"),
        index.SearchField("officer_designation"),
        index.SearchField("services"),
    ]
    api_fields = [
        *BasePage.api_fields,
        APIField("duties", serializer=RichTextHTMLField()),
        APIField("officer_designation"),
        APIField("officer_name"),
        APIField("room"),
        APIField("phone"),
        APIField("email"),
        APIField("services", serializer=ServicesField()),
    ]

    parent_page_types = ["home.AdministrationIndexPage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("branch")
        verbose_name_plural = _("branches")


class AdministrationIndexPage(ListingIndexPage):
    """The district administration: an introduction and the list of the office's branches."""

    listing_model = BranchPage
    per_page = 30

    content_panels = [*BasePage.content_panels, *BasePage.attachment_panels]
    search_fields = BasePage.search_fields
    api_fields = BasePage.api_fields

    parent_page_types = ["home.HomePage"]
    subpage_types = ["home.BranchPage", "home.ContentPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("district administration")
        verbose_name_plural = _("district administration pages")
