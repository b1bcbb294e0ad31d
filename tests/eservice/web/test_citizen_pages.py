"""The citizen side through HTTP: charter, apply (errors keep what was typed), receipt, PDF, track."""

import io
import re

import pytest
from django.core.cache import cache
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image
from pypdf import PdfReader

from core.i18n import to_bengali_digits
from eservice.domain.services import move_application
from eservice.models import Application, ApplicationUpload, Status
from eservice.web import centre as centre_views

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _fresh_rate_limits():
    cache.clear()


def apply(client, form, language="bn", slug="khatian-copy"):
    return client.post(f"/{language}/eservice/apply/{slug}/", form)


def png_bytes() -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (8, 8), "#006a4e").save(buffer, format="PNG")
    return buffer.getvalue()


def test_charter_lists_services_in_both_languages(client, centre):
    bengali = client.get("/bn/eservice/")
    english = client.get("/en/eservice/")
    assert bengali.status_code == english.status_code == 200
    assert "খতিয়ানের সইমোহর নকল" in bengali.text
    assert "Certified copy of a khatian" in english.text
    # Bengali digits for the time limit and the fee on the Bengali page.
    assert "৩" in bengali.text and "২০" in bengali.text
    assert 'href="/bn/eservice/apply/khatian-copy/"' in bengali.text
    assert 'href="/en/eservice/apply/khatian-copy/"' in english.text


def test_service_page_and_unknown_service(client, centre):
    response = client.get("/en/eservice/service/khatian-copy/")
    assert response.status_code == 200
    assert "Copy of the national ID card" in response.text
    assert client.get("/bn/eservice/service/no-such-service/").status_code == 404
    assert client.get("/bn/eservice/apply/no-such-service/").status_code == 404


def test_inactive_service_takes_no_applications(client, centre):
    centre.plain.active = False
    centre.plain.save()
    assert client.get("/bn/eservice/apply/ngo-report/").status_code == 404
    assert "এনজিও নিবন্ধন প্রতিবেদন" not in client.get("/bn/eservice/").text


def test_land_record_fields_only_where_the_service_needs_them(client, centre):
    assert 'name="khatian_no"' in client.get("/bn/eservice/apply/khatian-copy/").text
    assert 'name="khatian_no"' not in client.get("/bn/eservice/apply/ngo-report/").text


def test_apply_then_receipt(client, centre, land_form):
    response = apply(client, land_form)
    assert response.status_code == 302
    application = Application.objects.get()
    assert response["Location"] == f"/bn/eservice/receipt/{application.tracking_number}/?t={application.receipt_token}"
    # Stored normalised: 01…, ASCII digits, trimmed NFC names; pointing at the Bengali service.
    assert application.mobile == "01712345678"
    assert application.nid == "1234567890"
    assert application.applicant_name == "মোছাঃ রহিমা বেগম"
    assert application.khatian_no == "123" and application.jl_no == "45" and application.dag_nos == "567, 568"
    assert application.channel == "portal" and application.received_by is None
    assert application.service == centre.land
    assert list(application.events.values_list("from_status", "to_status")) == [("", "received")]

    receipt = client.get(response["Location"])
    assert receipt.status_code == 200
    assert "no-store" in receipt["Cache-Control"]
    # Tracking numbers are printed in ASCII digits on Bengali receipts too (read out, typed, sent by SMS).
    assert f'<strong class="tracking-number">{application.tracking_number}</strong>' in receipt.text
    assert to_bengali_digits(application.tracking_number) not in receipt.text
    assert "মোছাঃ রহিমা বেগম" in receipt.text
    assert "<svg" in receipt.text  # the QR code
    assert "জেলা প্রশাসকের কার্যালয়, রংপুর" in receipt.text


def test_english_application_gets_an_english_receipt(client, centre, land_form):
    response = apply(client, land_form, language="en")
    application = Application.objects.get()
    assert application.language == "en"
    receipt = client.get(response["Location"])
    assert receipt["Content-Language"] == "en"
    assert application.tracking_number in receipt.text  # ASCII digits on English pages
    assert "Certified copy of a khatian" in receipt.text
    assert "District portal" in receipt.text


