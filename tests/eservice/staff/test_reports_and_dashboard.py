"""The daily register and monthly statistics (CSV and XLSX, numbers checked), the dashboard
panel's counts and links, and the visitor register's daily list."""

import csv
import datetime
import io
import zoneinfo

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone
from openpyxl import load_workbook
from wagtail.users.models import UserProfile

from eservice.domain.services import move_application
from eservice.models import Channel, Status
from tests.eservice.factories import FeedbackFactory, VisitorFactory, make_application

pytestmark = pytest.mark.django_db
DHAKA = zoneinfo.ZoneInfo("Asia/Dhaka")


def at(year: int, month: int, day: int, hour: int = 10) -> datetime.datetime:
    return datetime.datetime(year, month, day, hour, tzinfo=DHAKA)


@pytest.fixture
def december(centre, officer):
    """Applications of December 2026 (3-day land records, 15-day NGO reports) in known states.

    Land records received Thu 3 Dec 10:00 are due Tue 8 Dec; NGO reports on 3 Dec are due 24 Dec."""
    land = {"upazila": "kaunia", "mouza": "হারাগাছ", "khatian_no": "12", "survey": "BS"}
    apps = {
        "land_on_time": make_application(centre.land, data=land, received_at=at(2026, 12, 3)),
        "land_late": make_application(
            centre.land, data=land, received_at=at(2026, 12, 3, 11), channel=Channel.COUNTER, received_by=officer
        ),
        "land_rejected": make_application(centre.land, data=land, received_at=at(2026, 12, 3, 12)),
        "ngo_open": make_application(
            centre.plain, received_at=at(2026, 12, 3, 13), channel=Channel.UNION, received_by=officer
        ),
        "other_day": make_application(centre.plain, received_at=at(2026, 12, 6)),
        "november": make_application(centre.plain, received_at=at(2026, 11, 30)),
    }
    for key, delivered_on in (("land_on_time", at(2026, 12, 8, 16)), ("land_late", at(2026, 12, 9, 9))):
        move_application(apps[key], Status.READY, officer)
        event = move_application(apps[key], Status.DELIVERED, officer)
        # The log is append-only for code; the test dates the delivery as it would have happened.
        type(event).objects.filter(pk=event.pk).update(at=delivered_on)
    move_application(apps["land_rejected"], Status.REJECTED, officer, note="ভুল খতিয়ান")
    return apps


def test_daily_register_csv(officer_client, december):
    response = officer_client.get(reverse("eservice_reports:register"), {"day": "2026-12-03", "format": "csv"})
    assert response.status_code == 200
    assert response["Content-Disposition"] == 'attachment; filename="register-2026-12-03.csv"'
    assert "no-store" in response["Cache-Control"]
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    header, body = rows[0], rows[1:]
    assert header[:3] == ["No.", "Tracking number", "Received at"]
    assert [row[1] for row in body] == [
        december[key].tracking_number for key in ("land_on_time", "land_late", "land_rejected", "ngo_open")
    ]
    assert [row[0] for row in body] == ["1", "2", "3", "4"]
    assert body[0][2] == "10:00" and body[0][8] == "2026-12-08"
    assert body[1][9] == december["land_late"].received_by.username


def test_daily_register_xlsx(officer_client, december):
    response = officer_client.get(reverse("eservice_reports:register"), {"day": "2026-12-06", "format": "xlsx"})
    sheet = load_workbook(io.BytesIO(response.content)).active
    rows = list(sheet.iter_rows(values_only=True))
    assert len(rows) == 2
    assert rows[1][1] == december["other_day"].tracking_number
    assert rows[1][5] == "মোছাঃ রহিমা বেগম"


def test_monthly_statistics_csv(officer_client, december):
    response = officer_client.get(reverse("eservice_reports:statistics"), {"month": "2026-12", "format": "csv"})
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    table = {(row[0], row[1]): row[2:] for row in rows[1:]}
    # received, delivered, on time, rejected, open, on-time rate
    assert table[("By service", "খতিয়ানের সইমোহর নকল")] == ["3", "2", "1", "1", "0", "50.0"]
    assert table[("By service", "এনজিও নিবন্ধন প্রতিবেদন")] == ["2", "0", "0", "0", "2", ""]
    assert table[("By channel", "District portal")] == ["3", "1", "1", "1", "1", "100.0"]
    assert table[("By channel", "Counter")] == ["1", "1", "0", "0", "0", "0.0"]
    assert table[("By channel", "Union Digital Centre")] == ["1", "0", "0", "0", "1", ""]
    assert table[("Total", "All applications")] == ["5", "2", "1", "1", "2", "50.0"]


def test_monthly_statistics_xlsx(officer_client, december):
    response = officer_client.get(reverse("eservice_reports:statistics"), {"month": "2026-12", "format": "xlsx"})
    workbook = load_workbook(io.BytesIO(response.content))
    assert workbook.sheetnames == ["By service", "By channel"]
    by_service = list(workbook["By service"].iter_rows(values_only=True))
    assert by_service[1][1:] == ("খতিয়ানের সইমোহর নকল", 3, 2, 1, 1, 0, 50.0)
    assert by_service[-1][:3] == ("Total", "All applications", 5)
    november = officer_client.get(reverse("eservice_reports:statistics"), {"month": "2026-11", "format": "xlsx"})
    rows = list(load_workbook(io.BytesIO(november.content))["By channel"].iter_rows(values_only=True))
    assert rows[1][1:3] == ("District portal", 1)


