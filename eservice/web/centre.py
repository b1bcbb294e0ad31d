"""Citizen-facing views behind the e-service centre page: the charter, a page per service,
apply, the receipt (HTML and PDF) and track. Pages that show or take personal data are
never cached (``Cache-Control: no-store``). Applying and tracking count against the same
limits as the API's (eservice/domain/ratelimit.py); receipt PDFs are rendered once per state."""

from __future__ import annotations

import secrets
from typing import TYPE_CHECKING

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db.models import QuerySet
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.template.loader import render_to_string
from django.template.response import TemplateResponse
from django.utils.translation import gettext_lazy as _

from core.http import no_store
from core.i18n import current_language
from eservice.domain.calendar import local_today
from eservice.domain.forms import ApplicationForm
from eservice.domain.ratelimit import anonymous_retry_after, count_wrong_guess, retry_after, tracking_retry_after
from eservice.domain.receipts import RECEIPT_LAYOUT, qr_svg, render_pdf, stored_pdf
from eservice.domain.services import PUBLIC_NOTE_STATUSES, submit_application
from eservice.models.applications import Application
from eservice.models.charter import Holiday, Service
from eservice.web.forms import TrackForm
from eservice.web.portal_origin import remember_portal, source_portal_id

if TYPE_CHECKING:  # for type hints only: the page's routes call these views
    from eservice.models.pages import EServiceCentrePage

TOO_MANY = _("You have tried many times just now. Please wait a minute and try again.")


def _too_many(response: HttpResponse, wait: int) -> HttpResponse:
    response.status_code = 429
    response["Retry-After"] = str(wait)
    return response


def _context(request: HttpRequest, page: EServiceCentrePage, **extra) -> dict:
    return {"page": page, "self": page, "request": request, **extra}


def _active_service(slug: str) -> Service:
    service = Service.objects.active().for_locale().filter(slug=slug).first()
    if service is None:
        raise Http404("No such service")
    return service


def charter(request: HttpRequest, page: EServiceCentrePage) -> TemplateResponse:
    services = Service.objects.active().for_locale()
    response = TemplateResponse(
        request,
        "eservice/eservice_centre_page.html",
        _context(request, page, services=services, holidays=upcoming_holidays()),
    )
    return remember_portal(request, response)


def service_detail(request: HttpRequest, page: EServiceCentrePage, service_slug: str) -> TemplateResponse:
    service = _active_service(service_slug)
    response = TemplateResponse(request, "eservice/service_detail.html", _context(request, page, service=service))
    return remember_portal(request, response)


def apply(request: HttpRequest, page: EServiceCentrePage, service_slug: str) -> HttpResponse:
    service = _active_service(service_slug)
    wait = None
    if request.method == "POST":
        form = ApplicationForm(request.POST, request.FILES, service=service)
        wait = anonymous_retry_after(request, "apply")
        if wait is not None:
            form.add_error(None, TOO_MANY)
        elif form.is_valid():
            try:
                application = submit_application(
                    service=service,
                    data=form.application_data(),
                    uploads=form.checked_uploads,
                    language=current_language(),
                    source_portal_id=source_portal_id(request),
                )
            except ValidationError as error:
                add_model_errors(form, error)
            else:
                return no_store(redirect(page.receipt_url(application)))
    else:
        form = ApplicationForm(service=service)
    response = TemplateResponse(request, "eservice/apply.html", _context(request, page, service=service, form=form))
    return remember_portal(request, no_store(_too_many(response, wait) if wait else response))


def add_model_errors(form: ApplicationForm, error: ValidationError) -> None:
    """Put errors the model found (after the form's own checks) on their fields, or above the form."""
    for field, messages in getattr(error, "message_dict", {"__all__": error.messages}).items():
        for message in messages:
            form.add_error(field if field in form.fields else None, message)


def absolute_track_url(page: EServiceCentrePage, request: HttpRequest | None, tracking_number: str) -> str:
    path = page.get_full_url(request) + page.reverse_subpage("track")
    return f"{path}?n={tracking_number}"


