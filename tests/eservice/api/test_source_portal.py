"""`POST /api/v3/applications/` records the upazila portal an application came from: the `portal`
field a front end sends (a portal's mobile app, the national portal), else the Host's portal.
An unknown portal is a field error in the request's language and nothing is saved; staff see the
portal on the application."""

import json

import pytest
from django.core.cache import cache
from django.urls import reverse

from eservice.models import Application
from portals.provision import create_portal
from tests.eservice.api.test_charter_and_applications import PORTAL_APPLICATION, post
from tests.portals.conftest import MITHAPUKUR_HOST, mithapukur_facts

pytestmark = pytest.mark.django_db

URL = "/api/v3/applications/"


@pytest.fixture(autouse=True)
def _fresh_rate_limits():
    cache.clear()


@pytest.fixture
def mithapukur(centre):
    return create_portal(mithapukur_facts())


def test_the_portal_a_front_end_names_is_recorded(client, mithapukur):
    response = post(client, URL, {**PORTAL_APPLICATION, "portal": "mithapukur"})
    assert response.status_code == 201, response.content
    application = Application.objects.get(tracking_number=response.json()["tracking_number"])
    assert application.source_portal == mithapukur.site and application.channel == "portal"


def test_without_the_field_the_hosts_portal_is_recorded(client, mithapukur):
    response = client.post(
        URL, json.dumps(PORTAL_APPLICATION), content_type="application/json", HTTP_HOST=MITHAPUKUR_HOST
    )
    assert response.status_code == 201, response.content
    assert Application.objects.get().source_portal == mithapukur.site


def test_the_named_portal_wins_over_the_host(client, mithapukur):
    kaunia = create_portal(
        mithapukur_facts(slug="kaunia", name_bn="কাউনিয়া", name_en="Kaunia", hostname="kaunia.localhost")
    )
    response = client.post(
        URL,
        json.dumps({**PORTAL_APPLICATION, "portal": "kaunia"}),
        content_type="application/json",
        HTTP_HOST=MITHAPUKUR_HOST,
    )
    assert response.status_code == 201, response.content
    assert Application.objects.get().source_portal == kaunia.site


def test_the_district_host_records_no_portal(client, mithapukur):
    assert post(client, URL, PORTAL_APPLICATION).status_code == 201
    assert Application.objects.get().source_portal is None


@pytest.mark.parametrize("portal", ["nowhere", "<script>", "x" * 65, "মিঠাপুকুর"])
def test_an_unknown_portal_is_a_field_error_and_nothing_is_saved(client, mithapukur, portal):
    response = post(client, URL, {**PORTAL_APPLICATION, "portal": portal})
    assert response.status_code == 422
    assert response["Content-Type"].startswith("application/problem+json")
    errors = response.json()["errors"]
    assert errors == [{"type": "invalid_choice", "loc": ["body", "portal"], "msg": "No portal has this short name."}]
    assert not Application.objects.exists()


def test_a_null_character_in_the_portal_is_refused_and_nothing_is_saved(client, mithapukur):
    response = post(client, URL, {**PORTAL_APPLICATION, "portal": "mitha\x00pukur"})
    assert response.status_code == 422 and response.json()["errors"][0]["type"] == "null_character"
    assert not Application.objects.exists()


def test_the_unknown_portal_error_is_in_bengali_for_a_bengali_request(client, mithapukur):
    """Needs the catalogue entry from /tmp/translations-portalcontent.tsv (filled in by the lead)."""
    response = post(client, URL, {**PORTAL_APPLICATION, "portal": "nowhere"}, language="bn")
    assert response.status_code == 422
    assert response.json()["errors"][0]["msg"] == "এই নামে কোনো পোর্টাল নেই।"
    assert not Application.objects.exists()


def test_staff_see_the_portal_on_the_application(client, officer_client, mithapukur):
    post(client, URL, {**PORTAL_APPLICATION, "portal": "mithapukur"})
    application = Application.objects.get()
    response = officer_client.get(reverse("eservice_applications:inspect", args=(application.pk,)))
    content = response.content.decode()
    assert response.status_code == 200 and "Applied from portal" in content and "Mithapukur" in content
    listing = officer_client.get(reverse("eservice_applications:index"), {"source_portal": mithapukur.site_id})
    assert application.tracking_number in listing.content.decode()
