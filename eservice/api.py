"""The e-service router of the v3 API: the citizen charter, holidays, applications and their events.

Errors are RFC 7807 ``application/problem+json`` in Wagtail's v3 format, with one entry per
field (``loc``, ``msg``, ``type``) in the request's language (``?locale=`` or Accept-Language).
Anonymous POSTs are rate-limited at ``API_ANON_RATE``.
"""

import datetime
import functools
from decimal import Decimal

from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpRequest, HttpResponse
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _
from ninja import Field, Query, Router, Schema, Status
from wagtail.api.v3.auth import AllowAnonymous, BearerTokenAuth
from wagtail.api.v3.errors import problem_response
from wagtail.models import Locale

from core.i18n import current_language
from core.representations.translations import TRANSLATIONS_DESCRIPTION, Translations, translation_link
from eservice.forms import ApplicationForm
from eservice.models import Application, EServiceCentrePage, Holiday, Service
from eservice.models import Status as ApplicationStatus
from eservice.ratelimit import retry_after
from eservice.services import STAFF_CHANNELS, move_application, submit_application
from eservice.tracking import is_tracking_number, normalise_tracking_number
from eservice.validation import normalise_mobile
from eservice.views import PUBLIC_NOTE_STATUSES, localized

router = Router(tags=["e-service"])


# --- schemas ---------------------------------------------------------------------------------


class OfficerSchema(Schema):
    designation: str
    room: str = ""
    phone: str
    email: str


class ServiceSchema(Schema):
    slug: str
    locale: str
    name: str
    branch: str
    description: str
    documents: list[str]
    fee: Decimal
    fee_payment: str
    time_limit_days: int
    extra_fields: str
    officer: OfficerSchema
    escalation_officer: OfficerSchema | None
    url: str | None
    apply_url: str | None
    translations: Translations = Field(description=TRANSLATIONS_DESCRIPTION)


class HolidaySchema(Schema):
    date: datetime.date
    name: str
    name_bn: str
    name_en: str


class ApplicationIn(Schema):
    # Every field is an optional string here so that the form gives each missing or bad value
    # a message on its own field, in the request's language.
    service: str = ""
    channel: str = "portal"
    applicant_name: str = ""
    guardian_name: str = ""
    mobile: str = ""
    nid: str = ""
    address: str = ""
    email: str = ""
    upazila: str = ""
    mouza: str = ""
    jl_no: str = ""
    khatian_no: str = ""
    survey: str = ""
    dag_nos: str = ""


class ApplicationCreated(Schema):
    tracking_number: str
    status: str
    received_at: datetime.datetime
    probable_delivery_date: datetime.date
    receipt_url: str | None


class EventSchema(Schema):
    at: datetime.datetime
    from_status: str
    to_status: str
    to_status_label: str
    note: str


class ApplicationStatusSchema(Schema):
    tracking_number: str
    service: str
    service_name: str
    channel: str
    status: str
    status_label: str
    received_at: datetime.datetime
    probable_delivery_date: datetime.date
    events: list[EventSchema]


class TrackIn(Schema):
    tracking_number: str = Field(
        max_length=40, description="As on the receipt, e.g. `RNG-20261127-0042`; Bengali digits are accepted."
    )
    mobile: str = Field(max_length=32, description="The applicant's mobile number, as given on the application.")


class EventIn(Schema):
    to_status: str = ""
    note: str = ""
    forwarded_to: str = ""


class EventCreated(Schema):
    tracking_number: str
    status: str
    at: datetime.datetime
    from_status: str
    to_status: str
    note: str
    forwarded_to: str


# --- helpers shared with eservice/api_staff.py ----------------------------------------------


def requested_locale(code: str | None) -> Locale:
    """The requested locale (``?locale=``), else the request's language, else Bengali."""
    languages = dict(settings.LANGUAGES)
    for candidate in (code, translation.get_language()):
        language = (candidate or "").split("-")[0]
        if language in languages:  # only the site's languages ever reach the database
            locale = Locale.objects.filter(language_code=language).first()
            if locale:
                return locale
    return Locale.get_default()


def in_request_language(view):
    """Answer (errors included) in ``?locale=`` when given, else in the Accept-Language choice."""

    @functools.wraps(view)
    def wrapper(request: HttpRequest, *args, **kwargs):
        locale = requested_locale(request.GET.get("locale"))
        with translation.override(locale.language_code):
            return view(request, *args, **kwargs)

    return wrapper


