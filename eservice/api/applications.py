"""Applications in the v3 API: ``POST applications/`` (anyone through the portal channel; staff
with a token through the others), ``POST applications/track/`` (the tracking number and the
applicant's mobile) and ``POST applications/{tracking_number}/events/`` (staff move one on).

Anonymous POSTs are rate-limited at ``API_ANON_RATE``, sharing one count with the website's forms
for the same action; the form and the rules are the website's own (eservice/domain/), so both
say the same thing about the same input.
"""

from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpRequest, HttpResponse
from django.utils.translation import gettext as _
from ninja import Router, Status
from wagtail.api.v3.auth import AllowAnonymous, BearerTokenAuth
from wagtail.api.v3.errors import problem_response
from wagtail.models import Locale

from core.i18n import current_language
from core.portals import site_for_request
from eservice.api.common import (
    choose_one_of,
    field_problem,
    form_problem,
    in_request_language,
    rate_limited,
    too_many_requests,
    validation_problem,
)
from eservice.api.schemas import (
    ApplicationCreated,
    ApplicationIn,
    ApplicationStatusSchema,
    EventCreated,
    EventIn,
    TrackIn,
)
from eservice.domain.forms import ApplicationForm
from eservice.domain.ratelimit import count_wrong_guess, tracking_retry_after
from eservice.domain.services import (
    PUBLIC_NOTE_STATUSES,
    STAFF_CHANNELS,
    knows_applications,
    move_application,
    submit_application,
)
from eservice.domain.source_portal import source_portal_site_id
from eservice.domain.tracking import is_tracking_number, normalise_tracking_number
from eservice.domain.validation import normalise_mobile
from eservice.models import Application, Channel, EServiceCentrePage, Service
from eservice.models import Status as ApplicationStatus

router = Router(tags=["e-service"])


def _not_found() -> HttpResponse:
    # One answer for an unknown number and for a wrong mobile, so neither can be told apart.
    return problem_response(status=404, detail=_("No application matches this tracking number and mobile number."))


@router.post(
    "/applications/",
    response={201: ApplicationCreated, 401: dict, 403: dict, 422: dict, 429: dict},
    auth=[BearerTokenAuth(), AllowAnonymous()],
    url_name="eservice_applications",
    operation_id="applications_create",
    summary="Submit an application",
)
@in_request_language
def create_application(request: HttpRequest, data: ApplicationIn):
    """The portal channel needs no token; counter, post, upazila and union channels need a staff token.
    The application records the upazila portal it came from: `portal`, else the Host's portal."""
    limited = rate_limited(request, "apply")
    if limited:
        return limited
    payload = data.dict()
    channel = payload.pop("channel") or "portal"
    if channel in STAFF_CHANNELS:
        if not request.user.is_authenticated:
            return problem_response(status=401, detail=_("Staff channels need an API token."))
        if not request.user.has_perm("eservice.add_application"):
            return problem_response(status=403, detail=_("This token may not record applications."))
    elif channel != "portal":
        return field_problem({"channel": [(choose_one_of(Channel.values), "invalid_choice")]})
    slug = payload.pop("service")
    service = Service.objects.active().filter(slug=slug, locale=Locale.get_default()).first()
    if service is None:
        slugs = Service.objects.active().filter(locale=Locale.get_default()).values_list("slug", flat=True)
        return field_problem({"service": [(choose_one_of(slugs), "invalid_choice")]})
    try:
        source_portal_id = source_portal_site_id(payload.pop("portal").strip(), site_for_request(request))
    except ValidationError as exc:
        return validation_problem(exc)
    form = ApplicationForm(payload, service=service)
    if not form.is_valid():
        return form_problem(form)
    language = current_language()
    try:
        application = submit_application(
            service=service,
            data=form.application_data(),
            channel=channel,
            received_by=request.user if request.user.is_authenticated and channel in STAFF_CHANNELS else None,
            language=language,
            source_portal_id=source_portal_id,
        )
    except ValidationError as exc:
        return validation_problem(exc)
    page = EServiceCentrePage.for_language(language)
    receipt_url = page.receipt_url(application, request, full=True) if page else None
    return Status(
        201,
        {
            "tracking_number": application.tracking_number,
            "status": application.status,
            "received_at": application.received_at,
            "probable_delivery_date": application.probable_delivery_date,
            "receipt_url": receipt_url,
        },
    )


