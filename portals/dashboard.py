"""The dashboard's page count for an upazila editor: their own portal's pages, linking to its home.

Wagtail counts the pages under the user's explorable root; an upazila editor's permissions are on
two sibling home pages (Bengali and English), whose common ancestor is the tree's root, so Wagtail
would count, and link to, every portal's pages. For a user confined to portals the summary counts
the pages of those portals' trees and links to the explorer of their (first) portal's home page.
District editors and superusers keep Wagtail's summary.
"""

from __future__ import annotations

from wagtail.admin.site_summary import PagesSummaryItem
from wagtail.models import Page, Site

from core.portals import within_site
from home.models import Portal


class PortalPagesSummaryItem(PagesSummaryItem):
    def get_context_data(self, parent_context):
        allowed = Portal.site_ids_for_user(self.request.user)
        if not allowed:
            return super().get_context_data(parent_context)
        sites = list(Site.objects.filter(pk__in=allowed).select_related("root_page").order_by("site_name", "pk"))
        pages = Page.objects.none()
        for site in sites:
            pages |= Page.objects.filter(within_site(site.pk))
        return {
            "root_page": sites[0].root_page,
            "total_pages": pages.count(),
            "site_name": sites[0].site_name or sites[0].hostname,
        }


def portal_summary_items(request, summary_items: list) -> None:
    """Replace Wagtail's page count with the portal-aware one."""
    for index, item in enumerate(summary_items):
        if type(item) is PagesSummaryItem:
            summary_items[index] = PortalPagesSummaryItem(request)
