"""Notices (বিজ্ঞপ্তি): the snippet, its categories and the queries the board, feeds and API use.

A notice is a snippet with the same publishing workflow as a page (drafts, revisions,
moderation, scheduling, preview, locking, translation). The board that lists notices is
`notices.models.board.NoticeIndexPage`, which builds on this module.
"""

from __future__ import annotations

import datetime

from django.contrib.contenttypes.fields import GenericRelation
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.encoding import force_str
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel, PublishingPanel
from wagtail.api import APIField
from wagtail.fields import RichTextField
from wagtail.images import get_image_model
from wagtail.models import (
    DraftStateMixin,
    Locale,
    LockableMixin,
    Page,
    PreviewableMixin,
    RevisionMixin,
    Site,
    TranslatableMixin,
    WorkflowMixin,
)
from wagtail.search import index
from wagtail.search.queryset import SearchableQuerySetMixin
from wagtail_localize.fields import SynchronizedField, TranslatableField

from core.attachments import AttachmentTrio
from core.i18n import translated_or_source
from core.previews import HeadlessPreviewMixin
from core.text import STEMS_FIELD, SearchStemsMixin, store_text_in_nfc

BODY_FEATURES = ["h3", "h4", "bold", "italic", "link", "document-link", "ol", "ul", "hr"]


class NoticeCategory(models.TextChoices):
    NOTICE = "notice", _("Notice")
    TENDER = "tender", _("Tender")
    LEASE = "lease", _("Lease (ijara)")
    NEWS = "news", _("News")
    CIRCULAR = "circular", _("Circular")
    RECRUITMENT = "recruitment", _("Recruitment")


# Each category's label by value, made once: Django's own `get_category_display()` builds a dict
# of every choice on each call, hashing each lazily translated label, i.e. translating all six
# for every notice shown (5% of the instructions of a list of 20 notices with every cache off).
CATEGORY_LABELS = dict(NoticeCategory.choices)


def default_portal() -> int | None:
    """A notice made without naming its portal belongs to the district (the default site)."""
    return Site.objects.filter(is_default_site=True).values_list("pk", flat=True).first()


class NoticeQuerySet(SearchableQuerySetMixin, models.QuerySet):
    def for_portal(self, site_id: int | None) -> NoticeQuerySet:
        """A portal's own notices, and the (district) notices shared with its board.

        A notice is shared in its source language; its translations follow it through the
        translation key, so sharing once shows every language's version.
        """
        shared = Notice.shared_with.through.objects.filter(site_id=site_id).values("notice__translation_key")
        return self.filter(Q(portal_id=site_id) | Q(translation_key__in=shared))

    def live(self) -> NoticeQuerySet:
        return self.filter(live=True)

    def current(self, now: datetime.datetime | None = None) -> NoticeQuerySet:
        """Notices still in force: no expiry date, or one still ahead."""
        now = now or timezone.now()
        return self.filter(Q(expires_at__isnull=True) | Q(expires_at__gt=now))

    def archived(self, now: datetime.datetime | None = None) -> NoticeQuerySet:
        """Expired notices: they leave the board for the archive but never vanish."""
        return self.filter(expires_at__lte=now or timezone.now())

    def for_reader(self, locale: Locale, default: Locale | None = None) -> NoticeQuerySet:
        """Live notices a reader of `locale` should see.

        Notices are written in Bengali first. A Bengali notice whose translation is not live yet
        is still shown on the English board (marked as untranslated): a tender or a lease
        notice concerns English readers too, and hiding it until someone translates it would
        make the English board silently incomplete. `default`: the source locale, if at hand.
        """
        notices = self.live()
        return translated_or_source(notices, locale, translated=notices.filter(locale=locale), default=default)

    def for_listing(self, *rendition_specs: str) -> NoticeQuerySet:
        """What a list of notices needs in a fixed number of queries: the photo with the
        renditions named, and the single attachment; newest first."""
        notices = self.select_related("locale", "photo", "attachment").order_by("-published_at", "-pk")
        if rendition_specs:
            renditions = get_image_model().get_rendition_model().objects.filter(filter_spec__in=rendition_specs)
            # Wagtail's get_rendition() looks in `prefetched_renditions` before querying.
            notices = notices.prefetch_related(
                models.Prefetch("photo__renditions", queryset=renditions, to_attr="prefetched_renditions")
            )
        return notices


