"""The E-service admin menu: applications (list, filters, search, detail and actions), the
counter entry, the visitor register, feedback, registers and statistics, the citizen charter
and the holiday calendar. Registered in eservice/wagtail_hooks.py. Nothing here can delete
what staff record: the models refuse it and no delete view is mounted."""

import django_filters
from django.db.models import Q
from django.urls import path, reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.menu import MenuItem
from wagtail.admin.panels import FieldPanel, FieldRowPanel, ObjectList
from wagtail.admin.ui.tables import Column
from wagtail.admin.views import generic
from wagtail.admin.viewsets.base import ViewSet
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets import HeaderButton, ListingButton
from wagtail.models import Locale, Site
from wagtail.snippets.views.snippets import IndexView as SnippetIndexView
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from core.choosers import PermissionCheckedSnippetChooserViewSet
from core.exports import FormulaSafeExportMixin
from core.i18n import to_ascii_digits
from eservice.domain.calendar import local_today
from eservice.domain.reports import day_bounds
from eservice.domain.tracking import normalise_tracking_number
from eservice.domain.validation import NUMBER_SEPARATORS_RE, national_mobile
from eservice.models import (
    Application,
    Channel,
    Feedback,
    FeedbackStatus,
    Holiday,
    Service,
    Status,
    Visitor,
    VisitorOutcome,
)
from eservice.models.applications import OVERDUE_STATUSES
from eservice.staff import views
from eservice.staff.forms import FeedbackAnswerForm, VisitorForm


class NoDeleteViewSetMixin:
    """Mount no delete or copy view, whoever asks (a superuser passes every permission check)."""

    copy_view_enabled = False
    hidden_views = ("delete", "copy")

    def get_common_view_kwargs(self, **kwargs):
        view_kwargs = super().get_common_view_kwargs(**kwargs)
        for name in self.hidden_views:
            view_kwargs[f"{name}_url_name"] = None
        return view_kwargs

    def get_urlpatterns(self):
        return [pattern for pattern in super().get_urlpatterns() if pattern.name not in self.hidden_views]


# --- applications ----------------------------------------------------------------------------


