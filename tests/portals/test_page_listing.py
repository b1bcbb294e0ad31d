"""The page explorer filtered by portal: a district editor lists one portal's pages (both
languages); an upazila editor is offered their own portal only."""

import pytest
from django.contrib.auth.models import Group
from django.urls import resolve
from wagtail.admin.viewsets.pages import page_viewset_registry
from wagtail.models import Locale, Page

from portals.dashboard import PortalPagesSummaryItem
from portals.page_listing import PortalPageFilterSet, PortalPageViewSet
from portals.provision import create_portal
from tests.portals.conftest import mithapukur_facts

pytestmark = pytest.mark.django_db

EXPLORER = "/admin/pages/"


@pytest.fixture
def kaunia(portals):
    return create_portal(
        mithapukur_facts(slug="kaunia", name_bn="কাউনিয়া", name_en="Kaunia", hostname="kaunia.localhost")
    )


def listed(response) -> set[int]:
    return {page.pk for page in response.context["object_list"]}


def portal_choices(response) -> set[int]:
    field = response.context["filters"].form.fields["portal"]
    return {site.pk for site in field.queryset}


def tree(site) -> set[int]:
    """Every page of a portal: its Bengali home's tree and the English home's."""
    home = site.root_page
    english = home.get_translation(Locale.objects.get(language_code="en"))
    return set(Page.objects.descendant_of(home, inclusive=True).values_list("pk", flat=True)) | set(
        Page.objects.descendant_of(english, inclusive=True).values_list("pk", flat=True)
    )


def test_the_explorer_uses_the_portal_filter():
    # Guard: Wagtail routes the base Page's listing to our viewset (registered after its own,
    # when the admin's URLs are loaded).
    resolve(EXPLORER)
    assert isinstance(page_viewset_registry.get_by_type(Page), PortalPageViewSet)
    assert "portal" in PortalPageFilterSet.base_filters and "site" not in PortalPageFilterSet.base_filters


def test_a_district_editor_lists_one_portals_pages_in_both_languages(client, django_user_model, portals, kaunia):
    editor = django_user_model.objects.create_user("district-editor", password="a-strong-test-password")
    editor.groups.add(Group.objects.get(name="Editors"))
    client.force_login(editor)
    mithapukur, district = portals.mithapukur.site, portals.district

    unfiltered = client.get(EXPLORER, {"q": ""})
    assert portal_choices(unfiltered) == {district.pk, mithapukur.pk, kaunia.site_id}

    response = client.get(EXPLORER, {"portal": mithapukur.pk})
    assert response.status_code == 200
    pages = listed(response)
    assert pages == tree(mithapukur) and len(pages) == 4  # home and notice board, in Bengali and English
    assert not pages & tree(kaunia.site) and not pages & tree(district)

    district_pages = listed(client.get(EXPLORER, {"portal": district.pk}))
    assert district_pages == tree(district) and not district_pages & tree(mithapukur)
    # Searching within a portal.
    found = listed(client.get(EXPLORER, {"portal": kaunia.site_id, "q": "Kaunia"}))
    assert found and found <= tree(kaunia.site)


def test_an_upazila_editor_is_offered_their_own_portal_only(client, django_user_model, portals, kaunia):
    editor = django_user_model.objects.create_user("mithapukur-editor", password="a-strong-test-password")
    editor.groups.add(Group.objects.get(name="mithapukur editors"))
    client.force_login(editor)
    own = portals.mithapukur.site

    response = client.get(EXPLORER, {"portal": own.pk})
    assert response.status_code == 200
    assert portal_choices(response) == {own.pk}
    assert listed(response) == tree(own)
    # Asking for another portal is not a valid choice and shows nothing of it.
    other = client.get(EXPLORER, {"portal": kaunia.site_id})
    assert other.status_code == 200
    assert "portal" in other.context["filters"].errors
    assert not listed(other) & tree(kaunia.site)


def test_the_dashboard_starts_an_upazila_editor_in_their_own_portal(client, django_user_model, portals, kaunia, rf):
    editor = django_user_model.objects.create_user("mithapukur-editor", password="a-strong-test-password")
    editor.groups.add(Group.objects.get(name="mithapukur editors"))
    own = portals.mithapukur.site
    request = rf.get("/admin/")
    request.user = editor
    summary = PortalPagesSummaryItem(request).get_context_data({})
    assert (summary["root_page"].pk, summary["total_pages"], summary["site_name"]) == (
        own.root_page_id,
        len(tree(own)),
        "Mithapukur",
    )

    client.force_login(editor)
    dashboard = client.get("/admin/").content.decode()
    assert f'href="/admin/pages/{own.root_page_id}/"' in dashboard
    assert f'href="/admin/pages/{kaunia.site.root_page_id}/"' not in dashboard

    # District editors keep Wagtail's summary: every page, from the top of the tree.
    district = django_user_model.objects.create_user("district-editor", password="a-strong-test-password")
    district.groups.add(Group.objects.get(name="Editors"))
    request.user = district
    everything = PortalPagesSummaryItem(request).get_context_data({})
    assert everything["total_pages"] == Page.objects.filter(depth__gt=1).count()
