"""An application started from an upazila portal goes to the district's e-service centre and
records the portal it came from; the channel stays "portal"."""

import pytest
from django.core.cache import cache

from eservice.models import Application
from home.models import UpazilaHomePage
from portals.provision import create_portal
from tests.portals.conftest import MITHAPUKUR_HOST, mithapukur_facts

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _fresh_rate_limits():
    cache.clear()


def test_the_upazila_portals_link_leads_to_the_district_centre_and_is_recorded(client, centre, land_form):
    portal = create_portal(mithapukur_facts())
    home = UpazilaHomePage.objects.get(pk=portal.site.root_page_id)
    link = home.district_eservice_url()
    assert link == "http://testserver/bn/eservice/?portal=mithapukur"
    assert link in client.get("/bn/", HTTP_HOST=MITHAPUKUR_HOST).text

    charter = client.get("/bn/eservice/", {"portal": "mithapukur"})
    assert charter.cookies["eservice_portal"].value == "mithapukur"
    assert "no-store" in charter["Cache-Control"]
    assert client.post("/bn/eservice/apply/khatian-copy/", land_form).status_code == 302
    application = Application.objects.get()
    assert application.source_portal == portal.site and application.channel == "portal"


def test_without_a_portal_link_or_with_an_unknown_one_nothing_is_recorded(client, centre, land_form):
    create_portal(mithapukur_facts())
    assert "eservice_portal" not in client.get("/bn/eservice/", {"portal": "<script>"}).cookies
    # A NUL never reaches the database (PostgreSQL would refuse the query: a 500).
    with_nul = client.get("/bn/eservice/", {"portal": "mitha\x00pukur"})
    assert with_nul.status_code == 200 and "eservice_portal" not in with_nul.cookies
    assert client.post("/bn/eservice/apply/khatian-copy/?portal=nowhere", land_form).status_code == 302
    assert Application.objects.get().source_portal is None
