"""An upazila editor works on their own portal only: another portal's pages, notices, images and
documents are refused (403 or 404) in the admin, its choosers and the API with their token.
District editors and superusers see every portal."""

import pytest
from django.contrib.auth.models import Group
from django_otp.plugins.otp_totp.models import TOTPDevice
from wagtail.models import APIToken
from wagtail_factories import DocumentFactory, ImageFactory

from notices.models import Notice
from portals.provision import create_portal
from tests.factories import NoticeFactory
from tests.notices.conftest import notice_admin_form
from tests.portals.conftest import mithapukur_facts

pytestmark = pytest.mark.django_db

NOTICES_ADMIN = "/admin/snippets/notices/notice/"
NOTICES_API = "/api/v3/snippets/notices.Notice/"


def refused(client, url: str, method: str = "get", **data) -> bool:
    """403 or 404. Asked as a script would (XMLHttpRequest), Wagtail answers a refusal with 403
    instead of its page-load redirect to the dashboard; a 404 outside /bn/ is sent by Django's
    LocaleMiddleware to the same path under /bn/, where it is still a 404, so redirects are followed."""
    response = getattr(client, method)(url, data, follow=True, HTTP_X_REQUESTED_WITH="XMLHttpRequest")
    return response.status_code in (403, 404)


@pytest.fixture
def kaunia(portals):
    return create_portal(
        mithapukur_facts(slug="kaunia", name_bn="কাউনিয়া", name_en="Kaunia", hostname="kaunia.localhost")
    )


@pytest.fixture
def editor(django_user_model, portals):
    user = django_user_model.objects.create_user("mithapukur-editor", password="a-strong-test-password")
    user.groups.add(Group.objects.get(name="mithapukur moderators"))
    return user


@pytest.fixture
def editor_client(client, editor):
    client.force_login(editor)
    return client


@pytest.fixture
def notices(portals, kaunia):
    return {
        "own": NoticeFactory(title="মিঠাপুকুরের নিজের বিজ্ঞপ্তি", portal=portals.mithapukur.site),
        "other": NoticeFactory(title="কাউনিয়ার বিজ্ঞপ্তি", portal=kaunia.site),
        "district": NoticeFactory(title="জেলার বিজ্ঞপ্তি"),
    }


def test_notice_listing_and_chooser_show_only_the_editors_portal(editor_client, notices):
    listing = editor_client.get(NOTICES_ADMIN).content.decode()
    assert notices["own"].title in listing
    assert notices["other"].title not in listing and notices["district"].title not in listing
    chooser = editor_client.get("/admin/snippets/choose/notices/notice/").json()["html"]
    assert notices["own"].title in chooser and notices["other"].title not in chooser
    assert editor_client.get(f"/admin/snippets/choose/notices/notice/chosen/{notices['own'].pk}/").status_code == 200
    assert refused(editor_client, f"/admin/snippets/choose/notices/notice/chosen/{notices['other'].pk}/")


@pytest.mark.parametrize("view", ["edit", "delete", "history", "usage", "inspect", "unpublish", "lock"])
def test_another_portals_notice_is_not_found_in_the_admin(editor_client, notices, view):
    assert refused(editor_client, f"{NOTICES_ADMIN}{view}/{notices['other'].pk}/")
    assert refused(editor_client, f"{NOTICES_ADMIN}{view}/{notices['district'].pk}/", method="post")
    notices["other"].refresh_from_db()
    assert notices["other"].live and not notices["other"].locked


def test_a_new_notice_goes_to_the_editors_portal_and_no_other(editor_client, notices, portals, kaunia):
    created = editor_client.post(f"{NOTICES_ADMIN}add/?locale=bn", {**notice_admin_form(), "action-publish": "1"})
    assert created.status_code == 302
    notice = Notice.objects.get(title="সড়ক মেরামতের দরপত্র")
    assert notice.portal == portals.mithapukur.site and notice.live
    chosen = editor_client.post(
        f"{NOTICES_ADMIN}add/?locale=bn",
        {**notice_admin_form(title="নিজের পোর্টাল বেছে", portal=str(portals.mithapukur.site_id)), "action-publish": "1"},
    )
    assert chosen.status_code == 302
    assert Notice.objects.get(title="নিজের পোর্টাল বেছে").portal == portals.mithapukur.site
    refused = editor_client.post(
        f"{NOTICES_ADMIN}add/?locale=bn", notice_admin_form(title="অন্য পোর্টালে", portal=str(kaunia.site_id))
    )
    assert refused.status_code == 200 and "portal" in refused.context["form"].errors
    assert not Notice.objects.filter(title="অন্য পোর্টালে").exists()


