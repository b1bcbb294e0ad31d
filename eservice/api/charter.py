"""The citizen charter and the holiday calendar in the v3 API: ``GET services/``,
``GET services/{slug}/`` and ``GET holidays/``."""

from django.http import HttpRequest
from django.urls import reverse
from django.utils.translation import gettext as _
from ninja import Query, Router
from wagtail.api.v3.errors import problem_response
from wagtail.models import Locale

from core.representations.translations import translation_link, translations_of
from eservice.api.common import in_request_language, requested_locale
from eservice.api.schemas import HolidaySchema, ServiceSchema
from eservice.domain.form_description import describe_application_form
from eservice.models import EServiceCentrePage, Holiday, Service

router = Router(tags=["e-service"])


def _service_url(request: HttpRequest, page: EServiceCentrePage | None, service: Service, route: str) -> str | None:
    return page.get_full_url(request) + page.reverse_subpage(route, args=(service.slug,)) if page else None


def _services_data(request: HttpRequest, services: list[Service], locale: Locale) -> list[dict]:
    """Services as ServiceSchema describes them, in a fixed number of queries however many there are.

    Their pages are on `locale`'s e-service centre (which shows a Bengali service not yet
    translated); each translation links to its own language's centre.
    """
    centres = {each.pk: EServiceCentrePage.for_language(each.language_code) for each in Locale.objects.all()}

    def link(other: Service) -> dict:
        code = other.locale.language_code
        detail = reverse("wagtailapi_v3:eservice_service", args=[other.slug]) + f"?locale={code}"
        return translation_link(
            other.pk,
            other.name,
            _service_url(request, centres.get(other.locale_id), other, "service_detail"),
            request.build_absolute_uri(detail),
        )

    translations = translations_of(services, Service.objects.active(), link)
    return [_service_data(request, service, centres.get(locale.pk), translations[service.pk]) for service in services]


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
        "form": describe_application_form(service),
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
