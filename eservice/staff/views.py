"""Admin views for staff: an application with its log, uploads and actions; a citizen's upload,
opened from private storage; the counter entry; the daily register and monthly statistics with
their CSV and XLSX files."""

import datetime

from django.contrib import messages
from django.contrib.auth.decorators import permission_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import FileResponse, Http404, HttpRequest, HttpResponse, HttpResponseBadRequest
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import TemplateView
from wagtail.admin.views.generic import InspectView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.models import Locale

from core.http import no_store
from core.templatetags.bengali import local_date, local_datetime
from eservice.domain import reports
from eservice.domain.calendar import local_today
from eservice.domain.services import allowed_moves, can_move, move_application, submit_application
from eservice.models import Application, ApplicationUpload, EServiceCentrePage, Service, Visitor, VisitorOutcome
from eservice.staff.forms import ACTIONS, CounterEntryForm, CounterServiceForm, MonthForm, MoveForm, RegisterForm

# --- one application -------------------------------------------------------------------------


def known_branches() -> list[str]:
    """Branches and officers named in the charter, offered when forwarding (anything may be typed)."""
    services = Service.objects.filter(locale=Locale.get_default())
    names = set(services.exclude(branch="").values_list("branch", flat=True))
    names |= set(services.exclude(officer_designation="").values_list("officer_designation", flat=True))
    return sorted(names)


class ApplicationDetailView(InspectView):
    """The application as staff see it, with its event log, uploads and the actions they may take."""

    template_name = "eservice/admin/application_detail.html"
    fields = [
        "tracking_number",
        "status",
        "service",
        "channel",
        "source_portal",
        "applicant_name",
        "guardian_name",
        "mobile",
        "nid",
        "address",
        "email",
        "received_at",
        "received_by",
        "probable_delivery_date",
        "language",
    ]

    def get_fields(self):
        # The viewset passes its (empty) inspect_view_fields; this view always shows the same facts.
        return type(self).fields

    def get_object(self, queryset=None):
        return get_object_or_404(
            Application.objects.select_related("service", "received_by", "source_portal"), pk=self.pk
        )

    def get_received_at_display_value(self) -> str:
        # In the office's time zone (Asia/Dhaka) and, in the Bengali admin, Bengali digits, as on the receipt.
        return local_datetime(self.object.received_at)

    def get_probable_delivery_date_display_value(self) -> str:
        return local_date(self.object.probable_delivery_date)

    def get_received_by_display_value(self) -> str:
        user = self.object.received_by
        return (user.get_full_name() or user.get_username()) if user else "—"

    def get_source_portal_display_value(self) -> str:
        # The upazila portal the application came from (website link or API); none for the district's own.
        site = self.object.source_portal
        return (site.site_name or site.hostname) if site else "—"

    def get_email_display_value(self) -> str:
        return self.object.email or "—"

    def get_page_title(self):
        return _("Application")

    def available_actions(self) -> list:
        moves = allowed_moves(self.object)
        return [
            action
            for action in ACTIONS.values()
            if action.to_status in moves and can_move(self.request.user, action.to_status)
        ]

    def action_forms(self, bound: dict[str, MoveForm]) -> list[MoveForm]:
        available = self.available_actions()
        forms = [bound.get(action.name) or MoveForm(action=action) for action in available]
        # A form the status no longer allows still shows, with its error, so staff see what went wrong.
        forms += [form for name, form in bound.items() if name not in {action.name for action in available}]
        return forms

    def get_context_data(self, forms=None, **kwargs):
        context = super().get_context_data(**kwargs)
        forms = forms or {}
        application = self.object
        page = EServiceCentrePage.for_language(application.language)
        context.update(
            application=application,
            events=application.events.select_related("actor"),
            uploads=application.uploads.all(),
            action_forms=self.action_forms(forms),
            branches=known_branches(),
            land_record=application.land_record,
            receipt_url=page.receipt_url(application) if page else None,
        )
        return context

    def post(self, request: HttpRequest, *args, **kwargs) -> HttpResponse:
        action = ACTIONS.get(request.POST.get("action", ""))
        if action is None:
            return HttpResponseBadRequest(_("Unknown action."))
        if not can_move(request.user, action.to_status):
            # Say so on the application itself, with a real 403, rather than Wagtail's redirect home.
            messages.error(request, _("You may not move applications to this status."))
            return self.render_to_response(self.get_context_data(), status=403)
        form = MoveForm(request.POST, action=action)
        if form.is_valid():
            try:
                move_application(
                    self.object,
                    action.to_status,
                    request.user,
                    note=form.cleaned_data.get("note", ""),
                    forwarded_to=form.cleaned_data.get("forwarded_to", ""),
                )
            except ValidationError as exc:
                for field, errors in exc.message_dict.items():
                    form.add_error(field if field in form.fields else None, errors)
            else:
                messages.success(
                    request,
                    _("%(number)s: %(status)s. The applicant is being notified.")
                    % {"number": self.object.tracking_number, "status": self.object.get_status_display()},
                )
                return redirect(request.path)
        context = self.get_context_data(forms={action.name: form})
        return self.render_to_response(context)


