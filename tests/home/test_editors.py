"""Editors and Moderators with the moderation workflow."""

import importlib

import pytest
from django.apps import apps
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from wagtail.models import Collection, GroupCollectionPermission, GroupPagePermission, Page, WorkflowPage
from wagtail.test.utils.form_data import nested_form_data, streamfield

from home.models import ContentPage

pytestmark = pytest.mark.django_db

groups_migration = importlib.import_module("home.migrations.0003_editor_groups_and_moderation")


@pytest.fixture
def editor_groups(db):
    # The data migration ran when the test database was built; running it again must change
    # nothing (and restores the groups if a transactional test flushed them).
    groups_migration.create_groups_and_workflow(apps, None)
    return Group.objects.get(name="Editors"), Group.objects.get(name="Moderators")


def page_codenames(group) -> set[str]:
    root = Page.get_first_root_node()
    return set(
        GroupPagePermission.objects.filter(group=group, page=root).values_list("permission__codename", flat=True)
    )


def test_editors_write_and_moderators_publish(editor_groups):
    editors, moderators = editor_groups
    assert page_codenames(editors) == {"add_page", "change_page"}
    assert {"add_page", "change_page", "publish_page", "lock_page", "unlock_page"} <= page_codenames(moderators)
    root_collection = Collection.get_first_root_node()
    editor_files = set(
        GroupCollectionPermission.objects.filter(group=editors, collection=root_collection).values_list(
            "permission__codename", flat=True
        )
    )
    assert {"add_image", "choose_image", "add_document", "choose_document"} <= editor_files
    assert "delete_image" not in editor_files and "delete_document" not in editor_files
    assert not editors.permissions.filter(codename__in=["delete_image", "delete_document"]).exists()
    for group in (editors, moderators):
        assert group.permissions.filter(codename="access_admin").exists()
        assert group.permissions.filter(codename="submit_translation").exists()


def test_the_migration_is_idempotent(editor_groups):
    before = (GroupPagePermission.objects.count(), GroupCollectionPermission.objects.count(), Group.objects.count())
    groups_migration.create_groups_and_workflow(apps, None)
    assert (
        GroupPagePermission.objects.count(),
        GroupCollectionPermission.objects.count(),
        Group.objects.count(),
    ) == before


def test_an_editor_submits_and_cannot_publish(client, editor_groups, bilingual_site):
    editors, _moderators = editor_groups
    workflow_page = WorkflowPage.objects.get(page=Page.get_first_root_node())
    assert workflow_page.workflow.name == "Moderators approval"
    user = get_user_model().objects.create_user("lekhok", "lekhok@example.com", "password")
    user.groups.add(editors)
    client.force_login(user)
    data = nested_form_data(
        {
            "title": "নাগরিক সনদ",
            "slug": "charter",
            "intro": "",
            "body": streamfield([]),
            "photo": "",
            "photo_alt": "",
            "attachment": "",
            "attachments": streamfield([]),
            "action-publish": "action-publish",
        }
    )
    client.post(f"/admin/pages/add/home/contentpage/{bilingual_site.home_bn.pk}/", data)
    page = ContentPage.objects.get(slug="charter")
    assert not page.live  # the publish button is not the editor's to press
    data["action-submit"] = "action-submit"
    del data["action-publish"]
    client.post(f"/admin/pages/{page.pk}/edit/", data)
    page.refresh_from_db()
    state = page.current_workflow_state
    assert state is not None and state.workflow.name == "Moderators approval"
    assert not page.live