def field_problem(errors: dict[str, list[tuple[str, str]]], status: int = 422) -> HttpResponse:
    return problem_response(
        status=status,
        detail=_("Some fields need correcting."),
        errors=[
            {"type": code or "invalid", "loc": ["body", field], "msg": str(message)}
            for field, messages in errors.items()
            for message, code in messages
        ],
    )


def _validation_problem(exc: ValidationError) -> HttpResponse:
    if hasattr(exc, "error_dict"):
        errors = {
            field: [(message, error.code or "invalid") for error in field_errors for message in error.messages]
            for field, field_errors in exc.error_dict.items()
        }
    else:
        errors = {"__all__": [(message, exc.code or "invalid") for message in exc.messages]}
    return field_problem(errors)


def _not_found() -> HttpResponse:
    # One answer for an unknown number and for a wrong mobile, so neither can be told apart.
    return problem_response(status=404, detail=_("No application matches this tracking number and mobile number."))


def rate_limited(request: HttpRequest, scope: str) -> HttpResponse | None:
    if request.user.is_authenticated:
        return None
    wait = retry_after(request, scope, settings.API_ANON_RATE)
    if wait is None:
        return None
    response = problem_response(status=429, detail=_("Too many requests. Try again in a little while."))
    response["Retry-After"] = str(wait)
    return response


def _centre_page(locale: Locale) -> EServiceCentrePage | None:
    return (
        EServiceCentrePage.objects.live().filter(locale=locale).first()
        or EServiceCentrePage.objects.live().filter(locale=Locale.get_default()).first()
    )


def _absolute(request: HttpRequest, page: EServiceCentrePage, route: str, *args) -> str:
    return page.get_full_url(request) + page.reverse_subpage(route, args=args)


def _centre_pages() -> dict[int, EServiceCentrePage]:
    """The e-service centre page of each language, the Bengali one standing in where one is missing."""
    pages = {page.locale_id: page for page in EServiceCentrePage.objects.live().order_by("-pk")}
    default = pages.get(Locale.get_default().pk)
    return {locale.pk: pages.get(locale.pk, default) for locale in Locale.objects.all()}


def _service_url(request: HttpRequest, page: EServiceCentrePage | None, service: Service, route: str) -> str | None:
    return _absolute(request, page, route, service.slug) if page else None


def _translation_links(request: HttpRequest, services: list[Service], pages: dict) -> dict:
    """Each service's active translations (by translation key), found for all services in one query."""
    others = (
        Service.objects.active()
        .filter(translation_key__in={service.translation_key for service in services})
        .select_related("locale")
        .order_by("locale_id")
    )
    links: dict = {}
    for other in others:
        code = other.locale.language_code
        detail = reverse("wagtailapi_v3:eservice_service", args=[other.slug]) + f"?locale={code}"
        links.setdefault(other.translation_key, []).append(
            (
                other.pk,
                code,
                translation_link(
                    other.pk,
                    other.name,
                    _service_url(request, pages.get(other.locale_id), other, "service_detail"),
                    request.build_absolute_uri(detail),
                ),
            )
        )
    return links


def _services_data(request: HttpRequest, services: list[Service], locale: Locale) -> list[dict]:
    """Services as ServiceSchema describes them, in a fixed number of queries however many there are.

    Their pages are on `locale`'s e-service centre (which shows a Bengali service not yet
    translated); each translation links to its own language's centre.
    """
    pages = _centre_pages()
    links = _translation_links(request, services, pages)
    return [
        _service_data(
            request,
            service,
            pages.get(locale.pk),
            {code: link for pk, code, link in links.get(service.translation_key, []) if pk != service.pk},
        )
        for service in services
    ]


def _service_data(request: HttpRequest, service: Service, page: EServiceCentrePage | None, translations: dict) -> dict:
    def officer(designation: str, room: str, phone: str, email: str) -> dict | None:
        return {"designation": designation, "room": room, "phone": phone, "email": email} if designation else None

    return {
        "slug": service.slug,
        "locale": service.locale.language_code,
        "name": service.name,
        "branch": service.branch,
        "description": service.description,
        "documents": service.document_list,
        "fee": service.fee,
        "fee_payment": service.fee_payment,
        "time_limit_days": service.time_limit_days,
        "extra_fields": service.extra_fields,
        "officer": officer(
            service.officer_designation, service.officer_room, service.officer_phone, service.officer_email
        ),
        "escalation_officer": officer(
            service.escalation_designation, "", service.escalation_phone, service.escalation_email
        ),
        "url": _service_url(request, page, service, "service_detail"),
        "apply_url": _service_url(request, page, service, "apply"),
        "translations": translations,
    }


