"""Places to visit in the district."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.fields import RichTextField, StreamField
from wagtail.search import index

from core.choices import Upazila
from core.representations.fields import RichTextHTMLField
from home.api_fields import GalleryField
from home.blocks import GalleryImageBlock
from home.forms import TouristSpotFilterForm

from .base import BasePage, ListingIndexPage
from .geo import MapPosition


class TouristSpotPage(MapPosition, BasePage):
    """A place to visit: what it is, where, how to get there and when to go, with photos."""

    upazila = models.CharField(_("upazila"), max_length=32, choices=Upazila.choices)
    how_to_get_there = RichTextField(
        _("how to get there"),
        blank=True,
        features=["bold", "italic", "link", "ul"],
        help_text=_("Distance and transport from Rangpur city."),
    )
    best_season = models.CharField(
        _("best time to visit"), max_length=255, blank=True, help_text=_("e.g. Winter (November to February)")
    )
    opening_hours = models.CharField(
        _("opening hours"), max_length=255, blank=True, help_text=_("Leave empty if the place is always open.")
    )
    gallery = StreamField(
        [("photo", GalleryImageBlock())],
        verbose_name=_("gallery"),
        blank=True,
        help_text=_("More photos of the place, each with a description."),
    )

    content_panels = [
        *BasePage.content_panels,
        MultiFieldPanel(
            [
                FieldPanel("upazila"),
                FieldPanel("how_to_get_there"),
                FieldPanel("best_season"),
                FieldPanel("opening_hours"),
                *MapPosition.map_panels,
            ],
            heading=_("Visiting"),
        ),
        FieldPanel("gallery"),
        *BasePage.attachment_panels,
    ]
    search_fields = [*BasePage.search_fields, index.SearchField("how_to_get_there"), index.FilterField("upazila")]
    api_fields = [
        *BasePage.api_fields,
        APIField("upazila"),
        APIField("how_to_get_there", serializer=RichTextHTMLField()),
        APIField("best_season"),
        APIField("opening_hours"),
        APIField("gallery", serializer=GalleryField()),
        *MapPosition.api_fields,
    ]

    parent_page_types = ["home.TouristSpotIndexPage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("tourist spot")
        verbose_name_plural = _("tourist spots")


class TouristSpotIndexPage(ListingIndexPage):
    """Places to visit, filtered by upazila."""

    listing_model = TouristSpotPage
    filter_form_class = TouristSpotFilterForm
    per_page = 12

    content_panels = [*BasePage.content_panels, *BasePage.attachment_panels]
    search_fields = BasePage.search_fields
    api_fields = BasePage.api_fields

    parent_page_types = ["home.HomePage"]
    subpage_types = ["home.TouristSpotPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("tourist spots index")
        verbose_name_plural = _("tourist spots indexes")
