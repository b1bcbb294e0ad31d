"""The directory of government offices in the district."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.search import index

from home.forms import OfficeFilterForm

from .base import BasePage, ListingIndexPage
from .choices import OfficeCategory
from .geo import MapPosition


class OfficePage(MapPosition, BasePage):
    """A government office in the district: who heads it, where it is and how to reach it."""

    category = models.CharField(
        _("category"),
        max_length=32,
        choices=OfficeCategory.choices,
        help_text=_("Readers filter the directory by category."),
    )
    head_designation = models.CharField(
        _("designation of the head of office"),
        max_length=255,
        blank=True,
        help_text=_("e.g. Deputy Director, District Statistician"),
    )
    address = models.TextField(_("address"), blank=True, help_text=_("The postal address, one line per row."))
    phone = models.CharField(_("phone"), max_length=100, blank=True, help_text=_("With the area code."))
    email = models.EmailField(_("email"), blank=True)
    website = models.URLField(
        _("website"), blank=True, help_text=_("The office's own portal, e.g. https://dae.rangpur.gov.bd")
    )

    content_panels = [
        *BasePage.content_panels,
        MultiFieldPanel(
            [
                FieldPanel("category"),
                FieldPanel("head_designation"),
                FieldPanel("address"),
                FieldRowPanel([FieldPanel("phone"), FieldPanel("email")]),
                FieldPanel("website"),
                *MapPosition.map_panels,
            ],
            heading=_("Office details"),
        ),
        *BasePage.attachment_panels,
    ]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("head_designation"),
        index.SearchField("address"),
        index.FilterField("category"),
    ]
    api_fields = [
        *BasePage.api_fields,
        APIField("category"),
        APIField("head_designation"),
        APIField("address"),
        APIField("phone"),
        APIField("email"),
        APIField("website"),
        *MapPosition.api_fields,
    ]

    parent_page_types = ["home.OfficeIndexPage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("government office")
        verbose_name_plural = _("government offices")


class OfficeIndexPage(ListingIndexPage):
    """The government offices directory, filtered by category."""

    listing_model = OfficePage
    filter_form_class = OfficeFilterForm
    listing_order = ("category", "title")
    per_page = 20

    content_panels = [*BasePage.content_panels, *BasePage.attachment_panels]
    search_fields = BasePage.search_fields
    api_fields = BasePage.api_fields

    parent_page_types = ["home.HomePage"]
    subpage_types = ["home.OfficePage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("government offices directory")
        verbose_name_plural = _("government offices directories")
