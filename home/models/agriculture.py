"""Agriculture reports: fertilizer distribution and food-grain procurement, per upazila.

Each report's figures are ordered inline rows (upazila, type, two quantities) so that they are
typed numbers for the API and the server can draw them as a table and an SVG chart.
"""

from collections import OrderedDict
from decimal import Decimal

from django.core.exceptions import ValidationError
from django.core.validators import MinValueValidator
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.models import Orderable, Page
from wagtail.search import index

from core.choices import Upazila
from core.visibility import public
from home.forms import AgricultureFilterForm

from .base import BasePage, ListingIndexPage
from .choices import Crop, CropSeason, Fertilizer

TONNES = {"max_digits": 12, "decimal_places": 2, "validators": [MinValueValidator(0)]}


def share(part: Decimal | None, whole: Decimal | None) -> Decimal | None:
    """`part` as a percentage of `whole`, to one decimal place; None when there is no whole."""
    if not whole or part is None:
        return None
    return (Decimal(part) * 100 / Decimal(whole)).quantize(Decimal("0.1"))


class ReportPage(BasePage):
    """Abstract base of agriculture reports: the season and fiscal year they cover."""

    season = models.CharField(_("season"), max_length=16, choices=CropSeason.choices)
    fiscal_year = models.CharField(
        _("fiscal year"),
        max_length=9,
        help_text=_("e.g. 2025-26"),
    )

    class Meta:
        abstract = True

    def clean(self):
        super().clean()
        year = (self.fiscal_year or "").strip()
        parts = year.split("-")
        if not (len(parts) == 2 and len(parts[0]) == 4 and all(part.isdigit() and part.isascii() for part in parts)):
            raise ValidationError({"fiscal_year": _("Write the fiscal year as 2025-26.")})


