"""The shapes of the e-service API's requests and answers (they are the OpenAPI schemas: a
class's name is its name in /api/v3/openapi.json, so renaming one changes the public API)."""

import datetime
from decimal import Decimal
from typing import Literal

from ninja import Field, Schema

from core.choices import Upazila
from core.representations.translations import TRANSLATIONS_DESCRIPTION, Translations
from eservice.domain.patterns import MOBILE_PATTERN, NID_PATTERN, PORTAL_PATTERN
from eservice.models.applications import Channel, Status, Survey
from eservice.models.charter import ExtraFields

StatusValue = Literal[tuple(Status.values)]  # type: ignore[valid-type]
ChannelValue = Literal[tuple(Channel.values)]  # type: ignore[valid-type]


def _documented(**keywords):
    """Enums and patterns for the OpenAPI document only: the form checks the value and answers
    in the request's language, naming the valid values (pydantic would answer first, in English).
    An empty default that the enum or pattern would refuse is left out of the document: leaving
    the field out gets "This field is required"."""

    def extra(schema: dict) -> None:
        schema.update(keywords)
        refused = "" not in keywords["enum"] if "enum" in keywords else "pattern" in keywords
        if schema.get("default") == "" and refused:
            schema.pop("default", None)

    return extra


def _one_of(values, *, optional: bool = False):
    return _documented(enum=([""] if optional else []) + list(values))


def _matching(pattern: str):
    return _documented(pattern=pattern)


# --- the charter -----------------------------------------------------------------------------


class OfficerSchema(Schema):
    designation: str
    room: str = ""
    phone: str
    email: str


class BilingualText(Schema):
    bn: str
    en: str


class FormChoiceSchema(Schema):
    value: str
    label: BilingualText


class FormFieldSchema(Schema):
    """One field of a service's application form, as the website shows it and the API checks it."""

    name: str = Field(description="The key to send in `POST applications/`.")
    type: Literal["text", "textarea", "email", "choice", "files"] = Field(
        description="`files` are taken only by the website's form (multipart); the API takes the rest."
    )
    required: bool
    label: BilingualText
    help_text: BilingualText
    max_length: int | None = Field(description="Characters, after trimming spaces.")
    pattern: str | None = Field(description="An ECMAScript pattern the value must match (Bengali digits included).")
    choices: list[FormChoiceSchema] = Field(description="For `choice` fields: the values to send, with labels.")
    accept: str | None = Field(None, description="For `files`: the content types taken.")
    max_files: int | None = None
    max_file_bytes: int | None = None


class ServiceSchema(Schema):
    slug: str
    locale: str
    name: str
    branch: str
    description: str
    documents: list[str]
    fee: Decimal
    fee_payment: str
    time_limit_days: int
    extra_fields: Literal[tuple(ExtraFields.values)] = Field(  # type: ignore[valid-type]
        description="Extra questions the form asks (`land_record`: upazila, mouza, khatian …); see `form`."
    )
    form: list[FormFieldSchema] = Field(description="The application form of this service, field by field.")
    officer: OfficerSchema
    escalation_officer: OfficerSchema | None
    url: str | None
    apply_url: str | None
    translations: Translations = Field(description=TRANSLATIONS_DESCRIPTION)


class HolidaySchema(Schema):
    date: datetime.date
    name: str
    name_bn: str
    name_en: str


# --- applications ----------------------------------------------------------------------------


class ApplicationIn(Schema):
    # Every field is an optional string here so that the form gives each missing or bad value
    # a message on its own field, in the request's language.
    # The enums and patterns below are for the document; `GET services/{slug}/` describes each
    # service's form in full (labels, required, lengths, choices with labels).
    service: str = Field("", description="A service's `slug` from `GET services/`.")
    portal: str = Field(
        "",
        description=(
            "The portal the application was started from, by its short name (`mithapukur`, as in the "
            "website's `?portal=` links): a portal's mobile app or the national portal says so here. "
            "When left out, the portal whose hostname the request was sent to. An upazila portal is "
            "recorded for staff; the district portal (the e-service centre's own) records none."
        ),
        json_schema_extra={"pattern": PORTAL_PATTERN},
    )
    channel: str = Field(
        "portal",
        description="`portal` needs no token; the other channels need a staff token.",
        json_schema_extra=_one_of(Channel.values),
    )
    applicant_name: str = ""
    guardian_name: str = ""
    mobile: str = Field(
        "",
        description="11 digits from 013 to 019; +880, spaces, dashes and Bengali digits are accepted.",
        json_schema_extra=_matching(MOBILE_PATTERN),
    )
    nid: str = Field(
        "",
        description="10, 13 or 17 digits; Bengali digits are accepted.",
        json_schema_extra=_matching(NID_PATTERN),
    )
    address: str = ""
    email: str = ""
    upazila: str = Field(
        "",
        description="For land-record services.",
        json_schema_extra=_one_of(Upazila.values, optional=True),
    )
    mouza: str = ""
    jl_no: str = ""
    khatian_no: str = ""
    survey: str = Field(
        "",
        description="For land-record services.",
        json_schema_extra=_one_of(Survey.values, optional=True),
    )
    dag_nos: str = ""


class ApplicationCreated(Schema):
    tracking_number: str
    status: StatusValue
    received_at: datetime.datetime
    probable_delivery_date: datetime.date
    receipt_url: str | None


class EventSchema(Schema):
    at: datetime.datetime
    from_status: StatusValue | Literal[""]
    to_status: StatusValue
    to_status_label: str
    note: str


class ApplicationStatusSchema(Schema):
    tracking_number: str
    service: str
    service_name: str
    channel: ChannelValue
    status: StatusValue
    status_label: str
    received_at: datetime.datetime
    probable_delivery_date: datetime.date
    events: list[EventSchema]


class TrackIn(Schema):
    tracking_number: str = Field(
        max_length=40, description="As on the receipt, e.g. `RNG-20261127-0042`; Bengali digits are accepted."
    )
    mobile: str = Field(max_length=32, description="The applicant's mobile number, as given on the application.")


class EventIn(Schema):
    to_status: str = Field("", json_schema_extra=_one_of(Status.values))
    note: str = ""
    forwarded_to: str = ""


class EventCreated(Schema):
    tracking_number: str
    status: StatusValue
    at: datetime.datetime
    from_status: StatusValue | Literal[""]
    to_status: StatusValue
    note: str
    forwarded_to: str


# --- the display board and feedback ----------------------------------------------------------


class BoardServiceSchema(Schema):
    slug: str
    name: str
    time_limit_days: int
    fee: str
    officer: str


class BoardSchema(Schema):
    locale: str
    generated_at: datetime.datetime
    refresh_seconds: int
    ready: list[str]
    ready_total: int
    services: list[BoardServiceSchema]


class FeedbackIn(Schema):
    message: str = ""
    name: str = ""
    contact: str = ""
    service: str = ""
    website: str = Field("", description="Leave empty: a trap for bots (a message with it filled in is not kept).")


class FeedbackCreated(Schema):
    id: int
    status: str
    submitted_at: datetime.datetime
