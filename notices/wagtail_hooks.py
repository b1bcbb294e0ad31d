"""The notices admin: a listing with filters and export, and the drafts-to-publish workflow."""

import django_filters
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import LiveStatusTagColumn
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import IndexView, SnippetViewSet

from core.admin_columns import local_column
from core.choosers import PermissionCheckedSnippetChooserViewSet
from core.exports import FormulaSafeExportMixin
from notices.models import Notice, NoticeCategory


class NoticeFilterSet(WagtailFilterSet):
    category = django_filters.ChoiceFilter(label=_("Category"), choices=NoticeCategory.choices)
    published_at = django_filters.DateFromToRangeFilter(label=_("Publish date"))
    expires_at = django_filters.DateFromToRangeFilter(label=_("Expiry date"))

    class Meta:
        model = Notice
        fields = ["category", "locale", "live", "published_at", "expires_at"]


class NoticeIndexView(FormulaSafeExportMixin, IndexView):
    """The notices listing; its CSV and XLSX exports write a title like "=HYPERLINK(…)" as text."""


class NoticeViewSet(SnippetViewSet):
    model = Notice
    index_view_class = NoticeIndexView
    # Drafts' titles only for those who may work on notices, not for everyone in the admin.
    chooser_viewset_class = PermissionCheckedSnippetChooserViewSet
    icon = "doc-full-inverse"
    menu_label = _("Notices")
    menu_order = 210
    add_to_admin_menu = True
    # Dates in the reader's digits and format; the status as a tag ("প্রকাশিত", "খসড়া"), not True/False.
    list_display = [
        "title",
        "category",
        local_column(Notice, "published_at"),
        local_column(Notice, "expires_at"),
        "locale",
        LiveStatusTagColumn(),
    ]
    list_export = ["title", "category", "memo_number", "published_at", "expires_at", "locale", "live"]
    export_filename = "notices"
    filterset_class = NoticeFilterSet
    search_fields = ["title", "body", "memo_number"]
    ordering = ["-published_at"]


register_snippet(NoticeViewSet)