# --- a citizen's upload ---------------------------------------------------------------------


@permission_required("eservice.view_applicationupload", raise_exception=True)
def open_upload(request: HttpRequest, pk: int) -> FileResponse:
    """Stream one of a citizen's uploads to a member of staff; never cached by any proxy."""
    upload = get_object_or_404(ApplicationUpload, pk=pk)
    response = FileResponse(upload.file.open("rb"), content_type=upload.content_type)
    response["Content-Disposition"] = (
        f'inline; filename="{upload.application.tracking_number}-{upload.pk}.{upload.file.name.rsplit(".", 1)[-1]}"'
    )
    response["X-Content-Type-Options"] = "nosniff"
    return no_store(response)


# --- the counter entry -----------------------------------------------------------------------


class StaffPageMixin(WagtailAdminTemplateMixin):
    """An admin page of its own under Home, titled in the breadcrumbs."""

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": self.get_page_title()}]


class CounterEntryView(StaffPageMixin, TemplateView):
    """An application brought to the counter, by post, or from an upazila or union centre.

    Step one chooses the service (its extra questions depend on it); step two is the citizen's
    own form plus the channel; it ends on the printable receipt."""

    template_name = "eservice/admin/counter_entry.html"
    page_title = gettext_lazy("Counter entry")
    header_icon = "form"

    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perm("eservice.add_application"):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def visitor(self) -> Visitor | None:
        visitor_id = self.request.GET.get("visitor", "")
        if not visitor_id.isdigit():
            return None
        return Visitor.objects.filter(pk=int(visitor_id), application__isnull=True).first()

    def get(self, request: HttpRequest, *args, **kwargs) -> HttpResponse:
        if "service" not in request.GET:
            return self.render_to_response(self.get_context_data(service_form=CounterServiceForm()))
        service_form = CounterServiceForm(request.GET)
        if not service_form.is_valid():
            return self.render_to_response(self.get_context_data(service_form=service_form))
        service = service_form.cleaned_data["service"]
        visitor = self.visitor()
        initial = {"applicant_name": visitor.name, "mobile": visitor.mobile} if visitor else {}
        form = CounterEntryForm(service=service, initial=initial)
        return no_store(self.render_to_response(self.get_context_data(form=form, service=service, visitor=visitor)))

    def post(self, request: HttpRequest, *args, **kwargs) -> HttpResponse:
        service_form = CounterServiceForm(request.GET)
        if not service_form.is_valid():
            return self.render_to_response(self.get_context_data(service_form=service_form))
        service = service_form.cleaned_data["service"]
        visitor = self.visitor()
        form = CounterEntryForm(request.POST, request.FILES, service=service)
        if form.is_valid():
            language = form.cleaned_data["language"]
            page = EServiceCentrePage.for_language(language)
            if page is None:
                messages.error(request, _("There is no live e-service centre page to print the receipt from."))
            else:
                data = {
                    name: value
                    for name, value in form.application_data().items()
                    if name not in ("channel", "language")
                }
                try:
                    application = submit_application(
                        service=service,
                        data=data,
                        channel=form.cleaned_data["channel"],
                        uploads=form.checked_uploads,
                        received_by=request.user,
                        language=language,
                    )
                except ValidationError as exc:
                    # e.g. the service was switched off meanwhile: nothing was saved.
                    for field, errors in exc.message_dict.items():
                        form.add_error(field if field in form.fields else None, errors)
                    return no_store(
                        self.render_to_response(self.get_context_data(form=form, service=service, visitor=visitor))
                    )
                if visitor is not None:
                    visitor.application = application
                    visitor.outcome = VisitorOutcome.APPLICATION
                    visitor.save(update_fields=["application", "outcome"])
                messages.success(
                    request, _("Application %(number)s recorded.") % {"number": application.tracking_number}
                )
                return no_store(redirect(page.receipt_url(application)))
        context = self.get_context_data(form=form, service=service, visitor=visitor)
        return no_store(self.render_to_response(context))


