"""General pages: the all-purpose content page, the photo gallery and the contact page."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.fields import RichTextField, StreamField
from wagtail.search import index

from core.representations.fields import RichTextHTMLField
from core.visibility import public
from home.api_fields import ContactsField, GalleryField
from home.blocks import ContactPersonBlock, GalleryImageBlock

from .base import BasePage
from .geo import MapPosition

SECTION_PARENTS = ["home.HomePage", "home.UpazilaHomePage"]


class ContentPage(BasePage):
    """A page of text, images, tables and documents for anything without its own page type."""

    content_panels = [*BasePage.content_panels, *BasePage.attachment_panels]
    search_fields = BasePage.search_fields
    api_fields = BasePage.api_fields

    parent_page_types = [
        "home.HomePage",
        "home.UpazilaHomePage",
        "home.ContentPage",
        "home.AdministrationIndexPage",
        "home.AgricultureIndexPage",
    ]
    subpage_types = ["home.ContentPage"]

    class Meta:
        verbose_name = _("content page")
        verbose_name_plural = _("content pages")


class GalleryPage(BasePage):
    """A photo gallery: an album of captioned photos; albums can hold further albums."""

    photos = StreamField(
        [("photo", GalleryImageBlock())],
        verbose_name=_("photos"),
        blank=True,
        help_text=_("The album's photos, each with a description for readers who cannot see it."),
    )

    content_panels = [*BasePage.content_panels, FieldPanel("photos"), *BasePage.attachment_panels]
    search_fields = BasePage.search_fields
    api_fields = [*BasePage.api_fields, APIField("photos", serializer=GalleryField())]

    parent_page_types = ["home.HomePage", "home.GalleryPage"]
    subpage_types = ["home.GalleryPage"]

    class Meta:
        verbose_name = _("photo gallery")
        verbose_name_plural = _("photo galleries")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        albums = public(GalleryPage.objects.child_of(self).live(), request)
        context["albums"] = albums.select_related("photo").order_by("path")
        return context


class ContactPage(MapPosition, BasePage):
    """The office's contact page: address, phones, officers to contact and where to find us."""

    address = models.TextField(_("address"), blank=True, help_text=_("The postal address, one line per row."))
    phone = models.CharField(_("phone"), max_length=100, blank=True, help_text=_("With the area code."))
    email = models.EmailField(_("email"), blank=True)
    office_hours = models.CharField(
        _("office hours"), max_length=255, blank=True, help_text=_("e.g. Sunday to Thursday, 9 am to 5 pm")
    )
    directions = RichTextField(
        _("how to find us"),
        blank=True,
        features=["bold", "italic", "link", "ul"],
        help_text=_("Landmarks and transport to the office."),
    )
    contacts = StreamField(
        [("person", ContactPersonBlock())],
        verbose_name=_("officers to contact"),
        blank=True,
        help_text=_("Officers readers may call or write to, in order."),
    )

    content_panels = [
        *BasePage.content_panels,
        MultiFieldPanel(
            [FieldPanel("address"), FieldPanel("phone"), FieldPanel("email"), FieldPanel("office_hours")],
            heading=_("Contacts"),
        ),
        FieldPanel("contacts"),
        MultiFieldPanel([FieldPanel("directions"), *MapPosition.map_panels], heading=_("Location")),
        *BasePage.attachment_panels,
    ]
    search_fields = [*BasePage.search_fields, index.SearchField("address"), index.SearchField("contacts")]
    api_fields = [
        *BasePage.api_fields,
        APIField("address"),
        APIField("phone"),
        APIField("email"),
        APIField("office_hours"),
        APIField("directions", serializer=RichTextHTMLField()),
        APIField("contacts", serializer=ContactsField()),
        *MapPosition.api_fields,
    ]

    parent_page_types = SECTION_PARENTS
    subpage_types: list[str] = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("contact page")
        verbose_name_plural = _("contact pages")
