from wagtail import hooks

from portals.page_listing import PortalPageViewSet


@hooks.register("register_admin_viewset")
def register_portal_page_viewset():
    # After Wagtail's own (registered with order=-1), so the explorer uses this one for `Page`.
    return PortalPageViewSet()
