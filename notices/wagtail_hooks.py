"""The notices admin: a listing with filters and export, and the drafts-to-publish workflow."""

import django_filters
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.panels import ObjectList
from wagtail.admin.ui.tables import LiveStatusTagColumn
from wagtail.models import Site
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import IndexView, SnippetViewSet

from core.admin_columns import local_column
from core.choosers import PermissionCheckedSnippetChooserViewSet
from core.exports import FormulaSafeExportMixin
from notices.models import Notice, NoticeCategory
from notices.portals import NoticeAdminForm, NoticePermissionPolicy, allowed_site_ids, scoped_to_user_portals

# Registered before the viewset, so Wagtail's admin, choosers, bulk actions and snippets API all use it.
register_permission_policy(Notice, NoticePermissionPolicy(Notice), exact_class=True)


def portals_for_filter(request):
    """The portals a user may filter the list by: their own, or every portal for district editors."""
    sites = Site.objects.order_by("-is_default_site", "site_name")
    allowed = allowed_site_ids(request.user) if request else None
    return sites if allowed is None else sites.filter(pk__in=allowed)


class NoticeFilterSet(WagtailFilterSet):
    category = django_filters.ChoiceFilter(label=_("Category"), choices=NoticeCategory.choices)
    portal = django_filters.ModelChoiceFilter(label=_("Portal"), queryset=portals_for_filter)
    published_at = django_filters.DateFromToRangeFilter(label=_("Publish date"))
    expires_at = django_filters.DateFromToRangeFilter(label=_("Expiry date"))

    class Meta:
        model = Notice
        fields = ["category", "portal", "locale", "live", "published_at", "expires_at"]


class NoticeIndexView(FormulaSafeExportMixin, IndexView):
    """The notices listing (only the user's portals' notices); its CSV and XLSX exports write a
    title like "=HYPERLINK(…)" as text."""

    def get_base_queryset(self):
        notices = super().get_base_queryset().select_related("portal")
        allowed = allowed_site_ids(self.request.user)
        return notices if allowed is None else notices.filter(portal_id__in=allowed)


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
        "portal",
        local_column(Notice, "published_at"),
        local_column(Notice, "expires_at"),
        "locale",
        LiveStatusTagColumn(),
    ]
    list_export = ["title", "category", "portal", "memo_number", "published_at", "expires_at", "locale", "live"]
    export_filename = "notices"
    filterset_class = NoticeFilterSet
    search_fields = ["title", "body", "memo_number"]
    ordering = ["-published_at"]
    edit_handler = ObjectList(Notice.panels, base_form_class=NoticeAdminForm)

    def get_urlpatterns(self):
        # Every view of one notice (edit, delete, history, revisions, preview, lock, workflow…)
        # answers 404 for another portal's notice, whichever Wagtail adds in a later version.
        patterns = super().get_urlpatterns()
        for pattern in patterns:
            if "pk" in pattern.pattern.converters or "(?P<pk>" in str(pattern.pattern):
                pattern.callback = scoped_to_user_portals(pattern.callback)
        return patterns


register_snippet(NoticeViewSet)