@router.post(
    "/applications/track/",
    response={200: ApplicationStatusSchema, 404: dict, 422: dict, 429: dict},
    auth=[BearerTokenAuth(), AllowAnonymous()],
    url_name="eservice_application_track",
    operation_id="applications_track",
    summary="Status and history (tracking number and the applicant's mobile)",
)
@in_request_language
def track_application(request: HttpRequest, data: TrackIn):
    """An application's status and history, for whoever holds both its tracking number and mobile.

    A POST, not a GET with `?mobile=`: the mobile number is personal data, and URLs are written
    to the logs of servers and proxies and kept in browser history. A wrong mobile and an unknown
    number get the same 404, so neither can be used to probe the other.
    """
    tracking_number = normalise_tracking_number(data.tracking_number)
    if not is_tracking_number(tracking_number):
        limited = rate_limited(request, "track")
        return limited or _not_found()
    wait = tracking_retry_after(request, tracking_number)
    if wait is not None:
        return too_many_requests(wait)
    try:
        mobile = normalise_mobile(data.mobile)
    except ValidationError:
        mobile = None
    application = (
        Application.objects.select_related("service").filter(tracking_number=tracking_number, mobile=mobile).first()
        if mobile
        else None
    )
    if application is None:
        count_wrong_guess(tracking_number)
        return _not_found()
    service = application.service.localized
    return {
        "tracking_number": application.tracking_number,
        "service": service.slug,
        "service_name": service.name,
        "channel": application.channel,
        "status": application.status,
        "status_label": str(application.get_status_display()),
        "received_at": application.received_at,
        "probable_delivery_date": application.probable_delivery_date,
        "events": [
            {
                "at": event.at,
                "from_status": event.from_status,
                "to_status": event.to_status,
                "to_status_label": str(event.get_to_status_display()),
                "note": event.note if event.to_status in PUBLIC_NOTE_STATUSES else "",
            }
            for event in application.events.all()
        ],
    }


@router.post(
    "/applications/{tracking_number}/events/",
    response={201: EventCreated, 401: dict, 403: dict, 404: dict, 422: dict},
    auth=BearerTokenAuth(),
    url_name="eservice_application_events",
    operation_id="applications_events_create",
    summary="Move an application on (staff token)",
)
@in_request_language
def create_event(request: HttpRequest, tracking_number: str, data: EventIn):
    # Staff who see or move applications move one on; for any other token every tracking number
    # is unknown (the same 404 as a number that does not exist), so none can be probed.
    application = Application.objects.filter(tracking_number=normalise_tracking_number(tracking_number)).first()
    if application is None or not knows_applications(request.user):
        return problem_response(status=404, detail=_("No such application."))
    if data.to_status not in ApplicationStatus.values:
        return field_problem({"to_status": [(choose_one_of(ApplicationStatus.values), "invalid_choice")]})
    try:
        event = move_application(
            application, data.to_status, request.user, note=data.note, forwarded_to=data.forwarded_to
        )
    except PermissionDenied:
        return problem_response(status=403, detail=_("This token may not move applications to this status."))
    except ValidationError as exc:
        return validation_problem(exc)
    return Status(
        201,
        {
            "tracking_number": application.tracking_number,
            "status": application.status,
            "at": event.at,
            "from_status": event.from_status,
            "to_status": event.to_status,
            "note": event.note,
            "forwarded_to": event.forwarded_to,
        },
    )
