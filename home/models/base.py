"""What every section page shares: a summary, the shared body, the attachment trio, and (for
index pages) a filtered, paginated listing of their children."""

from django import forms
from django.core.paginator import Page as PaginatorPage
from django.core.paginator import Paginator
from django.db import models
from django.utils.html import strip_tags
from django.utils.text import Truncator
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.api import APIField
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from core.attachments import AttachmentTrio
from core.previews import HeadlessPreviewMixin
from core.representations.fields import AttachmentsField, PhotoField, TranslationsField
from core.text import STEMS_FIELD, SearchStemsMixin
from core.visibility import public
from home.api_fields import BodyField
from home.blocks import BodyBlock


class BasePage(SearchStemsMixin, HeadlessPreviewMixin, AttachmentTrio, Page):
    """Abstract base of every section page: summary, body and the photo-and-attachments trio."""

    intro = models.TextField(
        _("summary"),
        blank=True,
        help_text=_("One or two sentences shown at the top of the page, in listings and to search engines."),
    )
    body = StreamField(
        BodyBlock(),
        verbose_name=_("body"),
        blank=True,
        help_text=_("The page's text, images, tables and documents."),
    )

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("body")]
    search_fields = [*Page.search_fields, index.SearchField("intro"), index.SearchField("body"), STEMS_FIELD]
    # The photo and the files go out as URLs (with renditions, sizes and types), not bare ids.
    api_fields = [
        APIField("intro"),
        APIField("body", serializer=BodyField()),
        APIField("photo_detail", serializer=PhotoField(source="*")),
        APIField("attachment_files", serializer=AttachmentsField(source="*")),
        APIField("translations", serializer=TranslationsField(source="*")),
    ]

    class Meta:
        abstract = True

    @property
    def meta_description(self) -> str:
        """The search description if the editor wrote one, else the summary, cut to fit."""
        text = self.search_description or self.intro or strip_tags(str(self.body))[:400]
        return Truncator(" ".join(text.split())).chars(160)


class ListingIndexPage(BasePage):
    """Abstract base of section index pages: lists live children of one type, filtered and paged.

    Filters come from `filter_form_class` (a Django form): values are validated before they
    reach a query, a bad value gets a field error and is ignored, and `?page=abc` falls back to
    the first page instead of failing.
    """

    listing_model: type[Page] | None = None
    filter_form_class: type[forms.Form] | None = None
    listing_select_related: tuple[str, ...] = ("photo",)
    listing_order: tuple[str, ...] = ("path",)
    per_page = 12

    class Meta:
        abstract = True

    def get_listing_model(self) -> type[Page]:
        return self.listing_model

    def get_listing_queryset(self, request=None) -> models.QuerySet:
        queryset = (
            public(self.get_listing_model().objects.child_of(self).live(), request)
            .filter(locale_id=self.locale_id)
            .select_related(*self.listing_select_related)
            .order_by(*self.listing_order)
        )
        if "photo" in self.listing_select_related:
            # The cards' thumbnails: one query for all renditions instead of one per card.
            queryset = queryset.prefetch_related("photo__renditions")
        return queryset

    def filter_listing(self, queryset: models.QuerySet, filters: dict) -> models.QuerySet:
        """Each filled filter is an exact match on the field of the same name."""
        return queryset.filter(**{name: value for name, value in filters.items() if value})

    def paginate(self, request, queryset) -> PaginatorPage:
        return Paginator(queryset, self.per_page).get_page(request.GET.get("page"))

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        queryset = self.get_listing_queryset(request)
        form = None
        if self.filter_form_class is not None:
            form = self.filter_form_class(request.GET or None)
            if form.is_bound:
                # cleaned_data keeps only the fields that passed validation.
                form.is_valid()
                queryset = self.filter_listing(queryset, form.cleaned_data)
        items = self.paginate(request, queryset)
        query = request.GET.copy()
        query.pop("page", None)
        context.update(
            items=items,
            filter_form=form,
            filters_applied=bool(form and form.is_bound and any(form.cleaned_data.values())),
            query_without_page=query.urlencode(),
        )
        return context
