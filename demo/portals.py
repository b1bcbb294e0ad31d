"""The demo's portals: the district (the default site) and its eight upazila portals.

The upazilas' facts (area, population, unions) are read from upazilas.yaml, the district's own
upazila pages, and the rest from portals.yaml; `portals.provision.create_portal` builds each
portal, so the demo's portals are made exactly as an operator's `create_portal` makes them.
"""

from decimal import Decimal
from typing import Any
from urllib.parse import urlsplit

from django.conf import settings
from wagtail.models import Site

from demo.content import read_section
from home.models import HomePage, Portal, PortalKind, UpazilaHomePage
from portals.provision import PortalFacts, create_portal


def load(home: HomePage) -> list[Portal]:
    """The district portal and the eight upazila portals, each at <slug>.localhost in development."""
    data = read_section("portals")
    district = Site.objects.get(is_default_site=True)
    portals = [
        create_portal(
            PortalFacts(
                kind=PortalKind.DISTRICT,
                slug="rangpur",
                name_bn=home.title,
                name_en=district.site_name,
                hostname=district.hostname,
                port=district.port,
                head_bn=home.dc_designation,
                head_en=home.get_translation(_english(home)).specific.dc_designation,
            )
        )
    ]
    upazilas = {page["slug"]: page for page in read_section("upazilas")["children"]}
    port = urlsplit(settings.WAGTAILADMIN_BASE_URL).port or 80
    for slug, extra in data["upazilas"].items():
        portals.append(create_portal(_upazila_facts(upazilas[slug], extra, data, port)))
    return portals


def _english(home: HomePage):
    return home.get_translations().first().locale


def _upazila_facts(upazila: dict[str, Any], extra: dict[str, Any], data: dict[str, Any], port: int) -> PortalFacts:
    name = upazila["title"]
    head = {"bn": f"উপজেলা নির্বাহী অফিসার, {name['bn']}", "en": f"Upazila Nirbahi Officer, {name['en']}"}
    facts = {
        "area_km2": Decimal(upazila["area_km2"]) if upazila.get("area_km2") else None,
        "population": upazila.get("population"),
        "population_year": upazila.get("population_year"),
    }
    home = {language: _home_fields(language, upazila, extra, data, head) for language in ("bn", "en")}
    return PortalFacts(
        kind=PortalKind.UPAZILA,
        slug=upazila["slug"],
        name_bn=name["bn"],
        name_en=name["en"],
        hostname=f"{upazila['slug']}.localhost",
        port=port,
        head_bn=head["bn"],
        head_en=head["en"],
        home={**facts, **home["bn"]},
        home_en=home["en"],
    )


def _home_fields(language: str, upazila: dict, extra: dict, data: dict, head: dict) -> dict[str, Any]:
    """The texts of an upazila portal's home page in one language, StreamFields as stored values."""

    def stream(field: str, items: list[tuple[str, dict]]):
        block = UpazilaHomePage._meta.get_field(field).stream_block
        return block.to_python([{"type": kind, "value": value} for kind, value in items])

    centre = data["digital_centre"][language]
    unions = [
        ("union", {"name": entry["union"][language], "digital_centre": centre, "digital_centre_phone": ""})
        for entry in upazila.get("unions", [])
    ]
    offices = [
        ("office", {"name": office[language], "head": "", "phone": "", "email": ""}) for office in data["offices"]
    ]
    spots = [
        ("spot", {"name": spot["name"][language], "description": spot["description"][language]})
        for spot in extra["tourist_spots"]
    ]
    return {
        "welcome_heading": data["welcome_heading"][language],
        "welcome_message": f"<p>{data['welcome_message'][language]}</p>",
        "uno_name": "",  # the facts file names no UNO: the designation stands alone
        "uno_designation": head[language],
        "unions": stream("unions", unions),
        "offices": stream("offices", offices),
        "tourist_spots": stream("tourist_spots", spots),
    }
