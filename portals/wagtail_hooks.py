from wagtail import hooks

from portals.dashboard import portal_summary_items
from portals.page_listing import PortalPageViewSet


@hooks.register("register_admin_viewset")
def register_portal_page_viewset():
    # After Wagtail's own (registered with order=-1), so the explorer uses this one for `Page`.
    return PortalPageViewSet()


# After Wagtail's own hook, which adds the page count this replaces.
hooks.register("construct_homepage_summary_items", portal_summary_items, order=100)