@store_text_in_nfc  # searched like pages, so stored in the same (NFC) form
class Notice(
    HeadlessPreviewMixin,
    WorkflowMixin,
    DraftStateMixin,
    LockableMixin,
    RevisionMixin,
    PreviewableMixin,
    TranslatableMixin,
    SearchStemsMixin,
    index.Indexed,
    AttachmentTrio,
):
    """A notice, tender, lease, news item, circular or job advertisement on the notice board."""

    title = models.CharField(_("title"), max_length=255, help_text=_("The notice's heading as readers see it."))
    category = models.CharField(
        _("category"),
        max_length=20,
        choices=NoticeCategory.choices,
        default=NoticeCategory.NOTICE,
        help_text=_("Tenders and leases also appear in the home page's tenders box."),
    )
    memo_number = models.CharField(
        _("memo number"),
        max_length=120,
        blank=True,
        help_text=_("The office's memo (স্মারক) number, if the notice has one."),
    )
    body = RichTextField(_("body"), features=BODY_FEATURES, blank=True, help_text=_("The text of the notice."))
    published_at = models.DateTimeField(
        _("publish date"),
        default=timezone.now,
        db_index=True,
        help_text=_("The date printed on the notice; the board lists the newest first."),
    )
    expires_at = models.DateTimeField(
        _("expiry date"),
        null=True,
        blank=True,
        db_index=True,
        help_text=_("After this the notice moves to the archive. Leave empty if it does not expire."),
    )

    portal = models.ForeignKey(
        Site,
        verbose_name=_("portal"),
        on_delete=models.PROTECT,
        related_name="notices",
        default=default_portal,
        help_text=_("The portal whose notice board the notice belongs to."),
    )
    shared_with = models.ManyToManyField(
        Site,
        verbose_name=_("also shown on"),
        blank=True,
        related_name="shared_notices",
        help_text=_("Other portals whose boards also show this notice, marked as from the district."),
    )

    _revisions = GenericRelation("wagtailcore.Revision", related_query_name="notice")
    workflow_states = GenericRelation(
        "wagtailcore.WorkflowState",
        content_type_field="base_content_type",
        object_id_field="object_id",
        related_query_name="notice",
        for_concrete_model=False,
    )

    objects = NoticeQuerySet.as_manager()

    panels = [
        FieldPanel("title"),
        MultiFieldPanel(
            [FieldPanel("category"), FieldPanel("memo_number"), FieldPanel("published_at"), FieldPanel("expires_at")],
            heading=_("Category and dates"),
        ),
        FieldPanel("body"),
        *AttachmentTrio.attachment_panels,
        MultiFieldPanel([FieldPanel("portal"), FieldPanel("shared_with")], heading=_("Portal")),
        PublishingPanel(),
    ]

    # Read and written by Wagtail's v3 snippets API (/api/v3/snippets/notices.Notice/), where
    # staff with an API token draft and publish notices under the admin's permissions.
    api_fields = [
        APIField("title", writable=True),
        APIField("category", writable=True),
        APIField("memo_number", writable=True),
        APIField("body", writable=True),
        APIField("published_at", writable=True),
        APIField("expires_at", writable=True),
        APIField("photo", writable=True),
        APIField("photo_alt", writable=True),
        APIField("attachment", writable=True),
        APIField("attachments", writable=True),
    ]

    search_fields = [
        index.SearchField("title", boost=2),
        index.SearchField("body"),
        index.SearchField("memo_number"),
        STEMS_FIELD,
        index.AutocompleteField("title"),
        index.FilterField("pk"),
        index.FilterField("locale"),
        index.FilterField("translation_key"),
        index.FilterField("live"),
        index.FilterField("category"),
        index.FilterField("published_at"),
        index.FilterField("expires_at"),
        index.FilterField("portal"),
    ]

    # Dates, category, memo number and the files are the same in every language; the
    # words are translated.
    translatable_fields = [
        TranslatableField("title"),
        TranslatableField("body"),
        TranslatableField("photo_alt"),
        SynchronizedField("category"),
        SynchronizedField("memo_number"),
        SynchronizedField("published_at"),
        SynchronizedField("expires_at"),
        SynchronizedField("photo"),
        SynchronizedField("attachment"),
        SynchronizedField("attachments"),
        SynchronizedField("portal"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("notice")
        verbose_name_plural = _("notices")
        ordering = ["-published_at", "-pk"]

    def __str__(self) -> str:
        return self.title

    @property
    def revisions(self):
        # Wagtail reads revisions through this name; the GenericRelation above stores them.
        return self._revisions

    def clean(self) -> None:
        super().clean()
        if self.expires_at and self.published_at and self.expires_at <= self.published_at:
            raise ValidationError({"expires_at": _("The expiry date must be after the publish date.")})

    def get_category_display(self) -> str:
        """The category's label in the active language, as Django's method of that name gives it
        (the value itself for a value that is no longer a choice), from CATEGORY_LABELS."""
        return force_str(CATEGORY_LABELS.get(self.category, self.category), strings_only=True)

    @property
    def is_expired(self) -> bool:
        return bool(self.expires_at and self.expires_at <= timezone.now())

    @property
    def attachment_count(self) -> int:
        """How many files the notice carries, counted without loading them (for lists)."""
        return int(bool(self.attachment_id)) + len(self.attachments.raw_data)

    def board(self, request=None) -> Page | None:
        """The notice board (a NoticeIndexPage) of this notice's language, or of Bengali, the source language."""
        # The board model is named by its label, the way Django relates models that refer to each
        # other: the board lists notices, so its module builds on this one and cannot be imported here.
        board_model = self._meta.apps.get_model("notices", "NoticeIndexPage")
        # A notice being previewed before its first save may have no locale yet.
        locale = self.locale if self.locale_id else Locale.get_active()
        return board_model.for_locale(locale, self.portal_id or default_portal(), request)

    def get_url(self, request=None) -> str:
        """The notice's own page on its board (lists use NoticeIndexPage.notice_url_finder instead)."""
        board = self.board(request)
        return board.notice_url(self, request) if board else ""

    def get_preview_template(self, request, mode_name):
        return "notices/notice_detail.html"

    def get_preview_context(self, request, mode_name):
        context = super().get_preview_context(request, mode_name)
        board = self.board(request)
        context.update({"notice": self, "board": board, "page": board})
        return context