# --- reports ---------------------------------------------------------------------------------


class ReportsView(StaffPageMixin, TemplateView):
    """The daily register and monthly statistics, shown here and downloadable as CSV or XLSX."""

    template_name = "eservice/admin/reports.html"
    page_title = gettext_lazy("Registers and statistics")
    header_icon = "table"

    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perm("eservice.view_application"):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        today = local_today()
        register_form = RegisterForm(self.request.GET if "day" in self.request.GET else {"day": today})
        month_form = MonthForm(self.request.GET if "month" in self.request.GET else {"month": f"{today:%Y-%m}"})
        context.update(register_form=register_form, month_form=month_form)
        if register_form.is_valid():
            day = register_form.cleaned_data["day"]
            context.update(day=day, register_headers=reports.register_headers(), register=reports.daily_register(day))
        if month_form.is_valid():
            stats = reports.monthly_statistics(month_form.cleaned_data["month"])
            context.update(stats=stats)
        return context


def _download(content: bytes, filename: str, file_format: str) -> HttpResponse:
    content_type = (
        "text/csv; charset=utf-8"
        if file_format == "csv"
        else "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    )
    response = HttpResponse(content, content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="{filename}.{file_format}"'
    # The register names applicants: it must not sit in any shared cache.
    return no_store(response)


def _format(request: HttpRequest) -> str:
    file_format = request.GET.get("format", "csv")
    if file_format not in ("csv", "xlsx"):
        raise Http404("Unknown format")
    return file_format


def register_export(request: HttpRequest) -> HttpResponse:
    if not request.user.has_perm("eservice.view_application"):
        raise PermissionDenied
    form = RegisterForm(request.GET)
    if not form.is_valid():
        return HttpResponseBadRequest(_("Choose a day."))
    day: datetime.date = form.cleaned_data["day"]
    file_format = _format(request)
    headers, rows = reports.register_headers(), reports.daily_register(day)
    if file_format == "csv":
        content = reports.to_csv(headers, rows)
    else:
        content = reports.to_xlsx([(_("Daily register"), headers, rows)])
    return _download(content, f"register-{day.isoformat()}", file_format)


def statistics_export(request: HttpRequest) -> HttpResponse:
    if not request.user.has_perm("eservice.view_application"):
        raise PermissionDenied
    form = MonthForm(request.GET)
    if not form.is_valid():
        return HttpResponseBadRequest(_("Choose a month."))
    first: datetime.date = form.cleaned_data["month"]
    file_format = _format(request)
    stats = reports.monthly_statistics(first)
    headers, rows = reports.statistics_headers(), reports.statistics_rows(stats)
    if file_format == "csv":
        content = reports.to_csv(headers, rows)
    else:
        by_service = [row for row in rows if row[0] == _("By service")]
        by_channel = [row for row in rows if row[0] == _("By channel")]
        total = [row for row in rows if row[0] == _("Total")]
        content = reports.to_xlsx(
            [
                (_("By service"), headers, by_service + total),
                (_("By channel"), headers, by_channel + total),
            ]
        )
    return _download(content, f"statistics-{first:%Y-%m}", file_format)


def counter_url(visitor: Visitor | None = None) -> str:
    url = reverse("eservice_counter:index")
    return f"{url}?visitor={visitor.pk}" if visitor else url
