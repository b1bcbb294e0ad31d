"""The shapes of the e-service API's requests and answers (they are the OpenAPI schemas: a
class's name is its name in /api/v3/openapi.json, so renaming one changes the public API)."""

import datetime
from decimal import Decimal

from ninja import Field, Schema

from core.representations.translations import TRANSLATIONS_DESCRIPTION, Translations

# --- the charter -----------------------------------------------------------------------------


class OfficerSchema(Schema):
    designation: str
    room: str = ""
    phone: str
    email: str


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
    extra_fields: str
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
    service: str = ""
    channel: str = "portal"
    applicant_name: str = ""
    guardian_name: str = ""
    mobile: str = ""
    nid: str = ""
    address: str = ""
    email: str = ""
    upazila: str = ""
    mouza: str = ""
    jl_no: str = ""
    khatian_no: str = ""
    survey: str = ""
    dag_nos: str = ""


class ApplicationCreated(Schema):
    tracking_number: str
    status: str
    received_at: datetime.datetime
    probable_delivery_date: datetime.date
    receipt_url: str | None


class EventSchema(Schema):
    at: datetime.datetime
    from_status: str
    to_status: str
    to_status_label: str
    note: str


class ApplicationStatusSchema(Schema):
    tracking_number: str
    service: str
    service_name: str
    channel: str
    status: str
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
    to_status: str = ""
    note: str = ""
    forwarded_to: str = ""


class EventCreated(Schema):
    tracking_number: str
    status: str
    at: datetime.datetime
    from_status: str
    to_status: str
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
