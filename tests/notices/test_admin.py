"""Editors author notices in the Wagtail admin: rules, publishing, listing, export, groups."""

import datetime

import pytest
from django.contrib.auth.models import Group
from django.core.exceptions import ValidationError
from django.utils import timezone
from wagtail.test.utils.form_data import streamfield
from wagtail_factories import DocumentFactory, ImageFactory

from notices.models import Notice, NoticeCategory
from tests.factories import NoticeFactory
from tests.notices.conftest import notice_admin_form

pytestmark = pytest.mark.django_db

ADMIN = "/admin/snippets/notices/notice/"


@pytest.fixture
def admin_client(client, django_user_model):
    user = django_user_model.objects.create_superuser("editor", "editor@example.com", "a-strong-test-password")
    client.force_login(user)
    return client


def test_photo_needs_alt_text(bilingual_site):
    notice = Notice(title="ছবিসহ বিজ্ঞপ্তি", locale=bilingual_site.bn, photo=ImageFactory(), photo_alt=" ")
    with pytest.raises(ValidationError) as error:
        notice.full_clean()
    assert "photo_alt" in error.value.message_dict


def test_expiry_must_follow_publication(bilingual_site):
    now = timezone.now()
    notice = Notice(
        title="বিজ্ঞপ্তি", locale=bilingual_site.bn, published_at=now, expires_at=now - datetime.timedelta(hours=1)
    )
    with pytest.raises(ValidationError) as error:
        notice.full_clean()
    assert "expires_at" in error.value.message_dict
    notice.expires_at = now + datetime.timedelta(days=1)
    notice.full_clean()


def test_editor_creates_and_publishes_a_notice_with_its_attachments(admin_client, boards):
    photo, first, second = ImageFactory(), DocumentFactory(title="তফসিল"), DocumentFactory(title="শর্ত")
    data = notice_admin_form(
        photo=photo.pk,
        photo_alt="সড়কের ছবি",
        attachment=first.pk,
        attachments=streamfield([("document", second.pk)]),
    )
    data["action-publish"] = "action-publish"
    response = admin_client.post(f"{ADMIN}add/?locale=bn", data)
    assert response.status_code == 302, response.context["form"].errors if response.context else response
    notice = Notice.objects.get(title="সড়ক মেরামতের দরপত্র")
    assert notice.live and notice.locale.language_code == "bn"
    assert notice.revisions.count() == 1
    assert [document.pk for document in notice.all_attachments] == [first.pk, second.pk]
    assert notice.title in admin_client.get("/bn/notices/").text


def test_admin_form_reports_rule_breaks_per_field(admin_client, boards):
    data = notice_admin_form(photo=ImageFactory().pk, photo_alt="", expires_at="2026-11-01 10:00")
    data["action-publish"] = "action-publish"
    response = admin_client.post(f"{ADMIN}add/?locale=bn", data)
    assert response.status_code == 200
    errors = response.context["form"].errors
    assert "photo_alt" in errors or "expires_at" in errors
    assert not Notice.objects.exists()


def test_drafts_stay_off_the_board_until_published(admin_client, boards):
    response = admin_client.post(f"{ADMIN}add/?locale=bn", notice_admin_form())
    assert response.status_code == 302
    notice = Notice.objects.get()
    assert not notice.live
    assert notice.title not in admin_client.get("/bn/notices/").text


def test_listing_filters_and_export(admin_client, bilingual_site):
    NoticeFactory(title="দরপত্র এক", category=NoticeCategory.TENDER)
    NoticeFactory(title="সংবাদ এক", category=NoticeCategory.NEWS)
    listing = admin_client.get(ADMIN, {"category": "tender"})
    assert listing.status_code == 200
    assert "দরপত্র এক" in listing.text and "সংবাদ এক" not in listing.text

    export = admin_client.get(ADMIN, {"export": "csv"})
    assert export.status_code == 200
    content = b"".join(export.streaming_content).decode() if export.streaming else export.content.decode()
    assert "দরপত্র এক" in content and "সংবাদ এক" in content


def test_preview_renders_the_notice(admin_client, boards):
    data = notice_admin_form()
    response = admin_client.post(f"{ADMIN}preview/", data)
    assert response.status_code == 200 and response.json()["is_valid"]
    preview = admin_client.get(f"{ADMIN}preview/")
    assert preview.status_code == 200
    assert "সড়ক মেরামতের দরপত্র" in preview.text


def test_editors_and_moderators_have_notice_permissions():
    editors = set(
        Group.objects.get(name="Editors")
        .permissions.filter(content_type__app_label="notices")
        .values_list("codename", flat=True)
    )
    moderators = set(
        Group.objects.get(name="Moderators")
        .permissions.filter(content_type__app_label="notices")
        .values_list("codename", flat=True)
    )
    assert {"add_notice", "change_notice", "view_notice"} <= editors
    assert "publish_notice" not in editors  # editors' notices go to a moderator to publish
    assert {"add_notice", "change_notice", "delete_notice", "publish_notice", "unlock_notice"} <= moderators


def test_scheduled_notice_goes_live_when_its_time_comes(client, boards):
    from django.core.management import call_command

    notice = NoticeFactory(title="নির্ধারিত সময়ে প্রকাশ", live=False)
    notice.go_live_at = timezone.now() + datetime.timedelta(hours=1)
    revision = notice.save_revision()
    revision.publish()  # with a future go-live time, Wagtail schedules instead of publishing
    revision.refresh_from_db()
    assert revision.approved_go_live_at is not None
    notice.refresh_from_db()
    assert not notice.live
    assert notice.title not in client.get("/bn/notices/").text

    # An hour later (moved back here instead of waiting): the scheduled time has passed.
    past = timezone.now() - datetime.timedelta(minutes=1)
    revision.approved_go_live_at = past
    revision.content["go_live_at"] = past.isoformat()
    revision.save(update_fields=["approved_go_live_at", "content"])
    call_command("publish_scheduled")
    notice.refresh_from_db()
    assert notice.live
    assert notice.title in client.get("/bn/notices/").text


def test_an_editors_notice_goes_to_the_moderators_for_approval(client, django_user_model, boards):
    editor = django_user_model.objects.create_user("writer", "writer@example.com", "a-strong-test-password")
    editor.groups.add(Group.objects.get(name="Editors"))
    moderator = django_user_model.objects.create_user("checker", "checker@example.com", "a-strong-test-password")
    moderator.groups.add(Group.objects.get(name="Moderators"))

    client.force_login(editor)
    data = notice_admin_form()
    data["action-submit"] = "action-submit"
    response = client.post(f"{ADMIN}add/?locale=bn", data)
    assert response.status_code == 302
    notice = Notice.objects.get(title="সড়ক মেরামতের দরপত্র")
    assert not notice.live
    state = notice.current_workflow_state
    assert state is not None and state.workflow.name == "Moderators approval"
    assert notice.title not in client.get("/bn/notices/").text

    client.force_login(moderator)
    task_state = state.current_task_state
    approve = f"/admin/snippets/notices/notice/workflow/action/{notice.pk}/approve/{task_state.pk}/"
    assert client.post(approve, {"comment": ""}).status_code in (200, 302)
    notice.refresh_from_db()
    assert notice.live
