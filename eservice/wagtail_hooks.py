"""The E-service menu in the admin: the citizen charter (services) and the holiday calendar,
plus a staff-only view that opens citizens' uploads from private storage."""

from django.urls import path
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from eservice import admin_views
from eservice.models import Holiday, Service
from eservice.staff.admin import STAFF_VIEWSETS


class ServiceViewSet(SnippetViewSet):
    model = Service
    icon = "list-ul"
    menu_label = _("Citizen charter")
    list_display = ["name", "branch", "time_limit_days", "fee", "active", "order"]
    list_filter = ["active", "extra_fields", "locale"]
    search_fields = ["name", "description"]
    ordering = ["order", "pk"]


class HolidayViewSet(SnippetViewSet):
    model = Holiday
    icon = "date"
    menu_label = _("Holidays")
    list_display = ["date", "name_bn", "name_en"]
    search_fields = ["name_bn", "name_en"]
    ordering = ["date"]
    list_export = ["date", "name_bn", "name_en"]


class EServiceViewSetGroup(SnippetViewSetGroup):
    # Staff views for applications, the counter, the front desk and feedback join this group.
    items = [*STAFF_VIEWSETS, ServiceViewSet, HolidayViewSet]
    menu_icon = "form"
    menu_label = _("E-service")
    menu_name = "eservice"
    menu_order = 250


register_snippet(EServiceViewSetGroup)


@hooks.register("register_admin_urls")
def register_upload_url():
    return [path("eservice/uploads/<int:pk>/", admin_views.open_upload, name="eservice_upload")]
