"""Moderation per portal: a portal's notices and pages wait for its own moderators (or the
district's), never another portal's."""

import pytest
from django.contrib.auth.models import Group
from wagtail.models import TaskState, Workflow, WorkflowTask

from notices.models import Notice
from portals.models import PortalApprovalTask
from portals.provision import NOTICE_WORKFLOW, create_portal
from tests.notices.conftest import notice_admin_form
from tests.portals.conftest import mithapukur_facts
from tests.portals.test_isolation import refused

pytestmark = pytest.mark.django_db

NOTICES_ADMIN = "/admin/snippets/notices/notice/"


@pytest.fixture
def badarganj(portals):
    return create_portal(
        mithapukur_facts(slug="badarganj", name_bn="বদরগঞ্জ", name_en="Badarganj", hostname="badarganj.localhost")
    )


@pytest.fixture
def people(django_user_model, portals, badarganj):
    def member(username, group):
        user = django_user_model.objects.create_user(username, password="a-strong-test-password")
        user.groups.add(Group.objects.get_or_create(name=group)[0])
        return user

    return {
        "editor": member("mithapukur-editor", "mithapukur editors"),
        "moderator": member("mithapukur-moderator", "mithapukur moderators"),
        "badarganj": member("badarganj-moderator", "badarganj moderators"),
        "district": member("district-moderator", "Moderators"),
    }


def submit_notice(client, editor, title: str) -> Notice:
    client.force_login(editor)
    response = client.post(
        f"{NOTICES_ADMIN}add/?locale=bn", {**notice_admin_form(title=title), "action-submit": "action-submit"}
    )
    assert response.status_code == 302, response.context and response.context["form"].errors
    notice = Notice.objects.get(title=title)
    assert not notice.live
    return notice


def approve_url(notice: Notice) -> str:
    task_state = notice.current_workflow_state.current_task_state
    return f"{NOTICES_ADMIN}workflow/action/{notice.pk}/approve/{task_state.pk}/"


def awaiting_review(client, user) -> str:
    client.force_login(user)
    return client.get("/admin/").content.decode()


def test_a_mithapukur_notice_waits_for_mithapukur_moderators_not_badarganjs(client, portals, people):
    notice = submit_notice(client, people["editor"], "মিঠাপুকুরের হাট ইজারা")
    state = notice.current_workflow_state
    assert state.workflow.name == NOTICE_WORKFLOW
    assert isinstance(state.current_task_state.task.specific, PortalApprovalTask)
    assert notice.portal == portals.mithapukur.site

    # Mithapukur's and the district's moderators find it awaiting their review; Badarganj's do not.
    for who in ("moderator", "district"):
        assert notice.title in awaiting_review(client, people[who]), who
        assert TaskState.objects.reviewable_by(people[who]).filter(pk=state.current_task_state.pk).exists()
    assert notice.title not in awaiting_review(client, people["badarganj"])
    assert not TaskState.objects.reviewable_by(people["badarganj"]).exists()
    # Nor does the editor who wrote it review it.
    assert not TaskState.objects.reviewable_by(people["editor"]).exists()

    task = state.current_task_state.task.specific
    assert task.get_actions(notice, people["badarganj"]) == []
    assert task.locked_for_user(notice, people["badarganj"]) and not task.locked_for_user(notice, people["moderator"])
    assert [name for name, _label, _modal in task.get_actions(notice, people["moderator"])] == [
        "reject",
        "approve",
        "approve",
    ]

    # Badarganj's moderator is refused, the notice stays a draft in review.
    client.force_login(people["badarganj"])
    assert refused(client, approve_url(notice), method="post", comment="")
    notice.refresh_from_db()
    assert not notice.live and notice.current_workflow_state is not None

    # Mithapukur's moderator approves it and it is published.
    client.force_login(people["moderator"])
    assert client.post(approve_url(notice), {"comment": ""}).status_code in (200, 302)
    notice.refresh_from_db()
    assert notice.live and notice.current_workflow_state is None


def test_district_moderators_approve_any_portals_notice(client, portals, people):
    notice = submit_notice(client, people["editor"], "মিঠাপুকুরের বিজ্ঞপ্তি, জেলা অনুমোদন করবে")
    client.force_login(people["district"])
    assert client.post(approve_url(notice), {"comment": ""}).status_code in (200, 302)
    notice.refresh_from_db()
    assert notice.live


def test_an_upazila_moderator_never_reviews_a_district_notice(client, django_user_model, portals, people):
    district_editor = django_user_model.objects.create_user("district-editor", password="a-strong-test-password")
    district_editor.groups.add(Group.objects.get(name="Editors"))
    notice = submit_notice(client, district_editor, "জেলার বিজ্ঞপ্তি, জেলা অনুমোদন করবে")
    assert notice.portal == portals.district
    pending = notice.current_workflow_state.current_task_state
    assert not TaskState.objects.reviewable_by(people["moderator"]).filter(pk=pending.pk).exists()
    assert TaskState.objects.reviewable_by(people["district"]).filter(pk=pending.pk).exists()
    client.force_login(people["moderator"])
    assert refused(client, approve_url(notice), method="post", comment="")


def test_a_portals_page_waits_for_its_moderators_and_the_districts(client, portals, badarganj, people):
    home = portals.mithapukur.site.root_page.specific
    client.force_login(people["editor"])
    assert client.get(f"/admin/pages/{home.pk}/edit/").status_code == 200
    # What "Submit for moderation" does: a revision, then the page's workflow (its portal's).
    home.save_revision(user=people["editor"])
    workflow = home.get_workflow()
    assert workflow.name == "mithapukur moderators approval"
    pending = workflow.start(home, people["editor"]).current_task_state

    for who in ("moderator", "district"):
        assert TaskState.objects.reviewable_by(people[who]).filter(pk=pending.pk).exists(), who
    assert not TaskState.objects.reviewable_by(people["badarganj"]).filter(pk=pending.pk).exists()
    assert home.title in awaiting_review(client, people["district"])
    assert home.title not in awaiting_review(client, people["badarganj"])


def test_the_portal_approval_task_routes_pages_by_their_portal_too(portals, people):
    """The same task on a page workflow: the page's portal's moderators and the district's."""
    task = PortalApprovalTask.objects.create(name="Pages by portal")
    workflow = Workflow.objects.create(name="Pages by portal", active=True)
    WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
    home = portals.mithapukur.site.root_page.specific
    home.save_revision(user=people["editor"])
    pending = workflow.start(home, people["editor"]).current_task_state

    for who, may in (("moderator", True), ("district", True), ("badarganj", False), ("editor", False)):
        assert TaskState.objects.reviewable_by(people[who]).filter(pk=pending.pk).exists() is may, who
        assert bool(task.get_actions(home, people[who])) is may, who
