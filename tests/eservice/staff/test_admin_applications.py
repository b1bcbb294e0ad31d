"""The applications list (filters and search through HTTP), the detail view and its actions."""

import datetime

import pytest
from django.contrib.auth.models import Group
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from eservice.domain.services import move_application
from eservice.models import Application, ApplicationEvent, Channel, Status
from tests.eservice.factories import FRONT_DESK, OFFICERS, make_application

pytestmark = pytest.mark.django_db
INDEX = "eservice_applications:index"


def detail_url(application: Application) -> str:
    return reverse("eservice_applications:inspect", args=(application.pk,))


def listed(response) -> set[str]:
    content = response.content.decode()
    return {number for number in Application.objects.values_list("tracking_number", flat=True) if number in content}


def test_groups_come_from_the_data_migration():
    officers = Group.objects.get(name=OFFICERS)
    desk = Group.objects.get(name=FRONT_DESK)
    officer_perms = set(officers.permissions.values_list("codename", flat=True))
    desk_perms = set(desk.permissions.values_list("codename", flat=True))
    assert {"access_admin", "deliver_application", "reject_application", "mark_ready"} <= officer_perms
    assert {
        "access_admin",
        "add_application",
        "forward_application",
        "request_information",
        "add_visitor",
    } <= desk_perms
    assert not desk_perms & {"deliver_application", "reject_application", "mark_ready"}
    # Nothing anywhere may be deleted.
    assert not any(
        codename.startswith("delete_") and "holiday" not in codename for codename in officer_perms | desk_perms
    )


def test_list_filters_and_search(officer_client, officer, centre):
    counter = make_application(centre.plain, channel=Channel.COUNTER, received_by=officer)
    portal = make_application(centre.plain, data={"mobile": "01898765432"})
    old = make_application(
        centre.land,
        data={"upazila": "kaunia", "mouza": "হারাগাছ", "khatian_no": "12", "survey": "BS"},
        received_at=timezone.now() - datetime.timedelta(days=60),
    )
    move_application(portal, Status.READY, officer)

    response = officer_client.get(reverse(INDEX))
    assert response.status_code == 200
    assert listed(response) == {counter.tracking_number, portal.tracking_number, old.tracking_number}

    assert listed(officer_client.get(reverse(INDEX), {"status": "ready"})) == {portal.tracking_number}
    assert listed(officer_client.get(reverse(INDEX), {"channel": "counter"})) == {counter.tracking_number}
    assert listed(officer_client.get(reverse(INDEX), {"service": centre.land.pk})) == {old.tracking_number}
    assert listed(officer_client.get(reverse(INDEX), {"overdue": "true"})) == {old.tracking_number}
    today = timezone.localdate().isoformat()
    by_date = officer_client.get(reverse(INDEX), {"received_at_after": today, "received_at_before": today})
    assert listed(by_date) == {counter.tracking_number, portal.tracking_number}

    # Search by (part of) a tracking number, or by the mobile typed any way citizens write it.
    assert listed(officer_client.get(reverse(INDEX), {"q": portal.tracking_number.lower()})) == {portal.tracking_number}
    assert listed(officer_client.get(reverse(INDEX), {"q": "+880 1898-765432"})) == {portal.tracking_number}
    assert listed(officer_client.get(reverse(INDEX), {"q": "০১৮৯৮৭৬৫৪৩২"})) == {portal.tracking_number}


def test_list_query_count_stays_constant(officer_client, centre):
    def queries_for(count: int) -> int:
        for _ in range(count):
            make_application(centre.plain)
        with CaptureQueriesContext(connection) as captured:
            assert officer_client.get(reverse(INDEX)).status_code == 200
        return len(captured)

    assert queries_for(5) == queries_for(45)


def test_no_add_edit_or_delete_views(officer_client, centre):
    application = make_application(centre.plain)
    for name in ("add", "edit", "delete", "copy"):
        with pytest.raises(Exception):  # noqa: B017 - NoReverseMatch: the view is not mounted
            reverse(f"eservice_applications:{name}", args=() if name == "add" else (application.pk,))
    assert officer_client.get(f"/admin/eservice/applications/delete/{application.pk}/", follow=True).status_code == 404


def test_detail_shows_log_uploads_and_actions(officer_client, officer, centre):
    application = make_application(centre.plain)
    response = officer_client.get(detail_url(application))
    assert response.status_code == 200
    content = response.content.decode()
    assert application.tracking_number in content
    assert application.mobile in content  # staff see the applicant's details
    for button in ("Forward", "Ask the applicant", "Mark ready", "Reject the application"):
        assert button in content
    # Delivery only follows "ready"; the form is not offered before.
    assert "Mark delivered" not in content


