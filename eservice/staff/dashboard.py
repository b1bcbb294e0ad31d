"""The e-service panel on the admin's dashboard (added in eservice/wagtail_hooks.py): received
today, ready for delivery and overdue, each linking to the filtered list of applications."""

from django.db.models import Count, Q
from django.urls import reverse
from wagtail.admin.ui.components import Component

from eservice.domain.calendar import local_today
from eservice.domain.reports import day_bounds
from eservice.models import Application, Status
from eservice.models.applications import OVERDUE_STATUSES


class EServicePanel(Component):
    """Received today, ready for delivery and overdue, each linking to the filtered list."""

    name = "eservice_summary"
    order = 50
    template_name = "eservice/admin/dashboard_panel.html"

    def get_context_data(self, parent_context=None):
        today = local_today()
        start, _end = day_bounds(today)
        counts = Application.objects.aggregate(
            received_today=Count("pk", filter=Q(received_at__gte=start)),
            ready=Count("pk", filter=Q(status=Status.READY)),
            overdue=Count("pk", filter=Q(status__in=OVERDUE_STATUSES, probable_delivery_date__lt=today)),
        )
        index = reverse("eservice_applications:index")
        request = (parent_context or {}).get("request")
        return {
            "can_add": bool(request and request.user.has_perm("eservice.add_application")),
            "counts": counts,
            "received_today_url": f"{index}?received_at_after={today.isoformat()}&received_at_before={today.isoformat()}",
            "ready_url": f"{index}?status={Status.READY}",
            "overdue_url": f"{index}?overdue=true",
            "counter_url": reverse("eservice_counter:index"),
        }
