"""Headless preview through HTTP: the admin's "headless" preview mode stores the unsaved draft
under a signed token and shows the front end; the API gives the draft only for a valid,
unexpired token, in the same shape as the normal API item, and never lets it be cached."""

import re
from html import unescape
from urllib.parse import parse_qs, urlsplit

import pytest
from django.core import signing
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from notices.models import Notice
from preview.models import HeadlessPreview
from tests.factories import NoticeFactory
from tests.notices.conftest import build_boards, notice_admin_form

pytestmark = pytest.mark.django_db

FRONT_END = "https://app.rangpur.example/preview"


@pytest.fixture
def editor(client, django_user_model, settings, bilingual_site):
    settings.HEADLESS_PREVIEW_URL = FRONT_END
    user = django_user_model.objects.create_superuser("editor", "editor@example.com", "a-strong-test-password")
    client.force_login(user)
    return client


def preview_address(response) -> dict[str, str]:
    """content_type and token from the front-end address in the preview panel's iframe."""
    assert response.status_code == 200
    assert "no-store" in response["Cache-Control"]
    src = unescape(re.search(r'<iframe src="([^"]+)"', response.content.decode()).group(1))
    assert src.startswith(FRONT_END + "?")
    return {key: values[0] for key, values in parse_qs(urlsplit(src).query).items()}


def notice_form() -> dict:
    """An unsaved news draft, as the editor's form holds it when they press preview."""
    return notice_admin_form(
        title="ভূমি মেলার খসড়া",
        category="news",
        expires_at="",
        body=rich_text("<p>খসড়া লেখা, এখনও সংরক্ষিত নয়।</p>"),
    )


def test_notice_draft_reaches_the_front_end_only_with_its_token(editor, client, bilingual_site):
    build_boards(bilingual_site)
    notice = NoticeFactory(title="ভূমি মেলা")
    admin = f"/admin/snippets/notices/notice/preview/{notice.pk}/"
    assert editor.post(admin, notice_form()).json()["is_valid"]
    params = preview_address(editor.get(admin, {"mode": "headless"}))
    assert params["content_type"] == "notices.notice"
    client.logout()

    draft = client.get("/api/v3/preview/", params)
    assert draft.status_code == 200, draft.content
    assert "no-store" in draft["Cache-Control"]
    item = draft.json()
    assert item["title"] == "ভূমি মেলার খসড়া" and "এখনও সংরক্ষিত নয়" in item["body"]
    public = client.get(f"/api/v3/notices/{notice.pk}/").json()
    assert set(item) == set(public)
    assert public["title"] == "ভূমি মেলা"
    # Previewing saved nothing: the notice is as it was.
    notice.refresh_from_db()
    assert notice.title == "ভূমি মেলা"


def test_page_draft_reaches_the_front_end(editor, client, bilingual_site):
    boards = build_boards(bilingual_site)
    admin = f"/admin/pages/{boards.bn.pk}/edit/preview/"
    form = nested_form_data(
        {"title": "নোটিশ বোর্ড (খসড়া)", "slug": boards.bn.slug, "intro": rich_text("<p>নতুন ভূমিকা।</p>")}
    )
    assert editor.post(admin, form).json()["is_valid"]
    params = preview_address(editor.get(admin, {"mode": "headless"}))
    assert params["content_type"] == "notices.noticeindexpage"
    client.logout()
    item = client.get("/api/v3/preview/", params).json()
    assert item["title"] == "নোটিশ বোর্ড (খসড়া)" and "নতুন ভূমিকা" in item["intro"]
    public = client.get(f"/api/v3/pages/{boards.bn.pk}/").json()
    assert set(item) == set(public) and item["meta"]["type"] == public["meta"]["type"]


def test_bad_expired_or_mismatched_tokens_are_refused(editor, client, bilingual_site, settings):
    build_boards(bilingual_site)
    notice = NoticeFactory(title="ভূমি মেলা")
    admin = f"/admin/snippets/notices/notice/preview/{notice.pk}/"
    editor.post(admin, notice_form())
    params = preview_address(editor.get(admin, {"mode": "headless"}))

    forged = client.get("/api/v3/preview/", {**params, "token": params["token"] + "x"})
    assert forged.status_code == 403
    assert forged["Content-Type"] == "application/problem+json"
    assert "no-store" in forged["Cache-Control"]
    unsigned = client.get("/api/v3/preview/", {**params, "token": HeadlessPreview.objects.get().key})
    assert unsigned.status_code == 403
    wrong_type = client.get("/api/v3/preview/", {**params, "content_type": "home.contentpage"})
    assert wrong_type.status_code == 404
    assert wrong_type["Content-Type"] == "application/problem+json"
    assert client.get("/api/v3/preview/", {"content_type": "notices.notice"}).status_code == 422

    settings.HEADLESS_PREVIEW_MAX_AGE = -1  # every token is now older than allowed
    expired = client.get("/api/v3/preview/", {**params, "locale": "en"})
    assert expired.status_code == 403
    assert "expired" in expired.json()["detail"]


def test_mode_is_offered_only_when_a_front_end_is_configured(settings, bilingual_site):
    settings.HEADLESS_PREVIEW_URL = ""
    assert "headless" not in dict(Notice().preview_modes)
    assert "headless" not in dict(bilingual_site.home_bn.preview_modes)
    settings.HEADLESS_PREVIEW_URL = FRONT_END
    assert "headless" in dict(Notice().preview_modes)
    assert "headless" in dict(bilingual_site.home_bn.preview_modes)
    assert [mode for mode, _label in bilingual_site.home_bn.preview_modes].count("headless") == 1


def test_token_is_signed_with_a_timestamp(editor, bilingual_site):
    build_boards(bilingual_site)
    notice = NoticeFactory(title="ভূমি মেলা")
    admin = f"/admin/snippets/notices/notice/preview/{notice.pk}/"
    editor.post(admin, notice_form())
    token = preview_address(editor.get(admin, {"mode": "headless"}))["token"]
    key = signing.TimestampSigner(salt="rangpur.preview.headless").unsign(token, max_age=60)
    assert HeadlessPreview.objects.filter(key=key).exists()


def test_drafts_never_saved_are_previewed_with_id_0(editor, client, bilingual_site):
    build_boards(bilingual_site)
    notice_admin = "/admin/snippets/notices/notice/preview/"
    assert editor.post(f"{notice_admin}?locale=bn", notice_form()).json()["is_valid"]
    notice_params = preview_address(editor.get(notice_admin, {"mode": "headless"}))
    page_admin = f"/admin/pages/add/home/contentpage/{bilingual_site.home_bn.pk}/preview/"
    page_form = nested_form_data(
        {
            "title": "নতুন পাতা",
            "slug": "new-page",
            "intro": "ভূমিকা",
            "body": streamfield([]),
            **{"photo": "", "photo_alt": "", "attachment": "", "attachments": streamfield([])},
        }
    )
    assert editor.post(page_admin, page_form).json()["is_valid"]
    page_params = preview_address(editor.get(page_admin, {"mode": "headless"}))
    client.logout()

    notice = client.get("/api/v3/preview/", notice_params).json()
    assert notice["id"] == 0 and notice["url"] == "" and notice["title"] == "ভূমি মেলার খসড়া"
    page = client.get("/api/v3/preview/", page_params).json()
    assert page["id"] == 0 and page["title"] == "নতুন পাতা" and page["meta"]["type"] == "home.ContentPage"
    assert not Notice.objects.exists()