@pytest.mark.parametrize(
    ("action", "extra", "status"),
    [
        ("forward", {"forward-forwarded_to": "রেকর্ডরুম শাখা"}, Status.IN_PROCESS),
        ("request_info", {"request_info-note": "খতিয়ানের ফটোকপি দিন"}, Status.NEEDS_INFO),
        ("ready", {}, Status.READY),
        ("reject", {"reject-note": "ভুল দাগ নম্বর"}, Status.REJECTED),
    ],
)
def test_each_action_writes_an_event(
    officer_client, officer, centre, action, extra, status, django_capture_on_commit_callbacks
):
    application = make_application(centre.plain)
    with django_capture_on_commit_callbacks(execute=True):
        response = officer_client.post(detail_url(application), {"action": action, **extra})
    assert response.status_code == 302
    application.refresh_from_db()
    assert application.status == status
    event = application.events.order_by("-pk").first()
    assert (event.actor, event.from_status, event.to_status) == (officer, Status.RECEIVED, status)
    if action == "forward":
        assert event.forwarded_to == "রেকর্ডরুম শাখা"
    if action in ("request_info", "reject"):
        assert event.note == extra[f"{action}-note"]


def test_deliver_after_ready(officer_client, officer, centre):
    application = make_application(centre.plain)
    officer_client.post(detail_url(application), {"action": "ready"})
    response = officer_client.post(detail_url(application), {"action": "deliver"})
    assert response.status_code == 302
    application.refresh_from_db()
    assert application.status == Status.DELIVERED
    assert list(application.events.values_list("to_status", flat=True)) == ["received", "ready", "delivered"]


def test_reject_needs_a_reason(officer_client, centre):
    application = make_application(centre.plain)
    response = officer_client.post(detail_url(application), {"action": "reject", "reject-note": "   "})
    assert response.status_code == 200
    assert "Write the reason; the applicant will be told." in response.content.decode()
    application.refresh_from_db()
    assert application.status == Status.RECEIVED
    assert ApplicationEvent.objects.filter(application=application).count() == 1


def test_a_move_the_status_does_not_allow_is_a_form_error(officer_client, centre):
    application = make_application(centre.plain)
    response = officer_client.post(detail_url(application), {"action": "deliver"})
    assert response.status_code == 200
    assert "cannot be moved" in response.content.decode()
    application.refresh_from_db()
    assert application.status == Status.RECEIVED


def test_front_desk_cannot_reject_deliver_or_mark_ready(desk_client, officer, centre):
    application = make_application(centre.plain)
    page = desk_client.get(detail_url(application)).content.decode()
    assert "Forward" in page and "Ask the applicant" in page
    assert "Reject the application" not in page and "Mark ready" not in page
    assert desk_client.post(detail_url(application), {"action": "reject", "reject-note": "না"}).status_code == 403
    assert desk_client.post(detail_url(application), {"action": "ready"}).status_code == 403
    move_application(application, Status.READY, officer)
    assert desk_client.post(detail_url(application), {"action": "deliver"}).status_code == 403
    application.refresh_from_db()
    assert application.status == Status.READY
    # What front desk may do works.
    other = make_application(centre.plain)
    response = desk_client.post(detail_url(other), {"action": "forward", "forward-forwarded_to": "রাজস্ব শাখা"})
    assert response.status_code == 302
    other.refresh_from_db()
    assert other.status == Status.IN_PROCESS


def test_anonymous_and_unprivileged_users_are_kept_out(client, django_user_model, centre):
    application = make_application(centre.plain)
    assert client.get(reverse(INDEX)).status_code == 302
    user = django_user_model.objects.create_user("nobody", password="x-y-z-123")
    client.force_login(user)
    assert client.get(detail_url(application)).status_code in (302, 403)
    assert client.post(detail_url(application), {"action": "ready"}).status_code in (302, 403)


def test_menu_shows_each_group_its_own_items(officer_client, front_desk):
    officer_menu = officer_client.get(reverse("wagtailadmin_home")).content.decode()
    for url in (
        "/admin/eservice/applications/",
        "/admin/eservice/counter/",
        "/admin/eservice/visitors/",
        "/admin/eservice/feedback/",
        "/admin/eservice/reports/",
    ):
        assert url in officer_menu
    officer_client.force_login(front_desk)
    desk_menu = officer_client.get(reverse("wagtailadmin_home")).content.decode()
    assert "/admin/eservice/counter/" in desk_menu and "/admin/eservice/visitors/" in desk_menu
    assert "/admin/eservice/feedback/" not in desk_menu


def test_detail_dates_read_in_bengali_in_the_bengali_admin(officer_client, officer, centre):
    from wagtail.users.models import UserProfile

    from core.i18n import format_bengali_date

    profile = UserProfile.get_for_user(officer)
    profile.preferred_language = "bn"
    profile.save()
    application = make_application(centre.plain)
    content = officer_client.get(detail_url(application)).content.decode()
    assert format_bengali_date(application.probable_delivery_date) in content
