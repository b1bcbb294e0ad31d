"""The counter entry: staff record an application from a staff channel and land on its receipt."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from eservice.models import Application, Channel, Visitor, VisitorOutcome
from tests.eservice.factories import VisitorFactory

pytestmark = pytest.mark.django_db
COUNTER = "eservice_counter:index"


def test_step_one_lists_the_services(officer_client, centre):
    response = officer_client.get(reverse(COUNTER))
    assert response.status_code == 200
    content = response.content.decode()
    assert centre.land.name in content and centre.plain.name in content


def test_unknown_service_is_a_field_error(officer_client, centre):
    response = officer_client.get(reverse(COUNTER), {"service": "no-such-service"})
    assert response.status_code == 200
    assert "Choose one of the services in the charter." in response.content.decode()


def test_counter_entry_creates_the_application_and_shows_the_receipt(desk_client, front_desk, centre, land_form):
    url = reverse(COUNTER) + "?service=khatian-copy"
    form_page = desk_client.get(url)
    assert form_page.status_code == 200
    assert "Mouza" in form_page.content.decode()
    pdf = SimpleUploadedFile(
        "দলিল.pdf", b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF", content_type="application/pdf"
    )
    response = desk_client.post(url, {**land_form, "channel": Channel.POST, "language": "bn", "documents": [pdf]})
    assert response.status_code == 302
    application = Application.objects.get()
    assert application.received_by == front_desk
    assert application.channel == Channel.POST
    assert application.mobile == "01712345678"
    assert application.uploads.count() == 1
    assert response["Location"].startswith(f"/bn/eservice/receipt/{application.tracking_number}/?t=")

    receipt = desk_client.get(response["Location"])
    assert receipt.status_code == 200
    assert "no-store" in receipt["Cache-Control"]
    content = receipt.content.decode()
    assert application.tracking_number in content  # in ASCII digits on the Bengali receipt too
    assert application.applicant_name in content

    # The upload opens for staff through the private view, never from public media.
    detail = desk_client.get(reverse("eservice_applications:inspect", args=(application.pk,)))
    upload = application.uploads.get()
    assert reverse("eservice_upload", args=(upload.pk,)) in detail.content.decode()
    opened = desk_client.get(reverse("eservice_upload", args=(upload.pk,)))
    assert opened.status_code == 200
    assert b"".join(opened.streaming_content).startswith(b"%PDF")


def test_english_receipt_when_chosen(officer_client, centre):
    response = officer_client.post(
        reverse(COUNTER) + "?service=ngo-report",
        {
            "channel": Channel.UNION,
            "language": "en",
            "applicant_name": "Rahima Begum",
            "guardian_name": "Karim Uddin",
            "mobile": "01712345678",
            "nid": "1234567890",
            "address": "Payrabondh, Mithapukur",
        },
    )
    application = Application.objects.get()
    assert (application.channel, application.language) == (Channel.UNION, "en")
    assert response["Location"].startswith(f"/en/eservice/receipt/{application.tracking_number}/")


def test_errors_keep_what_was_typed_and_save_nothing(officer_client, centre, land_form):
    response = officer_client.post(
        reverse(COUNTER) + "?service=khatian-copy",
        {**land_form, "mobile": "12345", "channel": "portal", "language": "bn"},
    )
    assert response.status_code == 200
    content = response.content.decode()
    assert "Enter a Bangladeshi mobile number" in content
    assert "Choose one of the channels." in content  # the portal is not a staff channel
    assert "পায়রাবন্দ" in content
    assert not Application.objects.exists()


def test_lodging_an_application_for_a_visitor(desk_client, front_desk, centre):
    visitor = VisitorFactory(name="আব্দুল হালিম", mobile="01812345678", recorded_by=front_desk)
    register = desk_client.get(reverse("eservice_visitors:index"))
    lodge_url = reverse(COUNTER) + f"?visitor={visitor.pk}"
    assert lodge_url in register.content.decode()

    prefilled = desk_client.get(reverse(COUNTER), {"service": "ngo-report", "visitor": visitor.pk}).content.decode()
    assert 'value="আব্দুল হালিম"' in prefilled and 'value="01812345678"' in prefilled

    response = desk_client.post(
        reverse(COUNTER) + f"?service=ngo-report&visitor={visitor.pk}",
        {
            "channel": Channel.COUNTER,
            "language": "bn",
            "applicant_name": "আব্দুল হালিম",
            "guardian_name": "মোঃ জলিল",
            "mobile": "01812345678",
            "nid": "1234567890123",
            "address": "তাজহাট, রংপুর",
        },
    )
    assert response.status_code == 302
    visitor.refresh_from_db()
    assert visitor.application == Application.objects.get()
    assert visitor.outcome == VisitorOutcome.APPLICATION


def test_staff_without_add_permission_cannot_use_the_counter(client, django_user_model, centre):
    user = django_user_model.objects.create_user("reader", password="x-y-z-123")
    client.force_login(user)
    response = client.get(reverse(COUNTER))
    assert response.status_code in (302, 403)
    assert not Visitor.objects.exists()
