"""The page explorer and listing filtered by portal.

Wagtail's own "Site" filter keeps the pages under a Site's root page, which here is only the
Bengali tree (the English home is a sibling at the top of the tree), and it offers every Site to
every editor. The "Portal" filter keeps a portal's pages in every language and offers a user the
portals they may work on: all of them to district editors and superusers, their own to an
upazila editor (whose pages are already confined to their portal by page permissions).

It is installed the public way: a `PageViewSet` for the base `Page` model, registered through the
`register_admin_viewset` hook after Wagtail's own, whose `filterset_class` the explorer's index
view uses (guarded by tests/portals/test_page_listing.py).
"""

from __future__ import annotations

from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from django_filters import ModelChoiceFilter
from wagtail.admin.views.pages.listing import GenericPageFilterSet
from wagtail.admin.viewsets.pages import PageViewSet
from wagtail.models import Page, Site

from core.portals import root_url_paths
from home.models import Portal


def portals_for_user(request):
    """The portals (Sites) a user may filter pages by."""
    sites = Site.objects.order_by("-is_default_site", "site_name", "hostname")
    allowed = Portal.site_ids_for_user(request.user) if request else None
    return sites if allowed is None else sites.filter(pk__in=allowed)


class PortalFilter(ModelChoiceFilter):
    """Pages in one portal's trees, Bengali and English.

    By tree path, as Wagtail's own Site filter, because a search (`?q=`) can filter only on the
    page fields its index declares (`path` is one, `url_path` is not).
    """

    def filter(self, qs, value):
        if not value:
            return qs
        homes = Page.objects.filter(url_path__in=root_url_paths(value.pk)).values_list("path", flat=True)
        within = Q(pk__in=[])
        for path in homes:
            within |= Q(path__startswith=path)
        return qs.filter(within)


class PortalPageFilterSet(GenericPageFilterSet):
    # Replaced by `portal`: Wagtail's would miss the English tree and list every portal.
    site = None
    portal = PortalFilter(label=_("Portal"), queryset=portals_for_user)


class PortalPageViewSet(PageViewSet):
    """The default page viewset with the portal filter."""

    filterset_class = PortalPageFilterSet