def test_reports_page_and_bad_input(officer_client, december):
    page = officer_client.get(reverse("eservice_reports:index"), {"day": "2026-12-03", "month": "2026-12"})
    assert page.status_code == 200
    assert december["land_late"].tracking_number in page.content.decode()
    assert "50.0" in page.content.decode()
    bad = officer_client.get(reverse("eservice_reports:index"), {"month": "December"})
    assert "Enter a month as YYYY-MM" in bad.content.decode()
    assert officer_client.get(reverse("eservice_reports:statistics"), {"month": "x"}).status_code == 400
    assert (
        officer_client.get(
            reverse("eservice_reports:register"), {"day": "2026-12-03", "format": "exe"}, follow=True
        ).status_code
        == 404
    )


def test_reports_page_reads_in_bengali_digits_in_the_bengali_admin(officer_client, officer, december):
    profile = UserProfile.get_for_user(officer)
    profile.preferred_language = "bn"
    profile.save()
    page = officer_client.get(reverse("eservice_reports:index"), {"day": "2026-12-03", "month": "2026-12"})
    content = page.content.decode()
    # Serial, time, probable delivery date and counts in Bengali digits; tracking numbers in ASCII.
    assert "<td>১০:০০</td>" in content and "<td>৮ ডিসেম্বর ২০২৬</td>" in content
    assert "<td>৫০.০</td>" in content
    assert december["land_late"].tracking_number in content


def test_dashboard_panel_counts_and_links(officer_client, officer, centre):
    today = [make_application(centre.plain) for _ in range(3)]
    move_application(today[0], Status.READY, officer)
    make_application(centre.plain, received_at=timezone.now() - datetime.timedelta(days=40))  # overdue
    old_ready = make_application(centre.plain, received_at=timezone.now() - datetime.timedelta(days=40))
    move_application(old_ready, Status.READY, officer)  # ready is not overdue
    response = officer_client.get(reverse("wagtailadmin_home"))
    assert response.status_code == 200
    content = response.content.decode()
    assert '<span class="w-summary__count">3</span> received today' in content
    assert '<span class="w-summary__count">2</span> ready for delivery' in content
    assert '<span class="w-summary__count">1</span> overdue' in content
    assert "/admin/eservice/applications/?status=ready" in content
    assert "/admin/eservice/applications/?overdue=true" in content


def test_dashboard_panel_hidden_without_permission(client, django_user_model, centre):
    from django.contrib.auth.models import Permission

    editor = django_user_model.objects.create_user("editor", password="x-y-z-123")
    editor.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(editor)
    assert "received today" not in client.get(reverse("wagtailadmin_home")).content.decode()


def test_visitor_register_daily_list_and_add(desk_client, front_desk):
    VisitorFactory(name="আজকের দর্শনার্থী")
    VisitorFactory(name="গতকালের দর্শনার্থী", visited_at=timezone.now() - datetime.timedelta(days=1))
    listing = desk_client.get(reverse("eservice_visitors:index")).content.decode()
    assert "আজকের দর্শনার্থী" in listing and "গতকালের দর্শনার্থী" not in listing
    yesterday = (timezone.localdate() - datetime.timedelta(days=1)).isoformat()
    assert "গতকালের দর্শনার্থী" in desk_client.get(reverse("eservice_visitors:index"), {"day": yesterday}).content.decode()

    response = desk_client.post(
        reverse("eservice_visitors:add"),
        {
            "name": " নতুন  দর্শনার্থী ",
            "mobile": "৮৮০১৯১২৩৪৫৬৭৮",
            "purpose": "নামজারির খোঁজ",
            "referred_to": "রাজস্ব শাখা",
            "outcome": "referred",
            "note": "",
            "visited_at": timezone.localtime().strftime("%Y-%m-%d %H:%M"),
        },
    )
    assert response.status_code == 302, response.context["form"].errors
    from eservice.models import Visitor

    visitor = Visitor.objects.get(name="নতুন দর্শনার্থী")
    assert (visitor.mobile, visitor.recorded_by) == ("01912345678", front_desk)
    bad = desk_client.post(
        reverse("eservice_visitors:add"),
        {"name": "x", "mobile": "123", "purpose": "y", "outcome": "answered", "visited_at": "2026-12-03 10:00"},
    )
    assert bad.status_code == 200
    assert "Enter a Bangladeshi mobile number" in bad.content.decode()
    assert desk_client.get(f"/admin/eservice/visitors/delete/{visitor.pk}/", follow=True).status_code == 404


@pytest.mark.parametrize("listing", ["eservice_visitors:index", "eservice_feedback:index"])
def test_staff_lists_keep_a_constant_query_count(officer_client, officer, centre, listing):
    def queries_for(count: int) -> int:
        for _ in range(count):
            VisitorFactory(recorded_by=officer, application=make_application(centre.plain))
            FeedbackFactory(service=centre.land)
        with CaptureQueriesContext(connection) as captured:
            assert officer_client.get(reverse(listing)).status_code == 200
        return len(captured)

    officer_client.get(reverse(listing))  # warm the caches
    assert queries_for(5) == queries_for(25)