# --- the charter -----------------------------------------------------------------------------


@router.get(
    "/services/",
    response=list[ServiceSchema],
    url_name="eservice_services",
    operation_id="services_list",
    summary="The citizen charter",
)
@in_request_language
def list_services(request: HttpRequest, locale: str | None = None):
    """Active services in `locale` (Bengali source where not yet translated), in charter order."""
    active_locale = requested_locale(locale)
    services = Service.objects.active().for_locale(active_locale).select_related("locale")
    return _services_data(request, list(services), active_locale)


@router.get(
    "/services/{slug}/",
    response={200: ServiceSchema, 404: dict},
    url_name="eservice_service",
    operation_id="services_detail",
    summary="One service of the charter",
)
@in_request_language
def get_service(request: HttpRequest, slug: str, locale: str | None = None):
    active_locale = requested_locale(locale)
    service = Service.objects.active().for_locale(active_locale).select_related("locale").filter(slug=slug).first()
    if service is None:
        return problem_response(status=404, detail=_("No such service."))
    return _services_data(request, [service], active_locale)[0]


@router.get(
    "/holidays/",
    response=list[HolidaySchema],
    url_name="eservice_holidays",
    operation_id="holidays_list",
    summary="Public holidays",
)
@in_request_language
def list_holidays(
    request: HttpRequest,
    year: int | None = Query(None, ge=1900, le=2200),  # a bounded year: date__year past 9999 is a 500
    locale: str | None = None,
):
    """Days the office is closed besides Fridays and Saturdays; `year` narrows the list."""
    holidays = Holiday.objects.all()
    if year is not None:
        holidays = holidays.filter(date__year=year)
    return [
        {"date": holiday.date, "name": holiday.name, "name_bn": holiday.name_bn, "name_en": holiday.name_en}
        for holiday in holidays
    ]


# --- applications ----------------------------------------------------------------------------


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
    """The portal channel needs no token; counter, post, upazila and union channels need a staff token."""
    limited = rate_limited(request, "api-applications")
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
        return field_problem({"channel": [(_("Choose one of the channels."), "invalid_choice")]})
    slug = payload.pop("service")
    service = Service.objects.active().filter(slug=slug, locale=Locale.get_default()).first()
    if service is None:
        return field_problem({"service": [(_("Choose one of the services in the charter."), "invalid_choice")]})
    form = ApplicationForm(payload, service=service)
    if not form.is_valid():
        return field_problem(
            {
                field: [(error["message"], error["code"]) for error in errors]
                for field, errors in form.errors.get_json_data().items()
            }
        )
    language = current_language()
    try:
        application = submit_application(
            service=service,
            data=form.application_data(),
            channel=channel,
            received_by=request.user if request.user.is_authenticated and channel in STAFF_CHANNELS else None,
            language=language,
        )
    except ValidationError as exc:
        return _validation_problem(exc)
    page = _centre_page(requested_locale(language))
    receipt_url = None
    if page:
        receipt_url = (
            f"{_absolute(request, page, 'receipt', application.tracking_number)}?t={application.receipt_token}"
        )
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
    limited = rate_limited(request, "api-track")
    if limited:
        return limited
    tracking_number = normalise_tracking_number(data.tracking_number)
    try:
        mobile = normalise_mobile(data.mobile)
    except ValidationError:
        return _not_found()
    if not is_tracking_number(tracking_number):
        return _not_found()
    application = (
        Application.objects.select_related("service").filter(tracking_number=tracking_number, mobile=mobile).first()
    )
    if application is None:
        return _not_found()
    service = localized(application.service)
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
    application = Application.objects.filter(tracking_number=normalise_tracking_number(tracking_number)).first()
    if application is None:
        return problem_response(status=404, detail=_("No such application."))
    if data.to_status not in ApplicationStatus.values:
        return field_problem({"to_status": [(_("Choose one of the statuses."), "invalid_choice")]})
    try:
        event = move_application(
            application, data.to_status, request.user, note=data.note, forwarded_to=data.forwarded_to
        )
    except PermissionDenied:
        return problem_response(status=403, detail=_("This token may not move applications to this status."))
    except ValidationError as exc:
        return _validation_problem(exc)
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
