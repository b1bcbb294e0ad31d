"""The District e-Service Centre page: the citizen charter and every citizen-facing e-service route."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin, path, re_path
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.search import index

from core.representations.fields import RichTextHTMLField, TranslationsField


class EServiceCentrePage(RoutablePageMixin, Page):
    """The e-service centre (জেলা ই-সেবা কেন্দ্র): the charter table, a page per service, apply, receipt and track."""

    intro = RichTextField(
        _("introduction"),
        blank=True,
        features=["bold", "italic", "link", "ul", "ol"],
        help_text=_("Shown above the citizen charter: where the centre is, its hours and the ways to apply."),
    )
    track_help = models.CharField(
        _("tracking help"),
        max_length=255,
        blank=True,
        help_text=_("A line under the tracking form, e.g. where to call when an application is late."),
    )

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("track_help")]

    search_fields = [*Page.search_fields, index.SearchField("intro")]

    api_fields = [
        APIField("intro", serializer=RichTextHTMLField()),
        APIField("track_help"),
        APIField("translations", serializer=TranslationsField(source="*")),
    ]

    parent_page_types = ["home.HomePage"]
    subpage_types: list[str] = []
    # One per home page, and every locale has its own home page: one centre per language.
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("e-service centre page")

    @path("")
    def charter(self, request):
        from eservice import views

        return views.charter(request, self)

    @path("service/<slug:service_slug>/")
    def service_detail(self, request, service_slug: str):
        from eservice import views

        return views.service_detail(request, self, service_slug)

    @path("apply/<slug:service_slug>/")
    def apply(self, request, service_slug: str):
        from eservice import views

        return views.apply(request, self, service_slug)

    @re_path(r"^receipt/(?P<tracking_number>RNG-\d{8}-\d{4,6})/$")
    def receipt(self, request, tracking_number: str):
        from eservice import views

        return views.receipt(request, self, tracking_number)

    @path("track/")
    def track(self, request):
        from eservice import views

        return views.track(request, self)

    @path("board/")
    def board(self, request):
        from eservice.board import board_view

        return board_view(request, self)
