"""Every Wagtail hook of the e-service centre: its admin menu (staff's work, the citizen charter
and the holidays; the viewsets are in eservice/staff/viewsets.py), the staff-only view that opens
citizens' uploads from private storage, and the panel on the admin's dashboard."""

from django.urls import path
from wagtail import hooks
from wagtail.snippets.models import register_snippet

from eservice.staff.dashboard import EServicePanel
from eservice.staff.views import open_upload
from eservice.staff.viewsets import EServiceViewSetGroup

register_snippet(EServiceViewSetGroup)


@hooks.register("register_admin_urls")
def register_upload_url():
    return [path("eservice/uploads/<int:pk>/", open_upload, name="eservice_upload")]


@hooks.register("construct_homepage_panels")
def add_eservice_panel(request, panels):
    if request.user.has_perm("eservice.view_application"):
        panels.append(EServicePanel())
