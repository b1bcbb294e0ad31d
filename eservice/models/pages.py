"""The e-service pages citizens visit: the District e-Service Centre (the charter and every
e-service route) and the feedback page. Their routes hand each request to a view in eservice/web/."""

from django.db import models
from django.http import HttpRequest, HttpResponse
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin, path, re_path
from wagtail.fields import RichTextField
from wagtail.models import Locale, Page
from wagtail.search import index

from core.previews import HeadlessPreviewMixin
from core.representations.fields import RichTextHTMLField, TranslationsField
from core.text import STEMS_FIELD, SearchStemsMixin
from eservice.models.applications import Application
from eservice.web import board as board_views
from eservice.web import centre as centre_views
from eservice.web import feedback as feedback_views


# FeedbackPage comes first: models are listed in the order they are defined (page types in the
# API's schemas among them), and the public API lists it before the centre, as it always has.
class FeedbackPage(SearchStemsMixin, HeadlessPreviewMixin, RoutablePageMixin, Page):
    """The feedback page (মতামত ও পরামর্শ): a form for comments and suggestions, and answered ones."""

    intro = RichTextField(
        _("introduction"),
        blank=True,
        features=["bold", "italic", "link", "ul", "ol"],
        help_text=_("Shown above the form: what feedback is welcome and how soon the office answers."),
    )
    thank_you = models.CharField(
        _("thank-you message"),
        max_length=255,
        blank=True,
        help_text=_("Shown after a message is sent."),
    )

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("thank_you")]

    search_fields = [*Page.search_fields, index.SearchField("intro"), STEMS_FIELD]

    api_fields = [
        APIField("intro", serializer=RichTextHTMLField()),
        APIField("thank_you"),
        APIField("translations", serializer=TranslationsField(source="*")),
    ]

    parent_page_types = ["home.HomePage"]
    subpage_types: list[str] = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("feedback page")

    @path("")
    def form(self, request: HttpRequest) -> HttpResponse:
        return feedback_views.feedback_form(request, self)

    @path("thanks/")
    def thanks(self, request: HttpRequest) -> HttpResponse:
        return feedback_views.thanks(request, self)


class EServiceCentrePage(SearchStemsMixin, HeadlessPreviewMixin, RoutablePageMixin, Page):
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

    search_fields = [*Page.search_fields, index.SearchField("intro"), STEMS_FIELD]

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

    @classmethod
    def for_language(cls, language_code: str) -> "EServiceCentrePage | None":
        """The live centre of a language, else the Bengali one; None when neither is live.

        The one answer to "which centre serves this reader?": receipts printed at the counter,
        the API's links and the charter links on branch pages all ask here.
        """
        pages = cls.objects.live()
        return (
            pages.filter(locale__language_code=language_code).first()
            or pages.filter(locale=Locale.get_default()).first()
        )

    def receipt_url(self, application: Application, request: HttpRequest | None = None, *, full: bool = False) -> str:
        """The application's receipt on this centre, with the token without which it shows nothing."""
        base = self.get_full_url(request) if full else self.url
        route = self.reverse_subpage("receipt", args=(application.tracking_number,))
        return f"{base}{route}?t={application.receipt_token}"

    @path("")
    def charter(self, request: HttpRequest) -> HttpResponse:
        return centre_views.charter(request, self)

    @path("service/<slug:service_slug>/")
    def service_detail(self, request: HttpRequest, service_slug: str) -> HttpResponse:
        return centre_views.service_detail(request, self, service_slug)

    @path("apply/<slug:service_slug>/")
    def apply(self, request: HttpRequest, service_slug: str) -> HttpResponse:
        return centre_views.apply(request, self, service_slug)

    @re_path(r"^receipt/(?P<tracking_number>RNG-\d{8}-\d{4,6})/$")
    def receipt(self, request: HttpRequest, tracking_number: str) -> HttpResponse:
        return centre_views.receipt(request, self, tracking_number)

    @path("track/")
    def track(self, request: HttpRequest) -> HttpResponse:
        return centre_views.track(request, self)

    @path("board/")
    def board(self, request: HttpRequest) -> HttpResponse:
        return board_views.board_view(request, self)