class ApplicationFilterSet(WagtailFilterSet):
    status = django_filters.ChoiceFilter(label=_("Status"), choices=Status.choices)
    service = django_filters.ModelChoiceFilter(label=_("Service"), queryset=Service.objects.none())
    channel = django_filters.ChoiceFilter(label=_("Channel"), choices=Channel.choices)
    source_portal = django_filters.ModelChoiceFilter(label=_("Applied from portal"), queryset=Site.objects.all())
    received_at = django_filters.DateFromToRangeFilter(label=_("Received"))
    overdue = django_filters.BooleanFilter(label=_("Overdue"), method="filter_overdue")

    class Meta:
        model = Application
        fields = ["status", "service", "channel", "source_portal", "received_at", "overdue"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Applications point at the Bengali (source) services.
        self.filters["service"].queryset = Service.objects.filter(locale=Locale.get_default())

    def filter_overdue(self, queryset, name, value):
        overdue = Q(status__in=OVERDUE_STATUSES, probable_delivery_date__lt=local_today())
        if value is True:
            return queryset.filter(overdue)
        if value is False:
            return queryset.exclude(overdue)
        return queryset


class ApplicationIndexView(generic.IndexView):
    def get_base_queryset(self):
        return super().get_base_queryset().select_related("service")

    def search_queryset(self, queryset):
        """A tracking number (or part of one) or a mobile number, typed any way citizens write them."""
        if not self.is_searching:
            return queryset
        query = to_ascii_digits(self.search_query).strip()
        digits = national_mobile(NUMBER_SEPARATORS_RE.sub("", query))
        condition = Q(tracking_number__icontains=normalise_tracking_number(query))
        if digits.isdigit() and len(digits) >= 4:
            condition |= Q(mobile__contains=digits)
        return queryset.filter(condition)

    def get_add_url(self):
        if self.request.user.has_perm("eservice.add_application"):
            return reverse("eservice_counter:index")

    @cached_property
    def add_item_label(self):
        return _("Counter entry")

    @cached_property
    def header_buttons(self):
        buttons = super().header_buttons
        if self.request.user.has_perm("eservice.view_application"):
            buttons.append(
                HeaderButton(_("Registers and statistics"), url=reverse("eservice_reports:index"), icon_name="table")
            )
        return buttons


def overdue_label(application: Application) -> str:
    return str(_("Overdue")) if application.is_overdue else ""


class ApplicationViewSet(NoDeleteViewSetMixin, ModelViewSet):
    """Applications from every channel; they are created only by submit_application and moved
    only by move_application, so the generic add and edit views are not mounted."""

    model = Application
    icon = "form"
    menu_label = _("Applications")
    name = "eservice_applications"
    url_prefix = "eservice/applications"
    index_view_class = ApplicationIndexView
    inspect_view_class = views.ApplicationDetailView
    inspect_view_enabled = True
    hidden_views = ("delete", "copy", "add", "edit", "history", "usage")
    filterset_class = ApplicationFilterSet
    search_fields = ["tracking_number", "mobile"]
    list_display = [
        "tracking_number",
        "service",
        "channel",
        "applicant_name",
        "received_at",
        "probable_delivery_date",
        "status",
        Column("overdue", label=_("Overdue"), accessor=overdue_label),
    ]
    ordering = ["-received_at", "-pk"]
    list_per_page = 50

    def get_common_view_kwargs(self, **kwargs):
        view_kwargs = super().get_common_view_kwargs(**kwargs)
        view_kwargs["inspect_url_name"] = self.get_url_name("inspect")
        return view_kwargs

    def get_form_class(self, for_update=False):
        # No add or edit view is mounted; the charter's own forms make applications.
        return None


# --- the counter entry and reports -----------------------------------------------------------


def permission_menu_item(permission: str):
    return type(
        "PermissionMenuItem", (MenuItem,), {"is_shown": lambda self, request: request.user.has_perm(permission)}
    )


class CounterViewSet(ViewSet):
    name = "eservice_counter"
    url_prefix = "eservice/counter"
    icon = "plus"
    menu_label = _("Counter entry")
    menu_item_class = permission_menu_item("eservice.add_application")

    def get_urlpatterns(self):
        return [path("", views.CounterEntryView.as_view(), name="index")]


class ReportsViewSet(ViewSet):
    name = "eservice_reports"
    url_prefix = "eservice/reports"
    icon = "table"
    menu_label = _("Registers and statistics")
    menu_item_class = permission_menu_item("eservice.view_application")

    def get_urlpatterns(self):
        return [
            path("", views.ReportsView.as_view(), name="index"),
            path("register/", views.register_export, name="register"),
            path("statistics/", views.statistics_export, name="statistics"),
        ]


# --- the visitor register --------------------------------------------------------------------


class VisitorFilterSet(WagtailFilterSet):
    day = django_filters.DateFilter(label=_("Day"), method="filter_day")
    outcome = django_filters.ChoiceFilter(label=_("Outcome"), choices=VisitorOutcome.choices)

    class Meta:
        model = Visitor
        fields = ["day", "outcome"]

    def filter_day(self, queryset, name, value):
        start, end = day_bounds(value)
        return queryset.filter(visited_at__gte=start, visited_at__lt=end)


class VisitorIndexView(FormulaSafeExportMixin, generic.IndexView):
    """The daily list: today's visitors unless another day is chosen."""

    def get_base_queryset(self):
        return super().get_base_queryset().select_related("recorded_by", "application")

    def get_filterset_kwargs(self):
        kwargs = super().get_filterset_kwargs()
        if not kwargs["data"].get("day"):
            data = kwargs["data"].copy()
            data["day"] = local_today().isoformat()
            kwargs["data"] = data
        return kwargs

    def get_list_more_buttons(self, instance):
        buttons = super().get_list_more_buttons(instance)
        if instance.application_id is None and self.request.user.has_perm("eservice.add_application"):
            buttons.append(
                ListingButton(
                    _("Lodge an application for this visitor"),
                    url=views.counter_url(instance),
                    icon_name="form",
                    priority=5,
                )
            )
        return buttons


class VisitorCreateView(generic.CreateView):
    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "for_user": self.request.user}