def test_errors_keep_what_was_typed_and_save_nothing(client, centre, land_form):
    land_form.update(mobile="01212345678", nid="123", khatian_no="")
    response = apply(client, land_form, language="en")
    assert response.status_code == 200
    assert "no-store" in response["Cache-Control"]
    assert Application.objects.count() == 0
    html = response.text
    assert 'value="01212345678"' in html
    assert 'value="মোঃ করিম উদ্দিন"' in html
    assert "Enter a Bangladeshi mobile number" in html
    assert "A National ID number has 10, 13 or 17 digits." in html
    assert re.search(r'id="id_khatian_no_error".*This field is required', html, re.S)


def test_errors_are_in_bengali_on_bengali_pages(client, centre, land_form):
    land_form["nid"] = "123"
    html = apply(client, land_form).text
    assert "A National ID number" not in html
    assert "জাতীয় পরিচয়পত্র নম্বর ১০, ১৩ বা ১৭ অঙ্কের হয়।" in html
    assert re.search(r'name="nid" value="123"', html)  # what was typed is kept as typed


def test_receipt_needs_its_token(client, centre, land_form):
    apply(client, land_form)
    application = Application.objects.get()
    base = f"/bn/eservice/receipt/{application.tracking_number}/"
    assert client.get(base).status_code == 404
    assert client.get(f"{base}?t=wrong-token").status_code == 404
    assert client.get(f"/bn/eservice/receipt/RNG-20990101-0001/?t={application.receipt_token}").status_code == 404
    assert client.get(f"{base}?t={application.receipt_token}").status_code == 200
    assert len(application.receipt_token) >= 32


def test_receipt_prints_on_a_slip(client, centre, land_form):
    location = apply(client, land_form)["Location"]
    slip = client.get(f"{location}&paper=slip")
    # The 80 mm page size is a static stylesheet (no inline style under the CSP).
    assert "eservice/receipt-slip.css" in slip.text
    assert "paper-slip" in slip.text


def test_receipt_pdf_has_bengali_text(client, centre, land_form):
    location = apply(client, land_form)["Location"]
    application = Application.objects.get()
    response = client.get(f"{location}&format=pdf")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert "no-store" in response["Cache-Control"]
    assert response.content.startswith(b"%PDF")
    text = PdfReader(io.BytesIO(response.content)).pages[0].extract_text()
    assert application.tracking_number in text
    assert to_bengali_digits(application.tracking_number) not in text
    # Words whose glyphs extract in reading order (conjuncts come back split by the extractor).
    assert "জেলা" in text and "সেবা" in text


def test_track_shows_status_and_history_in_bengali(client, centre, land_form, django_user_model):
    apply(client, land_form)
    application = Application.objects.get()
    officer = django_user_model.objects.create_superuser("officer", "officer@example.com", "pw")
    move_application(application, Status.IN_PROCESS, officer, forwarded_to="রেকর্ডরুম", note="internal note")
    move_application(application, Status.NEEDS_INFO, officer, note="খতিয়ানের সঠিক নম্বর দিন")
    bengali_number = application.tracking_number.translate(str.maketrans("0123456789", "০১২৩৪৫৬৭৮৯"))
    response = client.post("/bn/eservice/track/", {"tracking_number": bengali_number, "mobile": "০১৭১২৩৪৫৬৭৮"})
    assert response.status_code == 200
    assert "no-store" in response["Cache-Control"]
    # Typed in Bengali digits, found, and shown in ASCII digits as on the receipt.
    assert application.tracking_number in response.text
    assert "খতিয়ানের সঠিক নম্বর দিন" in response.text  # a reason owed to the applicant
    assert "internal note" not in response.text
    assert "২০২৬" in response.text  # Bengali dates
    assert application.nid not in response.text


def test_wrong_mobile_answers_like_an_unknown_number(client, centre, land_form):
    apply(client, land_form)
    application = Application.objects.get()
    wrong_mobile = client.post(
        "/en/eservice/track/", {"tracking_number": application.tracking_number, "mobile": "01898765432"}
    )
    unknown = client.post("/en/eservice/track/", {"tracking_number": "RNG-20990101-0001", "mobile": "01898765432"})
    assert wrong_mobile.status_code == unknown.status_code == 200

    def result(html: str) -> str:
        return html[html.index('<section class="track-result"') : html.index("</section>")]

    assert result(wrong_mobile.text).replace(application.tracking_number, "X") == result(unknown.text).replace(
        "RNG-20990101-0001", "X"
    )
    assert "No application matches" in result(wrong_mobile.text)


