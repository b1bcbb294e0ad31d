"""The e-service centre (demo/data/eservice.yaml): its page in both languages, the citizen
charter's services, the holiday calendar and a few applications on their way.

Everything is looked up before it is made: a service by its slug, a holiday by its date, an
application by its applicant's mobile number.
"""

import datetime
from typing import Any

from wagtail.models import Locale

from demo.content import English, moment, read_section, resolve
from demo.pages import build_page
from demo.translation import english_locale, translate
from eservice.domain.services import move_application, submit_application
from eservice.models import Application, EServiceCentrePage, Holiday, Service
from home.models import HomePage


def load(home: HomePage) -> EServiceCentrePage:
    data = read_section("eservice")
    page = build_page(home, data["page"])
    for order, item in enumerate(data["services"], start=1):
        _service(item, order, home.locale)
    _holidays(data["holidays"], suffix=data["expected"])
    _applications(data["applications"], home.locale)
    return page


def _service(item: dict[str, Any], order: int, bengali: Locale) -> Service:
    english = English()
    fields = {name: resolve(value, english) for name, value in item.items()}
    service = Service.objects.filter(locale=bengali, slug=fields["slug"]).first()
    if service is None:
        service = Service.objects.create(locale=bengali, order=order, **fields)
    if service.get_translation_or_none(english_locale()) is None:
        translate(service, english)
    return service


def _holidays(holidays: list[dict[str, Any]], suffix: dict[str, str]) -> None:
    """One holiday a day; an expected one (its date not yet official) says so after its name."""
    for item in holidays:
        name_bn, name_en = item["name"]["bn"], item["name"]["en"]
        if item.get("expected"):
            name_bn, name_en = name_bn + suffix["bn"], name_en + suffix["en"]
        day = item["date"]
        while day <= item.get("until", item["date"]):
            Holiday.objects.get_or_create(date=day, defaults={"name_bn": name_bn, "name_en": name_en})
            day += datetime.timedelta(days=1)


def _applications(applications: list[dict[str, Any]], bengali: Locale) -> None:
    for item in applications:
        if Application.objects.filter(mobile=item["data"]["mobile"]).exists():
            continue
        application = submit_application(
            service=Service.objects.get(locale=bengali, slug=item["service"]),
            data=item["data"],
            channel=item["channel"],
            received_at=moment(item["received"]),
        )
        for move in item["moves"]:
            move_application(
                application,
                move["status"],
                None,
                note=move.get("note", ""),
                forwarded_to=move.get("forwarded_to", ""),
                check_permission=False,
            )
