"""Each portal's moderators edit their own office settings, no other portal's; the site switcher of
the settings editor offers a user the portals they may edit (every one to the district)."""

import pytest
from django.contrib.auth.models import Group
from wagtail.models import GroupSitePermission

from home.models import OfficeSettings
from portals.provision import create_portal
from tests.portals.conftest import mithapukur_facts
from tests.portals.test_isolation import refused

pytestmark = pytest.mark.django_db

SETTINGS_ADMIN = "/admin/settings/home/officesettings/"


def settings_form(**overrides) -> dict:
    data = {
        "office_name_bn": "উপজেলা নির্বাহী অফিসারের কার্যালয়, মিঠাপুকুর",
        "office_name_en": "Upazila Nirbahi Officer's Office, Mithapukur",
        "head_of_office_bn": "জনাব উদাহরণ, উপজেলা নির্বাহী অফিসার",
        "head_of_office_en": "Mr Example, Upazila Nirbahi Officer",
        "head_message_bn": "মিঠাপুকুরে স্বাগতম।",
        "head_message_en": "Welcome to Mithapukur.",
        "address_bn": "মিঠাপুকুর, রংপুর",
        "address_en": "Mithapukur, Rangpur",
        "phone": "05222-56001",
        "fax": "",
        "email": "uno.mithapukur@example.gov.bd",
        "office_hours_bn": "রবি–বৃহস্পতি, সকাল ৯টা–বিকেল ৫টা",
        "office_hours_en": "Sun–Thu, 9 am–5 pm",
        "facebook_url": "",
        "youtube_url": "",
        "national_portal_url": "https://bangladesh.gov.bd",
        "footer_links-count": "0",
    }
    data.update(overrides)
    return data


@pytest.fixture
def kaunia(portals):
    return create_portal(
        mithapukur_facts(slug="kaunia", name_bn="কাউনিয়া", name_en="Kaunia", hostname="kaunia.localhost")
    )


def member_of(django_user_model, username: str, group_name: str):
    user = django_user_model.objects.create_user(username, password="a-strong-test-password")
    user.groups.add(Group.objects.get_or_create(name=group_name)[0])
    return user


def switcher_sites(response) -> set[int] | None:
    """The sites the switcher offers (each choice is the address of that site's settings)."""
    switcher = response.context["site_switcher"]
    if switcher is None:
        return None
    urls = [url for url, _label in switcher.fields["site"].choices]
    assert all(url.startswith(SETTINGS_ADMIN) for url in urls)
    return {int(url.rstrip("/").rsplit("/", 1)[-1]) for url in urls}


def test_create_portal_grants_its_moderators_their_own_settings_only(portals, kaunia):
    granted = GroupSitePermission.objects.filter(permission__codename="change_officesettings")
    assert set(granted.values_list("group__name", "site_id")) == {
        ("mithapukur moderators", portals.mithapukur.site_id),
        ("kaunia moderators", kaunia.site_id),
    }
    assert not Group.objects.get(name="mithapukur editors").site_permissions.exists()


def test_an_upazila_moderator_edits_their_own_office_settings(client, django_user_model, portals, kaunia):
    moderator = member_of(django_user_model, "mithapukur-moderator", "mithapukur moderators")
    client.force_login(moderator)
    own = portals.mithapukur.site_id

    # The settings menu's link opens their own portal's settings, whatever site the admin is on.
    assert client.get(SETTINGS_ADMIN).url == f"{SETTINGS_ADMIN}{own}/"
    page = client.get(f"{SETTINGS_ADMIN}{own}/")
    assert page.status_code == 200
    # One portal to edit: no switcher, the portal's name in the header instead.
    assert switcher_sites(page) is None and page.context["site_for_header"].pk == own

    saved = client.post(f"{SETTINGS_ADMIN}{own}/", settings_form())
    assert saved.status_code == 302, saved.context and saved.context["form"].errors
    office = OfficeSettings.objects.get(site_id=own)
    assert office.head_of_office_en == "Mr Example, Upazila Nirbahi Officer"
    assert office.office_hours_bn == "রবি–বৃহস্পতি, সকাল ৯টা–বিকেল ৫টা"


@pytest.mark.parametrize("portal", ["kaunia", "district"])
def test_another_portals_settings_are_refused_to_an_upazila_moderator(
    client, django_user_model, portals, kaunia, portal
):
    site_id = kaunia.site_id if portal == "kaunia" else portals.district.pk
    before = OfficeSettings.for_site(kaunia.site if portal == "kaunia" else portals.district)
    for group in ("mithapukur moderators", "mithapukur editors"):
        client.force_login(member_of(django_user_model, f"{group.replace(' ', '-')}-{portal}", group))
        assert refused(client, f"{SETTINGS_ADMIN}{site_id}/")
        assert refused(client, f"{SETTINGS_ADMIN}{site_id}/", method="post", **settings_form(office_name_en="Taken"))
        assert refused(client, f"{SETTINGS_ADMIN}{site_id}/preview/", method="post", **settings_form())
    after = OfficeSettings.objects.get(pk=before.pk)
    assert (after.office_name_en, after.head_of_office_en) == (before.office_name_en, before.head_of_office_en)


def test_an_upazila_editor_has_no_settings_at_all(client, django_user_model, portals):
    client.force_login(member_of(django_user_model, "mithapukur-editor", "mithapukur editors"))
    assert refused(client, f"{SETTINGS_ADMIN}{portals.mithapukur.site_id}/")
    assert refused(client, SETTINGS_ADMIN)


def test_district_moderators_and_superusers_switch_between_every_portal(client, django_user_model, portals, kaunia):
    every_site = {portals.district.pk, portals.mithapukur.site_id, kaunia.site_id}
    district = member_of(django_user_model, "district-moderator", "Moderators")
    superuser = django_user_model.objects.create_superuser("admin", "admin@example.com", "a-strong-test-password")
    for user in (district, superuser):
        client.force_login(user)
        page = client.get(f"{SETTINGS_ADMIN}{kaunia.site_id}/")
        assert page.status_code == 200
        assert switcher_sites(page) == every_site, user
        assert page.context["site_switcher"].initial["site"] == f"{SETTINGS_ADMIN}{kaunia.site_id}/"
        assert "w-action#redirect" in page.content.decode()  # the switcher is on the page
        # Switching is following the chosen address: every portal's settings open.
        for site_id in every_site:
            assert client.get(f"{SETTINGS_ADMIN}{site_id}/").status_code == 200
        saved = client.post(f"{SETTINGS_ADMIN}{kaunia.site_id}/", settings_form(office_name_en=f"Kaunia by {user}"))
        assert saved.status_code == 302
        assert OfficeSettings.objects.get(site=kaunia.site).office_name_en == f"Kaunia by {user}"


def test_a_moderator_of_two_portals_switches_between_those_two_only(client, django_user_model, portals, kaunia):
    moderator = member_of(django_user_model, "two-portals", "mithapukur moderators")
    moderator.groups.add(Group.objects.get(name="kaunia moderators"))
    client.force_login(moderator)
    page = client.get(f"{SETTINGS_ADMIN}{kaunia.site_id}/")
    assert switcher_sites(page) == {portals.mithapukur.site_id, kaunia.site_id}
    assert client.get(f"{SETTINGS_ADMIN}{portals.mithapukur.site_id}/").status_code == 200
    assert refused(client, f"{SETTINGS_ADMIN}{portals.district.pk}/")
