"""Forms that did not go through, GOV.UK's way: an error summary first in the form (an alert that
takes the focus) linking to each field with a problem, each message beside its field and named
by the field's aria-describedby, the field marked aria-invalid, and everything typed still there
(files excepted, which the page asks to choose again). Dropdowns start with a prompt."""

import pytest
from bs4 import BeautifulSoup
from django.core.cache import cache
from django.core.files.uploadedfile import SimpleUploadedFile

from eservice.models import Application, Feedback

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _fresh_rate_limits():
    cache.clear()


def parse(response) -> BeautifulSoup:
    assert response.status_code == 200
    return BeautifulSoup(response.text, "html.parser")


def summary_of(html: BeautifulSoup):
    """The error summary, checked to be the form's first element; its links as (href, text)."""
    summary = html.select_one("[data-error-summary]")
    assert summary is not None
    assert summary.get("role") == "alert" and summary.get("tabindex") == "-1" and summary.has_attr("autofocus")
    assert summary.find_parent("form").find(True) is summary
    assert html.select_one('script[src$="core/error-summary.js"]') is not None
    return [(link["href"], link.get_text(" ", strip=True)) for link in summary.select("a")]


def assert_field_error(html: BeautifulSoup, field_id: str, message: str) -> None:
    field = html.select_one(f"#{field_id}")
    assert field.get("aria-invalid") == "true"
    error = html.select_one(f"#{field_id}_error")
    assert message in error.get_text(" ", strip=True)
    assert f"{field_id}_error" in field["aria-describedby"].split()


def test_apply_summary_links_each_field_in_order_and_keeps_what_was_typed(client, centre, land_form):
    land_form.update(mobile="01212345678", nid="123", khatian_no="", upazila="atlantis", dag_nos="৫৬৭, ৫৬৮")
    html = parse(client.post("/en/eservice/apply/khatian-copy/", land_form))
    assert Application.objects.count() == 0
    assert html.title.get_text().startswith("Error: Apply: Certified copy of a khatian")

    links = summary_of(html)
    assert [href for href, _text in links] == ["#id_mobile", "#id_nid", "#id_upazila", "#id_khatian_no"]
    assert links[0][1].startswith("Mobile number: Enter a Bangladeshi mobile number")
    assert links[3][1] == "Khatian no.: This field is required."
    for href, _text in links:
        assert html.select_one(href) is not None  # every link leads to a field on the page

    assert_field_error(html, "id_mobile", "Enter a Bangladeshi mobile number")
    assert_field_error(html, "id_nid", "A National ID number has 10, 13 or 17 digits.")
    assert_field_error(html, "id_upazila", "Choose one of the options.")
    assert_field_error(html, "id_khatian_no", "This field is required.")
    # The hint is still named too, and fields without a problem are not marked.
    assert html.select_one("#id_mobile")["aria-describedby"].split() == ["id_mobile_helptext", "id_mobile_error"]
    assert not html.select_one("#id_applicant_name").has_attr("aria-invalid")

    assert html.select_one("#id_mobile")["value"] == "01212345678"
    assert html.select_one("#id_applicant_name")["value"] == land_form["applicant_name"]
    assert html.select_one("#id_address").get_text().strip() == land_form["address"]
    assert html.select_one("#id_dag_nos")["value"] == "৫৬৭, ৫৬৮"
    assert html.select_one("#id_survey option[selected]")["value"] == "RS"
    # A value that is not one of the options cannot be kept; the prompt is chosen again.
    assert html.select_one("#id_upazila option[selected]") is None


def test_bengali_errors_and_sentences_end_with_the_bengali_full_stop(client, centre, land_form):
    land_form["nid"] = "123"
    html = parse(client.post("/bn/eservice/apply/khatian-copy/", land_form))
    links = summary_of(html)
    assert links == [("#id_nid", "জাতীয় পরিচয়পত্র নম্বর: জাতীয় পরিচয়পত্র নম্বর ১০, ১৩ বা ১৭ অঙ্কের হয়।")]
    assert html.select_one(".error-summary-title").get_text() == "কিছু তথ্যে সমস্যা আছে"
    assert "ফি: ২০ টাকা।" in html.select_one(".lead").get_text()
    assert "ফি: বিনামূল্যে।" in client.get("/bn/eservice/apply/ngo-report/").text
    assert "Fee: free." in client.get("/en/eservice/apply/ngo-report/").text


def test_chosen_files_are_asked_for_again(client, centre, land_form):
    land_form["mobile"] = ""
    land_form["documents"] = SimpleUploadedFile("khatian.pdf", b"%PDF-1.4 not really", content_type="application/pdf")
    html = parse(client.post("/en/eservice/apply/khatian-copy/", land_form))
    again = "Files are not kept when a form has errors: choose them again."
    assert ("#id_documents", f"Documents (optional): {again}") in summary_of(html)
    assert html.select_one("#id_documents").find_previous("p", class_="field-note").get_text() == again


def test_dropdowns_start_with_a_prompt(client, centre, feedback_pages):
    html = parse(client.get("/en/eservice/apply/khatian-copy/"))
    for field in ("id_upazila", "id_survey"):
        first = html.select_one(f"#{field} option")
        assert (first["value"], first.get_text()) == ("", "Choose…")
    first = parse(client.get("/bn/feedback/")).select_one("#id_service option")
    assert (first["value"], first.get_text()) == ("", "বেছে নিন")
    assert "---------" not in client.get("/bn/eservice/apply/khatian-copy/").text


def test_a_page_without_errors_has_no_summary(client, centre):
    html = parse(client.get("/en/eservice/apply/khatian-copy/"))
    assert html.select_one("[data-error-summary]") is None
    assert not html.select("[aria-invalid]")


def test_feedback_summary_follows_the_page_and_keeps_the_name(client, feedback_pages):
    html = parse(client.post("/en/feedback/", {"message": "  ", "name": "Rahima", "contact": "not a number"}))
    assert Feedback.objects.count() == 0
    assert [href for href, _text in summary_of(html)] == ["#id_message", "#id_contact"]
    assert_field_error(html, "id_message", "Write your comment or suggestion.")
    assert_field_error(html, "id_contact", "Enter a valid email address or mobile number.")
    assert html.select_one("#id_name")["value"] == "Rahima"
    assert html.select_one("#id_contact")["value"] == "not a number"


def test_track_summary_links_both_fields(client, centre):
    html = parse(client.post("/en/eservice/track/", {"tracking_number": "RNG-1", "mobile": ""}))
    assert [href for href, _text in summary_of(html)] == ["#id_tracking_number", "#id_mobile"]
    assert_field_error(html, "id_tracking_number", "A tracking number looks like RNG-20261203-0001.")
    assert html.select_one("#id_tracking_number")["value"] == "RNG-1"
