"""Sairat mahals: jalmahals, balumahals, pathormahals and other government estates leased out."""

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.search import index

from core.choices import Upazila
from home.forms import MahalFilterForm

from .base import BasePage, ListingIndexPage
from .choices import LeaseStatus, MahalKind

# Bengali (Bangla) calendar years a lease can plausibly name: 1400 BS began in April 1993.
BANGLA_YEAR_VALIDATORS = [MinValueValidator(1400), MaxValueValidator(1500)]


class MahalPage(BasePage):
    """One sairat mahal: where it lies, its size, its lease and who holds it."""

    kind = models.CharField(_("kind"), max_length=16, choices=MahalKind.choices, help_text=_("What is leased."))
    upazila = models.CharField(_("upazila"), max_length=32, choices=Upazila.choices)
    mouza = models.CharField(
        _("mouza"), max_length=255, blank=True, help_text=_("The mouza (and JL number) where the mahal lies.")
    )
    area_acres = models.DecimalField(
        _("area (acres)"),
        max_digits=10,
        decimal_places=2,
        null=True,
        blank=True,
        validators=[MinValueValidator(0)],
        help_text=_("In acres, e.g. 33.61"),
    )
    lease_year_from = models.PositiveSmallIntegerField(
        _("lease from (Bangla year)"),
        null=True,
        blank=True,
        validators=BANGLA_YEAR_VALIDATORS,
        help_text=_("First Bangla year of the lease, e.g. 1433"),
    )
    lease_year_to = models.PositiveSmallIntegerField(
        _("lease to (Bangla year)"),
        null=True,
        blank=True,
        validators=BANGLA_YEAR_VALIDATORS,
        help_text=_("Last Bangla year of the lease, e.g. 1435"),
    )
    lease_starts = models.DateField(_("lease starts"), null=True, blank=True, help_text=_("e.g. 1 Baishakh: 14 April"))
    lease_ends = models.DateField(_("lease ends"), null=True, blank=True, help_text=_("e.g. 30 Chaitra: 13 April"))
    lease_value = models.DecimalField(
        _("lease value (taka)"),
        max_digits=14,
        decimal_places=2,
        null=True,
        blank=True,
        validators=[MinValueValidator(0)],
        help_text=_("The yearly lease money in taka."),
    )
    lessee = models.CharField(
        _("lessee"), max_length=255, blank=True, help_text=_("Who holds the lease, e.g. a fishermen's cooperative.")
    )
    status = models.CharField(_("status"), max_length=16, choices=LeaseStatus.choices, default=LeaseStatus.VACANT)

    content_panels = [
        *BasePage.content_panels,
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("kind"), FieldPanel("status")]),
                FieldRowPanel([FieldPanel("upazila"), FieldPanel("mouza")]),
                FieldPanel("area_acres"),
            ],
            heading=_("Mahal"),
        ),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("lease_year_from"), FieldPanel("lease_year_to")]),
                FieldRowPanel([FieldPanel("lease_starts"), FieldPanel("lease_ends")]),
                FieldRowPanel([FieldPanel("lease_value"), FieldPanel("lessee")]),
            ],
            heading=_("Lease"),
        ),
        *BasePage.attachment_panels,
    ]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("mouza"),
        index.SearchField("lessee"),
        index.FilterField("kind"),
        index.FilterField("upazila"),
        index.FilterField("status"),
    ]
    api_fields = [
        *BasePage.api_fields,
        APIField("kind"),
        APIField("upazila"),
        APIField("mouza"),
        APIField("area_acres"),
        APIField("lease_year_from"),
        APIField("lease_year_to"),
        APIField("lease_starts"),
        APIField("lease_ends"),
        APIField("lease_value"),
        APIField("lessee"),
        APIField("status"),
    ]

    parent_page_types = ["home.MahalIndexPage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("sairat mahal")
        verbose_name_plural = _("sairat mahals")

    def clean(self):
        super().clean()
        errors = {}
        if self.lease_year_from and self.lease_year_to and self.lease_year_to < self.lease_year_from:
            errors["lease_year_to"] = _("The lease cannot end before the year it starts.")
        if self.lease_starts and self.lease_ends and self.lease_ends <= self.lease_starts:
            errors["lease_ends"] = _("The lease must end after it starts.")
        if self.status == LeaseStatus.LEASED and not (self.lessee or "").strip():
            errors["lessee"] = _("Name the lessee of a leased mahal.")
        if errors:
            raise ValidationError(errors)


class MahalIndexPage(ListingIndexPage):
    """The sairat mahals: a table of every mahal, filtered by kind, upazila and lease status."""

    listing_model = MahalPage
    filter_form_class = MahalFilterForm
    listing_select_related = ()
    listing_order = ("kind", "upazila", "title")
    per_page = 25

    content_panels = [*BasePage.content_panels, *BasePage.attachment_panels]
    search_fields = BasePage.search_fields
    api_fields = BasePage.api_fields

    parent_page_types = ["home.HomePage"]
    subpage_types = ["home.MahalPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("sairat mahals index")
        verbose_name_plural = _("sairat mahals indexes")