def receipt_context(request: HttpRequest, page: EServiceCentrePage, application: Application) -> dict:
    return _context(
        request,
        page,
        application=application,
        service=application.service.localized,
        # Tracking numbers are printed in ASCII digits on every page (eservice/domain/tracking.py).
        tracking_display=application.tracking_number,
        qr_code=qr_svg(absolute_track_url(page, request, application.tracking_number)),
        track_url=page.url + page.reverse_subpage("track"),
        paper="slip" if request.GET.get("paper") == "slip" else "a4",
    )


def receipt(request: HttpRequest, page: EServiceCentrePage, tracking_number: str) -> HttpResponse:
    application = Application.objects.select_related("service").filter(tracking_number=tracking_number).first()
    token = request.GET.get("t", "")
    # Without the token from the receipt link, a tracking number shows nothing at all.
    if application is None or not token or not secrets.compare_digest(token, application.receipt_token):
        raise Http404("No such receipt")
    context = receipt_context(request, page, application)
    if request.GET.get("format") == "pdf":
        return receipt_pdf(request, application, context)
    return no_store(TemplateResponse(request, "eservice/receipt.html", context))


def receipt_pdf(request: HttpRequest, application: Application, context: dict) -> HttpResponse:
    """The receipt as a PDF: limited per address for anonymous readers, rendered once per state."""
    wait = (
        None
        if request.user.is_authenticated
        else retry_after(request, "receipt-pdf", settings.ESERVICE_RECEIPT_PDF_RATE)
    )
    if wait is not None:
        response = TemplateResponse(request, "eservice/receipt.html", context)
        return no_store(_too_many(response, wait))

    def render() -> bytes:
        html = render_to_string("eservice/receipt_pdf.html", context, request=request)
        return render_pdf(html, request.build_absolute_uri("/"))

    state = (
        RECEIPT_LAYOUT,
        application.status,
        application.updated_at.isoformat(),
        current_language(),
        context["paper"],
        request.build_absolute_uri("/"),
    )
    response = HttpResponse(stored_pdf(application.tracking_number, state, render), content_type="application/pdf")
    response["Content-Disposition"] = f'inline; filename="{application.tracking_number}.pdf"'
    return no_store(response)


def track(request: HttpRequest, page: EServiceCentrePage) -> HttpResponse:
    """Status and history for a tracking number and mobile that match; any mismatch gets the
    same answer as an unknown number, so the page cannot be used to test who applied."""
    application = None
    searched = False
    wait = None
    if request.method == "POST":
        form = TrackForm(request.POST)
        # Limited with the API, per address and per tracking number, so neither can be used to
        # try mobile numbers one after another.
        if form.is_valid():
            tracking_number = form.cleaned_data["tracking_number"]
            wait = tracking_retry_after(request, tracking_number)
            if wait is not None:
                form.add_error(None, TOO_MANY)
            else:
                searched = True
                application = (
                    Application.objects.select_related("service")
                    .filter(tracking_number=tracking_number, mobile=form.cleaned_data["mobile"])
                    .first()
                )
                if application is None:
                    count_wrong_guess(tracking_number)
    else:
        # The QR code on a receipt brings the tracking number along; the mobile is still needed.
        form = TrackForm(initial={"tracking_number": request.GET.get("n", "")[:40]})
    context = _context(request, page, form=form, searched=searched, application=application)
    if application is not None:
        context.update(
            service=application.service.localized,
            tracking_display=application.tracking_number,
            events=[
                {"event": event, "show_note": event.to_status in PUBLIC_NOTE_STATUSES}
                for event in application.events.all()
            ],
        )
    response = TemplateResponse(request, "eservice/track.html", context)
    return no_store(_too_many(response, wait) if wait else response)


def upcoming_holidays(limit: int = 10) -> QuerySet[Holiday]:
    return Holiday.objects.filter(date__gte=local_today())[:limit]