class VisitorViewSet(NoDeleteViewSetMixin, ModelViewSet):
    model = Visitor
    icon = "group"
    menu_label = _("Visitor register")
    name = "eservice_visitors"
    url_prefix = "eservice/visitors"
    index_view_class = VisitorIndexView
    add_view_class = VisitorCreateView
    filterset_class = VisitorFilterSet
    search_fields = ["name", "mobile", "purpose", "referred_to"]
    list_display = ["name", "visited_at", "purpose", "referred_to", "outcome", "recorded_by", "application"]
    list_export = [
        "visited_at",
        "name",
        "mobile",
        "purpose",
        "referred_to",
        "outcome",
        "note",
        "recorded_by",
        "application",
    ]
    export_filename = "visitor-register"
    edit_handler = ObjectList(
        [
            FieldRowPanel([FieldPanel("name"), FieldPanel("mobile")]),
            FieldPanel("purpose"),
            FieldRowPanel([FieldPanel("referred_to"), FieldPanel("outcome")]),
            FieldPanel("note"),
            FieldPanel("visited_at"),
        ],
        base_form_class=VisitorForm,
    )


# --- feedback --------------------------------------------------------------------------------


class FeedbackFilterSet(WagtailFilterSet):
    status = django_filters.ChoiceFilter(label=_("Status"), choices=FeedbackStatus.choices)
    published = django_filters.BooleanFilter(label=_("Shown on the feedback page"))
    submitted_at = django_filters.DateFromToRangeFilter(label=_("Received"))

    class Meta:
        model = Feedback
        fields = ["status", "published", "submitted_at"]


class FeedbackIndexView(FormulaSafeExportMixin, generic.IndexView):
    def get_base_queryset(self):
        return super().get_base_queryset().select_related("service")


class FeedbackViewSet(NoDeleteViewSetMixin, ModelViewSet):
    """Messages arrive from the feedback page and the API; staff answer, publish or set them aside."""

    model = Feedback
    icon = "comment"
    menu_label = _("Feedback")
    name = "eservice_feedback"
    url_prefix = "eservice/feedback"
    index_view_class = FeedbackIndexView
    hidden_views = ("delete", "copy", "add")
    filterset_class = FeedbackFilterSet
    search_fields = ["message", "name", "answer"]
    list_display = ["__str__", "service", "submitted_at", "status", "published", "answered_at"]
    list_export = [
        "submitted_at",
        "name",
        "contact",
        "service",
        "message",
        "status",
        "answer",
        "answered_by",
        "answered_at",
    ]
    export_filename = "feedback"
    edit_handler = ObjectList(
        [
            FieldPanel("message", read_only=True),
            FieldRowPanel(
                [
                    FieldPanel("name", read_only=True),
                    FieldPanel("contact", read_only=True),
                    FieldPanel("submitted_at", read_only=True),
                ]
            ),
            FieldPanel("service", read_only=True),
            FieldPanel("answer"),
            FieldRowPanel([FieldPanel("status"), FieldPanel("published")]),
        ],
        base_form_class=FeedbackAnswerForm,
    )

    def get_common_view_kwargs(self, **kwargs):
        view_kwargs = super().get_common_view_kwargs(**kwargs)
        view_kwargs["add_url_name"] = None
        return view_kwargs


# --- the citizen charter and the holiday calendar --------------------------------------------


class ServiceViewSet(SnippetViewSet):
    model = Service
    chooser_viewset_class = PermissionCheckedSnippetChooserViewSet
    icon = "list-ul"
    menu_label = _("Citizen charter")
    list_display = ["name", "branch", "time_limit_days", "fee", "active", "order"]
    list_filter = ["active", "extra_fields", "locale"]
    search_fields = ["name", "description"]
    ordering = ["order", "pk"]


class HolidayIndexView(FormulaSafeExportMixin, SnippetIndexView):
    """The holidays listing, exported with formula-like text kept as text."""


class HolidayViewSet(SnippetViewSet):
    model = Holiday
    index_view_class = HolidayIndexView
    chooser_viewset_class = PermissionCheckedSnippetChooserViewSet
    icon = "date"
    menu_label = _("Holidays")
    list_display = ["date", "name_bn", "name_en"]
    search_fields = ["name_bn", "name_en"]
    ordering = ["date"]
    list_export = ["date", "name_bn", "name_en"]


class EServiceViewSetGroup(SnippetViewSetGroup):
    """The E-service admin menu: staff's daily work first, then the charter and holidays."""

    items = [
        ApplicationViewSet,
        CounterViewSet,
        VisitorViewSet,
        FeedbackViewSet,
        ReportsViewSet,
        ServiceViewSet,
        HolidayViewSet,
    ]
    menu_icon = "form"
    menu_label = _("E-service")
    menu_name = "eservice"
    menu_order = 250
