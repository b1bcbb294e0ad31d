"""Investment opportunities in the district."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.fields import RichTextField
from wagtail.search import index

from core.choices import Upazila
from core.representations.fields import RichTextHTMLField
from home.forms import InvestmentFilterForm

from .base import BasePage, ListingIndexPage
from .choices import InvestmentSector


class InvestmentPage(BasePage):
    """An investment opportunity: sector, place, land or facility on offer, incentives and contact."""

    sector = models.CharField(_("sector"), max_length=32, choices=InvestmentSector.choices)
    upazila = models.CharField(_("upazila"), max_length=32, choices=Upazila.choices, blank=True)
    location = models.CharField(
        _("location"), max_length=255, blank=True, help_text=_("Where the opportunity is, e.g. a road or a market.")
    )
    facility = models.TextField(
        _("land or facility available"),
        blank=True,
        help_text=_("What an investor finds ready: land, buildings, power, roads."),
    )
    incentives = RichTextField(
        _("incentives"),
        blank=True,
        features=["bold", "italic", "link", "ul", "ol"],
        help_text=_("Government incentives an investor can claim."),
    )
    contact_name = models.CharField(
        _("contact"), max_length=255, blank=True, help_text=_("The office or officer to contact.")
    )
    contact_phone = models.CharField(_("phone"), max_length=100, blank=True)
    contact_email = models.EmailField(_("email"), blank=True)

    content_panels = [
        *BasePage.content_panels,
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("sector"), FieldPanel("upazila")]),
                FieldPanel("location"),
                FieldPanel("facility"),
                FieldPanel("incentives"),
            ],
            heading=_("Opportunity"),
        ),
        MultiFieldPanel(
            [FieldPanel("contact_name"), FieldRowPanel([FieldPanel("contact_phone"), FieldPanel("contact_email")])],
            heading=_("Contact"),
        ),
        *BasePage.attachment_panels,
    ]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("location"),
        index.SearchField("facility"),
        index.SearchField("incentives"),
        index.FilterField("sector"),
        index.FilterField("upazila"),
    ]
    api_fields = [
        *BasePage.api_fields,
        APIField("sector"),
        APIField("upazila"),
        APIField("location"),
        APIField("facility"),
        APIField("incentives", serializer=RichTextHTMLField()),
        APIField("contact_name"),
        APIField("contact_phone"),
        APIField("contact_email"),
    ]

    parent_page_types = ["home.InvestmentIndexPage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("investment opportunity")
        verbose_name_plural = _("investment opportunities")


class InvestmentIndexPage(ListingIndexPage):
    """Investment opportunities, filtered by sector and upazila."""

    listing_model = InvestmentPage
    filter_form_class = InvestmentFilterForm
    per_page = 12

    content_panels = [*BasePage.content_panels, *BasePage.attachment_panels]
    search_fields = BasePage.search_fields
    api_fields = BasePage.api_fields

    parent_page_types = ["home.HomePage"]
    subpage_types = ["home.InvestmentPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("investment opportunities index")
        verbose_name_plural = _("investment opportunities indexes")