def test_track_link_from_the_qr_code_prefills_the_number(client, centre):
    response = client.get("/bn/eservice/track/?n=RNG-20261203-0001")
    assert 'value="RNG-20261203-0001"' in response.text


def test_uploads_are_checked_and_stored_privately(client, centre, land_form, settings):
    land_form["documents"] = [
        SimpleUploadedFile("porcha.png", png_bytes(), content_type="image/png"),
        SimpleUploadedFile(
            "nid.pdf", b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF", content_type="application/pdf"
        ),
    ]
    assert apply(client, land_form).status_code == 302
    uploads = list(ApplicationUpload.objects.all())
    assert [upload.content_type for upload in uploads] == ["image/png", "application/pdf"]
    for upload in uploads:
        path = upload.file.path
        assert path.startswith(str(settings.ESERVICE_PRIVATE_ROOT))
        assert not path.startswith(str(settings.MEDIA_ROOT))
        with pytest.raises(ValueError):
            upload.file.url  # noqa: B018 - no public URL exists
        # Not reachable through the public media URL either.
        relative = upload.file.name
        assert client.get(f"/media/{relative}").status_code == 404
        assert client.get(f"/media/../private/{relative}").status_code in (400, 404)


def test_staff_open_uploads_through_the_admin_only(client, centre, land_form, django_user_model):
    land_form["documents"] = [SimpleUploadedFile("porcha.png", png_bytes(), content_type="image/png")]
    apply(client, land_form)
    upload = ApplicationUpload.objects.get()
    url = f"/admin/eservice/uploads/{upload.pk}/"
    assert client.get(url).status_code == 302  # to the admin login
    staff = django_user_model.objects.create_superuser("staff", "staff@example.com", "pw")
    client.force_login(staff)
    response = client.get(url)
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == png_bytes()
    assert "no-store" in response["Cache-Control"]


@pytest.mark.parametrize(
    ("files", "message"),
    [
        ([("fake.pdf", b"MZ\x90\x00 not a pdf", "application/pdf")], "is not a PDF, JPEG or PNG file"),
        ([("fake.png", b"\x89PNG\r\n\x1a\n broken", "image/png")], "is not a PDF, JPEG or PNG file"),
        ([("big.pdf", b"%PDF-1.4" + b"0" * (5 * 1024 * 1024), "application/pdf")], "is larger than"),
        ([(f"p{n}.pdf", b"%PDF-1.4 x", "application/pdf") for n in range(6)], "Attach at most 5 files."),
    ],
)
def test_bad_uploads_are_refused_and_nothing_is_saved(client, centre, land_form, files, message):
    land_form["documents"] = [SimpleUploadedFile(name, data, content_type=kind) for name, data, kind in files]
    response = apply(client, land_form, language="en")
    assert response.status_code == 200
    assert message in response.text
    assert Application.objects.count() == 0
    assert ApplicationUpload.objects.count() == 0


def test_anonymous_tracking_is_rate_limited(client, centre, settings):
    settings.API_ANON_RATE = "3/m"
    attempt = {"tracking_number": "RNG-20261203-0001", "mobile": "01712345678"}
    for _ in range(3):
        assert client.post("/en/eservice/track/", attempt).status_code == 200
    limited = client.post("/en/eservice/track/", attempt)
    assert limited.status_code == 429
    assert int(limited["Retry-After"]) >= 1
    assert "Please wait a minute" in limited.text
    assert "No application matches" not in limited.text


def test_anonymous_applications_are_rate_limited(client, centre, land_form, settings):
    settings.API_ANON_RATE = "1/m"
    assert apply(client, land_form).status_code == 302
    limited = apply(client, land_form, language="en")
    assert limited.status_code == 429
    assert 'value="পায়রাবন্দ"' in limited.text  # what was typed is kept
    assert Application.objects.count() == 1


def test_a_service_switched_off_meanwhile_is_a_form_error_not_a_crash(client, centre, land_form, monkeypatch):
    def refuse(**kwargs):
        from django.core.exceptions import ValidationError

        raise ValidationError({"service": "This service is not taking applications.", "mobile": "Mobile refused."})

    monkeypatch.setattr(centre_views, "submit_application", refuse)
    response = apply(client, land_form, language="en")
    assert response.status_code == 200
    assert "This service is not taking applications." in response.text
    assert "Mobile refused." in response.text
