"""One rule for digits in the admin: numbers typed in Bengali are stored in ASCII and shown back
in the reader's digits; listings show dates and numbers as the detail views do."""

import datetime
import zoneinfo
from decimal import Decimal

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse
from django.utils import translation
from wagtail.users.models import UserProfile

from core.i18n import format_bengali_date, local_datetime_text
from eservice.models import Service
from tests.eservice.conftest import build_centre
from tests.eservice.factories import make_application
from tests.factories import NoticeFactory

pytestmark = pytest.mark.django_db
DHAKA = zoneinfo.ZoneInfo("Asia/Dhaka")


def admin_in(client, language: str):
    user = get_user_model().objects.create_superuser(f"admin-{language}", f"{language}@example.com", "pw")
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = language
    profile.save()
    client.force_login(user)
    return user


def service_form(**overrides) -> dict:
    data = {
        "name": "নামজারি",
        "slug": "mutation",
        "branch": "",
        "description": "",
        "required_documents": "",
        "fee": "১১৫০.৫০",
        "fee_payment": "",
        "time_limit_days": "২৮",
        "officer_designation": "সহকারী কমিশনার (ভূমি)",
        "officer_room": "",
        "officer_phone": "",
        "officer_email": "",
        "escalation_designation": "",
        "escalation_phone": "",
        "escalation_email": "",
        "extra_fields": "",
        "active": "on",
        "order": "৫৭",
    }
    data.update(overrides)
    return data


def test_numbers_typed_in_bengali_are_stored_in_ascii_and_shown_in_bengali(client, bilingual_site):
    admin_in(client, "bn")
    add_url = reverse("wagtailsnippets_eservice_service:add") + "?locale=bn"
    form_page = client.get(add_url).content.decode()
    # A text box the browser lets Bengali digits into (type="number" refuses them).
    assert 'name="order" value="০" inputmode="numeric"' in form_page

    response = client.post(add_url, service_form())
    assert response.status_code == 302, response.content.decode()[:2000]
    service = Service.objects.get(slug="mutation")
    assert (service.order, service.time_limit_days, service.fee) == (57, 28, Decimal("1150.50"))

    edit_page = client.get(reverse("wagtailsnippets_eservice_service:edit", args=(service.pk,))).content.decode()
    assert 'name="order" value="৫৭"' in edit_page
    assert 'name="time_limit_days" value="২৮"' in edit_page
    assert 'name="fee" value="১১৫০.৫০"' in edit_page
    listing = client.get(reverse("wagtailsnippets_eservice_service:list")).content.decode()
    assert ">৫৭<" in listing.replace("\n", "").replace(" ", "")


def test_a_bad_number_gets_a_field_error_and_keeps_what_was_typed(client, bilingual_site):
    admin_in(client, "bn")
    add_url = reverse("wagtailsnippets_eservice_service:add") + "?locale=bn"
    response = client.post(add_url, service_form(order="৫ক"))
    assert response.status_code == 200
    content = response.content.decode()
    assert 'name="order" value="৫ক"' in content
    assert "error-message" in content
    assert not Service.objects.filter(slug="mutation").exists()


def test_english_admin_keeps_ascii_digits(client, bilingual_site):
    admin_in(client, "en")
    add_url = reverse("wagtailsnippets_eservice_service:add") + "?locale=bn"
    assert client.post(add_url, service_form(order="৫৭", fee="20")).status_code == 302
    service = Service.objects.get(slug="mutation")
    assert service.order == 57
    edit_page = client.get(reverse("wagtailsnippets_eservice_service:edit", args=(service.pk,))).content.decode()
    assert 'name="order" value="57"' in edit_page


def test_application_list_and_detail_read_the_same_in_the_bengali_admin(client, bilingual_site):
    centre = build_centre(bilingual_site)
    admin_in(client, "bn")
    received = datetime.datetime(2026, 11, 30, 14, 45, tzinfo=DHAKA)
    application = make_application(centre.plain, received_at=received)
    listing = client.get(reverse("eservice_applications:index")).content.decode()
    detail = client.get(reverse("eservice_applications:inspect", args=(application.pk,))).content.decode()
    for content in (listing, detail):
        assert "৩০ নভেম্বর ২০২৬, ১৪:৪৫" in content
        assert format_bengali_date(application.probable_delivery_date) in content
    # Django's own format ("নভে. 30, 2026, 2:45 অপরাহ্ন") nowhere, the event log included.
    for content in (listing, detail):
        assert "অপরাহ্ন" not in content and "পূর্বাহ্ন" not in content and "নভে." not in content
    # The tracking number stays in ASCII digits in the admin too.
    assert application.tracking_number in listing


def test_notice_listing_dates_in_the_bengali_admin(client, bilingual_site):
    admin_in(client, "bn")
    published = datetime.datetime(2026, 11, 27, 10, 0, tzinfo=DHAKA)
    NoticeFactory(title="খতিয়ান বিজ্ঞপ্তি", published_at=published)
    listing = client.get(reverse("wagtailsnippets_notices_notice:list")).content.decode()
    assert "২৭ নভেম্বর ২০২৬, ১০:০০" in listing


def test_local_datetime_text_follows_the_reader():
    value = datetime.datetime(2026, 11, 30, 8, 45, tzinfo=datetime.UTC)  # 14:45 in Asia/Dhaka
    with translation.override("bn"):
        assert local_datetime_text(value) == "৩০ নভেম্বর ২০২৬, ১৪:৪৫"
    with translation.override("en"):
        assert local_datetime_text(value) == "30 November 2026, 14:45"
