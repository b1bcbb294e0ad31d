"""Each charter service describes its application form, so a front end can build it from the API
alone; the OpenAPI document carries the enums and patterns; a wrong choice names the valid ones."""

import json
import re

import pytest

from eservice.domain.patterns import MOBILE_PATTERN, NID_PATTERN
from eservice.models import Application

pytestmark = pytest.mark.django_db


def post(client, data, language="en"):
    return client.post(
        "/api/v3/applications/", json.dumps(data), content_type="application/json", HTTP_ACCEPT_LANGUAGE=language
    )


def form_of(client, slug: str) -> dict[str, dict]:
    response = client.get(f"/api/v3/services/{slug}/?locale=en")
    assert response.status_code == 200
    return {field["name"]: field for field in response.json()["form"]}


def test_a_land_record_service_describes_every_field_in_both_languages(client, centre):
    form = form_of(client, "khatian-copy")
    assert list(form) == [
        "applicant_name",
        "guardian_name",
        "mobile",
        "nid",
        "address",
        "email",
        "upazila",
        "mouza",
        "jl_no",
        "khatian_no",
        "survey",
        "dag_nos",
        "documents",
    ]
    mobile = form["mobile"]
    assert mobile["type"] == "text"
    assert mobile["required"] is True
    assert mobile["label"]["en"] == "Mobile number"
    assert mobile["label"]["bn"] and mobile["label"]["bn"] != mobile["label"]["en"]
    assert mobile["pattern"] == MOBILE_PATTERN
    assert form["nid"]["pattern"] == NID_PATTERN
    assert form["address"]["type"] == "textarea"
    assert form["address"]["max_length"] == 500
    assert form["email"] == {**form["email"], "type": "email", "required": False}
    upazila = form["upazila"]
    assert upazila["type"] == "choice"
    assert len(upazila["choices"]) == 8  # no "---------" prompt among the values
    mithapukur = next(choice for choice in upazila["choices"] if choice["value"] == "mithapukur")
    assert mithapukur["label"]["en"] == "Mithapukur"
    assert mithapukur["label"]["bn"] == "মিঠাপুকুর"
    assert [choice["value"] for choice in form["survey"]["choices"]] == ["CS", "SA", "RS", "BS"]
    documents = form["documents"]
    assert documents["type"] == "files"
    assert documents["required"] is False
    assert documents["accept"] == "application/pdf,image/jpeg,image/png"
    assert documents["max_files"] == 5


def test_a_plain_service_has_no_land_record_questions(client, centre):
    form = form_of(client, "ngo-report")
    assert "upazila" not in form
    assert "khatian_no" not in form
    assert form["applicant_name"]["required"] is True


def sample_value(field: dict) -> str:
    """What a front end that knows only the description would fill in."""
    if field["type"] == "choice":
        return field["choices"][0]["value"]
    if field["name"] == "mobile":
        return "01712345678"
    if field["name"] == "nid":
        return "১২৩৪৫৬৭৮৯০"
    if field["type"] == "email":
        return "someone@example.com"
    return "ক" * min(5, field["max_length"] or 5)


def test_a_front_end_builds_a_valid_application_from_the_description_alone(client, centre):
    form = form_of(client, "khatian-copy")
    data = {"service": "khatian-copy"} | {
        name: sample_value(field) for name, field in form.items() if field["required"] and field["type"] != "files"
    }
    response = post(client, data)
    assert response.status_code == 201, response.content
    assert Application.objects.get().upazila == form["upazila"]["choices"][0]["value"]


@pytest.mark.parametrize(
    ("value", "accepted"),
    [
        ("01712345678", True),
        ("+8801712345678", True),
        ("8801712345678", True),
        ("০১৭১২৩৪৫৬৭৮", True),
        ("+৮৮০১৭১২৩৪৫৬৭৮", True),
        ("01212345678", False),
        ("0171234567", False),
        ("017123456789", False),
        ("abc", False),
    ],
)
def test_the_mobile_pattern_says_what_the_form_accepts(client, centre, value, accepted):
    assert bool(re.fullmatch(MOBILE_PATTERN, value)) is accepted
    response = post(client, {"service": "ngo-report", "mobile": value, "nid": "1234567890"})
    mobile_errors = [error for error in response.json()["errors"] if error["loc"] == ["body", "mobile"]]
    assert (not mobile_errors) is accepted


@pytest.mark.parametrize(
    ("value", "accepted"),
    [
        ("1234567890", True),
        ("১২৩৪৫৬৭৮৯০১২৩", True),
        ("12345678901234567", True),
        ("12345", False),
        ("12345678901", False),
    ],
)
def test_the_nid_pattern_says_what_the_form_accepts(client, centre, value, accepted):
    assert bool(re.fullmatch(NID_PATTERN, value)) is accepted
    response = post(client, {"service": "ngo-report", "mobile": "01712345678", "nid": value})
    nid_errors = [error for error in response.json()["errors"] if error["loc"] == ["body", "nid"]]
    assert (not nid_errors) is accepted


def test_a_wrong_choice_names_the_valid_values(client, centre):
    data = {"service": "khatian-copy", "upazila": "dhaka", "survey": "XX", "channel": "portal"}
    errors = {error["loc"][1]: error for error in post(client, data).json()["errors"]}
    assert errors["upazila"]["type"] == "invalid_choice"
    assert errors["upazila"]["msg"] == (
        "Choose one of: rangpur-sadar, badarganj, gangachara, kaunia, mithapukur, pirgachha, pirganj, taraganj."
    )
    assert errors["survey"]["msg"] == "Choose one of: CS, SA, RS, BS."
    bengali = {error["loc"][1]: error for error in post(client, data, language="bn").json()["errors"]}
    assert "mithapukur" in bengali["upazila"]["msg"]
    assert bengali["upazila"]["msg"] != errors["upazila"]["msg"]  # the sentence is Bengali


def test_a_wrong_service_or_channel_names_the_valid_values(client, centre):
    service = post(client, {"service": "nothing"}).json()["errors"][0]
    assert service["msg"] == "Choose one of: khatian-copy, ngo-report."
    channel = post(client, {"service": "ngo-report", "channel": "pigeon"}).json()["errors"][0]
    assert channel["msg"] == "Choose one of: counter, post, portal, upazila, union."


def test_the_openapi_document_carries_enums_and_patterns(client):
    schemas = client.get("/api/v3/openapi.json").json()["components"]["schemas"]
    application = schemas["ApplicationIn"]["properties"]
    assert application["channel"]["enum"] == ["counter", "post", "portal", "upazila", "union"]
    assert "mithapukur" in application["upazila"]["enum"]
    assert application["survey"]["enum"] == ["", "CS", "SA", "RS", "BS"]
    assert application["mobile"]["pattern"] == MOBILE_PATTERN
    assert application["nid"]["pattern"] == NID_PATTERN
    status = schemas["ApplicationStatusSchema"]["properties"]
    assert "ready" in status["status"]["enum"]
    assert "union" in status["channel"]["enum"]
    assert "tender" in schemas["PublicNoticeSchema"]["properties"]["category"]["enum"]
    field = schemas["FormFieldSchema"]["properties"]
    assert field["type"]["enum"] == ["text", "textarea", "email", "choice", "files"]
    assert "form" in schemas["ServiceSchema"]["required"]
