"""The home page of an upazila portal: the UNO's welcome, the upazila at a glance, its offices,
unions with their digital centres, tourist spots and notice board, and the way back to the
district portal and its e-service centre."""

from __future__ import annotations

from django.core.validators import MinValueValidator
from django.db import models
from django.db.models import Q, Subquery
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page, Site
from wagtail.search import index

from core.attachments import AttachmentTrio
from core.locales import content_locales
from core.portals import site_id_of_page
from core.previews import HeadlessPreviewMixin
from core.representations.fields import PhotoField, RichTextHTMLField, TranslationsField
from home.api_fields import PortalUnionsField, TouristSpotsField, UpazilaOfficesField
from home.models.portal import Portal


class UnionBlock(blocks.StructBlock):
    name = blocks.CharBlock(label=_("Union"), max_length=255)
    digital_centre = blocks.CharBlock(
        label=_("Union Digital Centre"), max_length=255, required=False, help_text=_("Where it is, or its name.")
    )
    digital_centre_phone = blocks.CharBlock(label=_("Digital centre's phone"), max_length=100, required=False)

    class Meta:
        icon = "group"
        label = _("Union")


class UpazilaOfficeBlock(blocks.StructBlock):
    name = blocks.CharBlock(label=_("Office"), max_length=255)
    head = blocks.CharBlock(label=_("Head of office"), max_length=255, required=False)
    phone = blocks.CharBlock(label=_("Phone"), max_length=100, required=False)
    email = blocks.EmailBlock(label=_("Email"), required=False)

    class Meta:
        icon = "home"
        label = _("Office")


class TouristSpotBlock(blocks.StructBlock):
    name = blocks.CharBlock(label=_("Place"), max_length=255)
    description = blocks.TextBlock(label=_("Description"), required=False)

    class Meta:
        icon = "site"
        label = _("Tourist spot")


class UpazilaHomePage(HeadlessPreviewMixin, AttachmentTrio, Page):
    """An upazila portal's front page: the UNO's welcome and the upazila at a glance."""

    welcome_heading = models.CharField(_("welcome heading"), max_length=255, blank=True)
    uno_name = models.CharField(
        _("name of the UNO"), max_length=255, blank=True, help_text=_("The Upazila Nirbahi Officer now in post.")
    )
    uno_designation = models.CharField(
        _("designation"), max_length=255, blank=True, help_text=_("e.g. Upazila Nirbahi Officer, Mithapukur")
    )
    welcome_message = RichTextField(
        _("welcome message"),
        blank=True,
        features=["bold", "italic", "link", "document-link", "ul", "ol", "h3"],
        help_text=_("The Upazila Nirbahi Officer's message to visitors."),
    )
    area_km2 = models.DecimalField(
        _("area (km²)"), max_digits=8, decimal_places=2, null=True, blank=True, validators=[MinValueValidator(0)]
    )
    population = models.PositiveIntegerField(_("population"), null=True, blank=True)
    population_year = models.PositiveSmallIntegerField(_("census year"), null=True, blank=True)
    figures_are_samples = models.BooleanField(
        _("figures are samples"),
        default=False,
        help_text=_("Tick while the figures are placeholders; readers are told they are samples."),
    )
    unions = StreamField([("union", UnionBlock())], verbose_name=_("unions"), blank=True)
    offices = StreamField([("office", UpazilaOfficeBlock())], verbose_name=_("offices"), blank=True)
    tourist_spots = StreamField([("spot", TouristSpotBlock())], verbose_name=_("tourist spots"), blank=True)

    content_panels = [
        *Page.content_panels,
        MultiFieldPanel(
            [
                FieldPanel("welcome_heading"),
                FieldPanel("welcome_message"),
                FieldPanel("uno_name"),
                FieldPanel("uno_designation"),
            ],
            heading=_("Welcome message"),
        ),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("area_km2"), FieldPanel("population"), FieldPanel("population_year")]),
                FieldPanel("figures_are_samples"),
            ],
            heading=_("At a glance"),
        ),
        FieldPanel("unions"),
        FieldPanel("offices"),
        FieldPanel("tourist_spots"),
        *AttachmentTrio.attachment_panels,
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("welcome_message"),
        index.SearchField("uno_name"),
        index.SearchField("unions"),
        index.SearchField("tourist_spots"),
    ]
    api_fields = [
        APIField("welcome_heading"),
        APIField("welcome_message", serializer=RichTextHTMLField()),
        APIField("uno_name"),
        APIField("uno_designation"),
        APIField("photo_alt"),
        APIField("photo_detail", serializer=PhotoField(source="*")),
        APIField("area_km2"),
        APIField("population"),
        APIField("population_year"),
        APIField("figures_are_samples"),
        APIField("unions", serializer=PortalUnionsField()),
        APIField("offices", serializer=UpazilaOfficesField()),
        APIField("tourist_spots", serializer=TouristSpotsField()),
        APIField("translations", serializer=TranslationsField(source="*")),
    ]

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = ["notices.NoticeIndexPage", "home.ContentPage", "home.ContactPage"]

    class Meta:
        verbose_name = _("upazila portal home page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        district = self.district_home()
        context["district_home"] = district
        context["district_eservice_url"] = self.district_eservice_url(request, district)
        return context

    def district_home(self) -> Page | None:
        """The district portal's home page in this page's language (the default Site's root): one query."""
        district_key = Site.objects.filter(is_default_site=True).values("root_page__translation_key")[:1]
        homes = Page.objects.filter(translation_key=Subquery(district_key)).filter(
            Q(locale_id=self.locale_id) | Q(sites_rooted_here__is_default_site=True)
        )
        by_locale = {home.locale_id: home for home in homes}
        return by_locale.get(self.locale_id) or next(iter(by_locale.values()), None)

    def district_eservice_url(self, request=None, district_home: Page | None = None) -> str:
        """The district e-service centre, told which portal the citizen comes from (`?portal=`)."""
        home = district_home or self.district_home()
        if home is None:
            return ""
        # The centre is a page type of the eservice app, which builds on this one: named by label.
        centre_model = self._meta.apps.get_model("eservice", "EServiceCentrePage")
        locale_id = self.locale_id or content_locales(request).default.pk
        own_portal = Portal.objects.filter(site_id=site_id_of_page(self, request)).values("slug")[:1]
        centre = (
            centre_model.objects.live()
            .filter(locale_id=locale_id, url_path__startswith=home.url_path)
            .annotate(portal_slug=Subquery(own_portal))  # this portal's slug in the same query
            .first()
        )
        if centre is None:
            return ""
        url = centre.get_full_url(request) or ""
        return f"{url}?portal={centre.portal_slug}" if centre.portal_slug else url