def test_pages_of_another_portal_are_refused(editor_client, portals, kaunia):
    own_home = portals.mithapukur.site.root_page
    other_home = kaunia.site.root_page
    assert editor_client.get(f"/admin/pages/{own_home.pk}/edit/").status_code == 200
    assert refused(editor_client, f"/admin/pages/{other_home.pk}/edit/")
    assert refused(editor_client, f"/admin/pages/{other_home.pk}/edit/", method="post", title="বদলে দেওয়া")
    assert refused(editor_client, f"/admin/pages/add/home/contentpage/{other_home.pk}/")
    assert refused(editor_client, f"/admin/pages/{other_home.pk}/delete/")
    assert refused(editor_client, f"/admin/pages/{portals.district.root_page_id}/edit/")
    other_home.refresh_from_db()
    assert other_home.title == "কাউনিয়া"


def test_images_and_documents_of_another_portal_are_refused(editor_client, portals, kaunia):
    own_image = ImageFactory(title="মিঠাপুকুরের ছবি", collection=portals.mithapukur.collection)
    other_image = ImageFactory(title="কাউনিয়ার ছবি", collection=kaunia.collection)
    other_document = DocumentFactory(title="কাউনিয়ার দলিল", collection=kaunia.collection)
    own_document = DocumentFactory(title="মিঠাপুকুরের দলিল", collection=portals.mithapukur.collection)

    assert editor_client.get(f"/admin/images/{own_image.pk}/").status_code == 200
    assert refused(editor_client, f"/admin/images/{other_image.pk}/")
    assert refused(editor_client, f"/admin/images/{other_image.pk}/delete/", method="post")
    images = editor_client.get("/admin/images/chooser/").json()["html"]
    assert own_image.title in images and other_image.title not in images
    assert refused(editor_client, f"/admin/documents/edit/{other_document.pk}/")
    assert refused(editor_client, f"/admin/documents/delete/{other_document.pk}/", method="post")
    documents = editor_client.get("/admin/documents/chooser/").json()["html"]
    assert own_document.title in documents and other_document.title not in documents
    assert ImageFactory._meta.model.objects.filter(pk=other_image.pk).exists()
    assert DocumentFactory._meta.model.objects.filter(pk=other_document.pk).exists()


def bearer_for(user) -> dict:
    TOTPDevice.objects.get_or_create(user=user, name="phone", defaults={"confirmed": True})
    _token, plaintext = APIToken.create_token(user=user, name="front end")
    return {"HTTP_AUTHORIZATION": f"Bearer {plaintext}"}


def test_api_token_reaches_only_the_editors_portal(client, editor, notices, portals, kaunia):
    auth = bearer_for(editor)
    listed = client.get(NOTICES_API, {"limit": 50}, **auth)
    assert listed.status_code == 200
    assert {item["id"] for item in listed.json()["items"]} == {notices["own"].pk}
    assert client.get(f"{NOTICES_API}{notices['own'].pk}/", **auth).status_code == 200
    assert client.get(f"{NOTICES_API}{notices['other'].pk}/", **auth).status_code in (403, 404)
    changed = client.patch(
        f"{NOTICES_API}{notices['other'].pk}/", {"title": "বদলে দেওয়া"}, content_type="application/json", **auth
    )
    assert changed.status_code in (403, 404)
    assert client.post(f"{NOTICES_API}{notices['district'].pk}/actions/publish/", **auth).status_code in (403, 404)
    created = client.post(
        NOTICES_API, {"title": "টোকেনে লেখা", "category": "news"}, content_type="application/json", **auth
    )
    assert created.status_code == 201, created.content
    assert Notice.objects.get(pk=created.json()["id"]).portal == portals.mithapukur.site

    pages = client.get("/api/v3/pages/", {"limit": 100}, **auth).json()["items"]
    assert kaunia.site.root_page_id not in {page["id"] for page in pages}
    assert portals.mithapukur.site.root_page_id in {page["id"] for page in pages}
    assert client.get(f"/api/v3/pages/{kaunia.site.root_page_id}/", **auth).status_code in (403, 404)
    notices["other"].refresh_from_db()
    assert notices["other"].title == "কাউনিয়ার বিজ্ঞপ্তি"


def test_district_editors_and_superusers_see_every_portal(client, django_user_model, notices):
    district_editor = django_user_model.objects.create_user("district-editor", password="a-strong-test-password")
    district_editor.groups.add(Group.objects.get_or_create(name="Editors")[0])
    superuser = django_user_model.objects.create_superuser("admin", "admin@example.com", "a-strong-test-password")
    for user in (district_editor, superuser):
        client.force_login(user)
        listing = client.get(NOTICES_ADMIN).content.decode()
        assert all(notice.title in listing for notice in notices.values()), user
        assert client.get(f"{NOTICES_ADMIN}edit/{notices['other'].pk}/").status_code == 200
        by_portal = client.get(NOTICES_ADMIN, {"portal": notices["other"].portal_id}).content.decode()
        assert notices["other"].title in by_portal and notices["own"].title not in by_portal
