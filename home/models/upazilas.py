"""The upazilas of the district, each with its UNO and unions."""

from django.core.validators import MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.fields import StreamField
from wagtail.search import index

from core.choices import Upazila
from home.api_fields import UnionsField

from .base import BasePage, ListingIndexPage
from .geo import MapPosition


class UpazilaPage(MapPosition, BasePage):
    """An upazila: its Upazila Nirbahi Officer, portal, area, population and unions."""

    upazila = models.CharField(
        _("upazila"),
        max_length=32,
        choices=Upazila.choices,
        help_text=_("Which of the district's upazilas this page is about."),
    )
    uno_name = models.CharField(
        _("name of the UNO"), max_length=255, blank=True, help_text=_("The Upazila Nirbahi Officer now in post.")
    )
    uno_phone = models.CharField(_("UNO's phone"), max_length=100, blank=True)
    uno_email = models.EmailField(_("UNO's email"), blank=True)
    portal_url = models.URLField(_("upazila portal"), blank=True, help_text=_("e.g. https://mithapukur.rangpur.gov.bd"))
    area_km2 = models.DecimalField(
        _("area (km²)"), max_digits=8, decimal_places=2, null=True, blank=True, validators=[MinValueValidator(0)]
    )
    population = models.PositiveIntegerField(_("population"), null=True, blank=True)
    population_year = models.PositiveSmallIntegerField(
        _("census year"), null=True, blank=True, help_text=_("The census the population comes from, e.g. 2011.")
    )
    unions = StreamField(
        [("union", blocks.CharBlock(label=_("Union"), max_length=255, icon="group"))],
        verbose_name=_("unions"),
        blank=True,
        help_text=_("The union parishads of the upazila, one per entry."),
    )

    content_panels = [
        *BasePage.content_panels,
        MultiFieldPanel(
            [
                FieldPanel("upazila"),
                FieldPanel("uno_name"),
                FieldRowPanel([FieldPanel("uno_phone"), FieldPanel("uno_email")]),
                FieldPanel("portal_url"),
            ],
            heading=_("Upazila administration"),
        ),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("area_km2"), FieldPanel("population"), FieldPanel("population_year")]),
                *MapPosition.map_panels,
            ],
            heading=_("Facts"),
        ),
        FieldPanel("unions"),
        *BasePage.attachment_panels,
    ]
    search_fields = [*BasePage.search_fields, index.SearchField("unions"), index.FilterField("upazila")]
    api_fields = [
        *BasePage.api_fields,
        APIField("upazila"),
        APIField("uno_name"),
        APIField("uno_phone"),
        APIField("uno_email"),
        APIField("portal_url"),
        APIField("area_km2"),
        APIField("population"),
        APIField("population_year"),
        APIField("unions", serializer=UnionsField()),
        *MapPosition.api_fields,
    ]

    parent_page_types = ["home.UpazilaIndexPage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("upazila")
        verbose_name_plural = _("upazilas")

    @property
    def union_count(self) -> int:
        return len(self.unions)


class UpazilaIndexPage(ListingIndexPage):
    """The district's upazilas, with area, population and number of unions."""

    listing_model = UpazilaPage
    listing_select_related = ()
    per_page = 20

    content_panels = [*BasePage.content_panels, *BasePage.attachment_panels]
    search_fields = BasePage.search_fields
    api_fields = BasePage.api_fields

    parent_page_types = ["home.HomePage"]
    subpage_types = ["home.UpazilaPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("upazilas index")
        verbose_name_plural = _("upazilas indexes")
