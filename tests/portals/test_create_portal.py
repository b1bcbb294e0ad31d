"""`manage.py create_portal`: everything a portal needs, made once; a second run changes nothing."""

import pytest
from django.contrib.auth.models import Group
from django.core.management import call_command
from wagtail.models import (
    Collection,
    GroupApprovalTask,
    GroupCollectionPermission,
    GroupPagePermission,
    GroupSitePermission,
    Page,
    Site,
    Task,
    Workflow,
    WorkflowContentType,
    WorkflowPage,
    WorkflowTask,
)
from wagtail_localize.models import StringTranslation, Translation, TranslationSource

from home.models import OfficeSettings, Portal, UpazilaHomePage
from notices.models import Notice
from portals.models import PortalApprovalTask
from portals.provision import NOTICE_WORKFLOW

pytestmark = pytest.mark.django_db

COMMAND = ["create_portal", "upazila", "kaunia", "--name-bn", "কাউনিয়া", "--name-en", "Kaunia"]


def snapshot() -> dict:
    return {
        "pages": sorted(Page.objects.values_list("pk", "url_path", "live", "latest_revision_id")),
        "sites": sorted(Site.objects.values_list("pk", "hostname", "port", "root_page_id")),
        "portals": sorted(Portal.objects.values_list("pk", "slug", "collection_id")),
        "groups": sorted(Group.objects.values_list("name", flat=True)),
        "page_permissions": GroupPagePermission.objects.count(),
        "collection_permissions": GroupCollectionPermission.objects.count(),
        "collections": Collection.objects.count(),
        "workflows": sorted(WorkflowPage.objects.values_list("page_id", "workflow_id")),
        "snippet_workflows": sorted(WorkflowContentType.objects.values_list("content_type_id", "workflow_id")),
        "tasks": sorted(Task.objects.values_list("pk", "name", "content_type_id")),
        "workflow_tasks": sorted(WorkflowTask.objects.values_list("workflow_id", "task_id", "sort_order")),
        "task_groups": sorted(GroupApprovalTask.objects.values_list("name", "groups__name")),
        "site_permissions": sorted(GroupSitePermission.objects.values_list("group__name", "site_id", "permission_id")),
        "group_permissions": sorted(Group.objects.values_list("name", "permissions__codename")),
        "settings": sorted(OfficeSettings.objects.values_list("site_id", "office_name_en", "head_of_office_en")),
        "translation_sources": sorted(TranslationSource.objects.values_list("pk", "object_id", "last_updated_at")),
        "translations": sorted(Translation.objects.values_list("pk", "source_id", "target_locale_id")),
        "string_translations": sorted(StringTranslation.objects.values_list("pk", "data")),
    }


def test_create_portal_makes_a_bilingual_portal_with_its_groups(bilingual_site, capsys):
    call_command(*COMMAND, "--head-bn", "উপজেলা নির্বাহী অফিসার", "--head-en", "Upazila Nirbahi Officer")
    portal = Portal.objects.get(slug="kaunia")
    assert (portal.site.hostname, portal.kind, portal.site.site_name) == ("kaunia.localhost", "upazila", "Kaunia")
    home = portal.site.root_page.specific
    assert isinstance(home, UpazilaHomePage) and home.live and home.locale.language_code == "bn"
    english = home.get_translation(bilingual_site.en)
    assert english.live and english.title == "Kaunia"
    assert [child.slug for child in home.get_children().live()] == ["notices"]
    assert OfficeSettings.for_site(portal.site).head_of_office_en == "Upazila Nirbahi Officer"
    assert portal.collection.name == "Kaunia"
    editors, moderators = Group.objects.get(name="kaunia editors"), Group.objects.get(name="kaunia moderators")
    assert set(portal.groups.all()) == {editors, moderators}
    # Page permissions on both home pages (every language's tree), publishing for moderators only.
    assert set(GroupPagePermission.objects.filter(group=editors).values_list("page_id", flat=True)) == {
        home.pk,
        english.pk,
    }
    assert not GroupPagePermission.objects.filter(group=editors, permission__codename="publish_page").exists()
    assert GroupPagePermission.objects.filter(group=moderators, permission__codename="publish_page").count() == 2
    assert set(GroupCollectionPermission.objects.filter(group=editors).values_list("collection_id", flat=True)) == {
        portal.collection_id
    }
    assert moderators.permissions.filter(codename="publish_notice").exists()
    assert not editors.permissions.filter(codename="publish_notice").exists()
    workflow = Workflow.objects.get(name="kaunia moderators approval")
    assert home.get_workflow() == workflow and english.get_workflow() == workflow
    # Its pages are approved by its moderators or the district's.
    task = workflow.tasks.get().specific
    assert set(task.groups.values_list("name", flat=True)) == {"kaunia moderators", "Moderators"}
    # Its moderators edit its own office settings.
    assert set(
        GroupSitePermission.objects.filter(group__portals=portal).values_list(
            "group__name", "site_id", "permission__codename"
        )
    ) == {("kaunia moderators", portal.site_id, "change_officesettings")}
    # Notices of every portal go through the portal-aware approval.
    notice_workflow = Notice().get_workflow()
    assert notice_workflow.name == NOTICE_WORKFLOW
    assert isinstance(notice_workflow.tasks.get().specific, PortalApprovalTask)
    assert "kaunia.localhost" in capsys.readouterr().out


def test_running_create_portal_twice_changes_nothing(bilingual_site):
    call_command(*COMMAND)
    before = snapshot()
    assert len(before["translations"]) == 2  # the home page and the notice board, into English
    call_command(*COMMAND)
    assert snapshot() == before
    assert before["site_permissions"] and before["snippet_workflows"] and before["task_groups"]


def test_district_portal_is_the_default_site_without_groups_of_its_own(bilingual_site):
    call_command("create_portal", "district", "rangpur", "--name-bn", "রংপুর", "--name-en", "Rangpur")
    portal = Portal.objects.get(slug="rangpur")
    assert portal.site == bilingual_site.site and not portal.groups.exists()