class FertilizerReportPage(ReportPage):
    """A fertilizer distribution report: allocation against distribution per upazila and fertilizer."""

    content_panels = [
        *BasePage.content_panels,
        FieldRowPanel([FieldPanel("season"), FieldPanel("fiscal_year")], heading=_("Period")),
        InlinePanel("rows", heading=_("Figures (tonnes)"), label=_("Row")),
        *BasePage.attachment_panels,
    ]
    search_fields = [*BasePage.search_fields, index.FilterField("season"), index.FilterField("fiscal_year")]
    api_fields = [*BasePage.api_fields, APIField("season"), APIField("fiscal_year"), APIField("rows")]

    parent_page_types = ["home.AgricultureIndexPage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("fertilizer distribution report")
        verbose_name_plural = _("fertilizer distribution reports")

    def by_fertilizer(self) -> list[dict]:
        """Rows grouped by fertilizer, each group with its totals, in the order urea, TSP, MOP, DAP."""
        groups: OrderedDict[str, list] = OrderedDict((value, []) for value in Fertilizer.values)
        for row in self.rows.all():
            groups[row.fertilizer].append(row)
        result = []
        for value, rows in groups.items():
            if not rows:
                continue
            allocated = sum((row.allocated for row in rows), Decimal(0))
            distributed = sum((row.distributed for row in rows), Decimal(0))
            result.append(
                {
                    "fertilizer": value,
                    "label": Fertilizer(value).label,
                    "rows": rows,
                    "allocated": allocated,
                    "distributed": distributed,
                    "share": share(distributed, allocated),
                }
            )
        return result


class FertilizerRow(Orderable):
    """One upazila's allocation and distribution of one fertilizer in a report."""

    page = ParentalKey(FertilizerReportPage, on_delete=models.CASCADE, related_name="rows")
    upazila = models.CharField(_("upazila"), max_length=32, choices=Upazila.choices)
    fertilizer = models.CharField(_("fertilizer"), max_length=8, choices=Fertilizer.choices)
    allocated = models.DecimalField(_("allocated (tonnes)"), **TONNES)
    distributed = models.DecimalField(_("distributed (tonnes)"), **TONNES)

    panels = [
        FieldRowPanel(
            [FieldPanel("upazila"), FieldPanel("fertilizer"), FieldPanel("allocated"), FieldPanel("distributed")]
        )
    ]
    api_fields = [APIField("upazila"), APIField("fertilizer"), APIField("allocated"), APIField("distributed")]

    class Meta(Orderable.Meta):
        verbose_name = _("fertilizer figure")
        verbose_name_plural = _("fertilizer figures")

    @property
    def share(self) -> Decimal | None:
        return share(self.distributed, self.allocated)


class ProcurementReportPage(ReportPage):
    """A food-grain procurement report: target against procured per upazila, at the government price."""

    crop = models.CharField(_("crop"), max_length=16, choices=Crop.choices)
    price_per_kg = models.DecimalField(
        _("price (taka per kg)"),
        max_digits=6,
        decimal_places=2,
        null=True,
        blank=True,
        validators=[MinValueValidator(0)],
        help_text=_("The government purchase price, e.g. 36"),
    )
    starts = models.DateField(_("procurement starts"), null=True, blank=True)
    ends = models.DateField(_("procurement ends"), null=True, blank=True)

    content_panels = [
        *BasePage.content_panels,
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("crop"), FieldPanel("season"), FieldPanel("fiscal_year")]),
                FieldRowPanel([FieldPanel("price_per_kg"), FieldPanel("starts"), FieldPanel("ends")]),
            ],
            heading=_("Procurement"),
        ),
        InlinePanel("rows", heading=_("Figures (tonnes)"), label=_("Row")),
        *BasePage.attachment_panels,
    ]
    search_fields = [*BasePage.search_fields, index.FilterField("crop"), index.FilterField("season")]
    api_fields = [
        *BasePage.api_fields,
        APIField("crop"),
        APIField("season"),
        APIField("fiscal_year"),
        APIField("price_per_kg"),
        APIField("starts"),
        APIField("ends"),
        APIField("rows"),
    ]

    parent_page_types = ["home.AgricultureIndexPage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("food-grain procurement report")
        verbose_name_plural = _("food-grain procurement reports")

    def clean(self):
        super().clean()
        if self.starts and self.ends and self.ends < self.starts:
            raise ValidationError({"ends": _("Procurement cannot end before it starts.")})

    def totals(self) -> dict:
        rows = list(self.rows.all())
        target = sum((row.target for row in rows), Decimal(0))
        procured = sum((row.procured for row in rows), Decimal(0))
        return {"target": target, "procured": procured, "share": share(procured, target)}


class ProcurementRow(Orderable):
    """One upazila's procurement target and what was procured."""

    page = ParentalKey(ProcurementReportPage, on_delete=models.CASCADE, related_name="rows")
    upazila = models.CharField(_("upazila"), max_length=32, choices=Upazila.choices)
    target = models.DecimalField(_("target (tonnes)"), **TONNES)
    procured = models.DecimalField(_("procured (tonnes)"), **TONNES)

    panels = [FieldRowPanel([FieldPanel("upazila"), FieldPanel("target"), FieldPanel("procured")])]
    api_fields = [APIField("upazila"), APIField("target"), APIField("procured")]

    class Meta(Orderable.Meta):
        verbose_name = _("procurement figure")
        verbose_name_plural = _("procurement figures")

    @property
    def share(self) -> Decimal | None:
        return share(self.procured, self.target)


def report_of(page: Page) -> ReportPage:
    """The report a plain page joined to its report's table is (see AgricultureIndexPage)."""
    return getattr(page, "fertilizerreportpage", None) or getattr(page, "procurementreportpage", None) or page.specific


class AgricultureIndexPage(ListingIndexPage):
    """Agriculture: the fertilizer and food-grain procurement reports, filtered by kind and season."""

    filter_form_class = AgricultureFilterForm
    listing_order = ("-first_published_at", "path")
    per_page = 12

    content_panels = [*BasePage.content_panels, *BasePage.attachment_panels]
    search_fields = BasePage.search_fields
    api_fields = BasePage.api_fields

    parent_page_types = ["home.HomePage"]
    subpage_types = ["home.FertilizerReportPage", "home.ProcurementReportPage", "home.ContentPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("agriculture index")
        verbose_name_plural = _("agriculture indexes")

    def get_listing_queryset(self, request=None):
        # Two report types in one list, in one query: each page joined to its own report's table
        # (select_related through the multi-table inheritance link), not specific()'s query per type.
        return (
            public(Page.objects.child_of(self).live(), request)
            .filter(locale_id=self.locale_id)
            .type(FertilizerReportPage, ProcurementReportPage)
            .select_related("fertilizerreportpage", "procurementreportpage")
            .order_by(*self.listing_order)
        )

    def paginate(self, request, queryset):
        items = super().paginate(request, queryset)
        items.object_list = [report_of(page) for page in items.object_list]
        return items

    def filter_listing(self, queryset, filters):
        kind = filters.get("kind")
        if kind == "fertilizer":
            queryset = queryset.type(FertilizerReportPage)
        elif kind == "procurement":
            queryset = queryset.type(ProcurementReportPage)
        season = filters.get("season")
        if season:
            queryset = queryset.filter(Q(fertilizerreportpage__season=season) | Q(procurementreportpage__season=season))
        return queryset
