"""Office contacts and links that editors keep up to date, shown in every page's footer.

A site setting: every portal (Wagtail Site) has its own office, head of office and contacts."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import StreamField

from core.i18n import is_bengali


class FooterLinkBlock(blocks.StructBlock):
    title_bn = blocks.CharBlock(label=_("title (Bengali)"), max_length=255)
    title_en = blocks.CharBlock(label=_("title (English)"), max_length=255)
    url = blocks.URLBlock(label=_("address"))

    class Meta:
        icon = "link"
        label = _("Link")


@register_setting(icon="site")
class OfficeSettings(BaseSiteSetting):
    """The office's name, address, phone numbers and links, in Bengali and English."""

    office_name_bn = models.CharField(_("office name (Bengali)"), max_length=255, default="জেলা প্রশাসকের কার্যালয়, রংপুর")
    office_name_en = models.CharField(
        _("office name (English)"), max_length=255, default="Deputy Commissioner's Office, Rangpur"
    )
    head_of_office_bn = models.CharField(
        _("head of office (Bengali)"), max_length=255, blank=True, help_text=_("Name and designation.")
    )
    head_of_office_en = models.CharField(_("head of office (English)"), max_length=255, blank=True)
    head_message_bn = models.TextField(_("head of office's message (Bengali)"), blank=True)
    head_message_en = models.TextField(_("head of office's message (English)"), blank=True)
    address_bn = models.TextField(_("address (Bengali)"), blank=True)
    address_en = models.TextField(_("address (English)"), blank=True)
    phone = models.CharField(
        _("phone"), max_length=100, blank=True, help_text=_("With the area code, as callers should dial it.")
    )
    fax = models.CharField(_("fax"), max_length=100, blank=True)
    email = models.EmailField(_("email"), blank=True)
    office_hours_bn = models.CharField(_("office hours (Bengali)"), max_length=255, blank=True)
    office_hours_en = models.CharField(_("office hours (English)"), max_length=255, blank=True)
    facebook_url = models.URLField(_("Facebook page"), blank=True)
    youtube_url = models.URLField(_("YouTube channel"), blank=True)
    national_portal_url = models.URLField(_("national portal"), blank=True, default="https://bangladesh.gov.bd")
    emblem = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("emblem"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Shown in the header; the Government emblem is used when empty."),
    )
    footer_links = StreamField(
        [("link", FooterLinkBlock())],
        verbose_name=_("footer links"),
        blank=True,
        help_text=_("Further links in every page's footer, e.g. to the district portal."),
    )

    panels = [
        MultiFieldPanel(
            [FieldPanel("office_name_bn"), FieldPanel("office_name_en"), FieldPanel("emblem")],
            heading=_("Office"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("head_of_office_bn"),
                FieldPanel("head_of_office_en"),
                FieldPanel("head_message_bn"),
                FieldPanel("head_message_en"),
            ],
            heading=_("Head of office"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("address_bn"),
                FieldPanel("address_en"),
                FieldPanel("phone"),
                FieldPanel("fax"),
                FieldPanel("email"),
                FieldPanel("office_hours_bn"),
                FieldPanel("office_hours_en"),
            ],
            heading=_("Contacts"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("facebook_url"),
                FieldPanel("youtube_url"),
                FieldPanel("national_portal_url"),
                FieldPanel("footer_links"),
            ],
            heading=_("Links"),
        ),
    ]

    class Meta:
        verbose_name = _("office contacts")

    def _localised(self, field: str) -> str:
        suffix = "bn" if is_bengali() else "en"
        return getattr(self, f"{field}_{suffix}") or getattr(self, f"{field}_bn")

    @property
    def office_name(self) -> str:
        return self._localised("office_name")

    @property
    def address(self) -> str:
        return self._localised("address")

    @property
    def office_hours(self) -> str:
        return self._localised("office_hours")

    @property
    def head_of_office(self) -> str:
        return self._localised("head_of_office")

    @property
    def head_message(self) -> str:
        return self._localised("head_message")

    def localised_footer_links(self) -> list[dict[str, str]]:
        suffix = "bn" if is_bengali() else "en"
        return [
            {"title": link.value[f"title_{suffix}"] or link.value["title_bn"], "url": link.value["url"]}
            for link in self.footer_links
        ]
