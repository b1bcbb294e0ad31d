"""Typed API output of the section pages: schemas for every StreamField block and a field type
for each structured value, hooked into Wagtail's v3 schema generator.

Wagtail's read generator types a StreamField as `list[Any]` and a Python property as `Any`.
`APIField(name, serializer=...)` is its extension point: the generator reads the serializer's
`to_representation` return annotation as the field's schema and calls it for the value. Each
field below returns plain dicts built by the blocks' own `get_api_representation` (or by
`core.representations.media`) and is annotated with the pydantic schema that describes them, so
the OpenAPI document and the response say the same thing.

Serializers get no request, so URLs are made absolute with WAGTAILAPI_BASE_URL.
"""

from typing import Annotated, Literal

from ninja import Schema
from pydantic import Field, RootModel

from core.representations.fields import ReadOnlyField
from core.representations.media import (
    AttachmentSchema,
    PhotoSchema,
)
from core.representations.translations import LanguageCode

# Block values -------------------------------------------------------------------------------


class HeadingValue(Schema):
    text: str | None = None
    level: Literal["h2", "h3"] = "h2"


class CaptionedImageValue(Schema):
    image: PhotoSchema | None = Field(None, description="None when the image was deleted.")
    caption: str | None = None


class DocumentListValue(Schema):
    heading: str | None = None
    documents: list[AttachmentSchema]


class QuoteValue(Schema):
    text: str | None = None
    attribution: str | None = None
    style: Literal["quote", "callout"] = "quote"


class TableValue(Schema):
    data: list[list[str | None]] = Field(default_factory=list, description="Rows of cells, top to bottom.")
    first_row_is_table_header: bool = False
    first_col_is_header: bool = False
    table_caption: str | None = None


class CharterServiceRef(Schema):
    id: int
    slug: str
    name: str
    locale: LanguageCode
    detail_url: str = Field(description="The service in this API (e-service citizen charter).")


class ServiceValue(Schema):
    name: str | None = None
    time_limit: str | None = None
    fee: str | None = None
    charter_service: CharterServiceRef | None = Field(None, description="The service in the citizen charter.")
    link: str | None = Field(None, description="Web address of a service the e-service centre does not take.")


class ContactPersonValue(Schema):
    designation: str | None = None
    name: str | None = None
    phone: str | None = None
    email: str | None = None


# Stream items: {"type": ..., "value": ..., "id": ...}, one schema per block type -------------


# Optional parts of a block may be missing from stored data (then null), so they are nullable;
# a response that failed its own schema would be a server error.
class _Item(Schema):
    id: str | None = Field(None, description="The block's id; stable across edits.")


class HeadingItem(_Item):
    type: Literal["heading"]
    value: HeadingValue


class ParagraphItem(_Item):
    type: Literal["paragraph"]
    value: str = Field(description="HTML with public, absolute URLs.")


class ImageItem(_Item):
    type: Literal["image"]
    value: CaptionedImageValue


class TableItem(_Item):
    type: Literal["table"]
    value: TableValue


class DocumentsItem(_Item):
    type: Literal["documents"]
    value: DocumentListValue


class QuoteItem(_Item):
    type: Literal["quote"]
    value: QuoteValue


class EmbedItem(_Item):
    type: Literal["embed"]
    value: str | None = Field(None, description="The embedded media's web address (e.g. a YouTube link).")


class BodyBlock(RootModel):
    """One block of a page body, told apart by `type`."""

    root: Annotated[
        HeadingItem | ParagraphItem | ImageItem | TableItem | DocumentsItem | QuoteItem | EmbedItem,
        Field(discriminator="type"),
    ]


class GalleryPhotoItem(_Item):
    type: Literal["photo"]
    value: CaptionedImageValue


class ServiceItem(_Item):
    type: Literal["service"]
    value: ServiceValue


class ContactPersonItem(_Item):
    type: Literal["person"]
    value: ContactPersonValue


class UnionItem(_Item):
    type: Literal["union"]
    value: str = Field(description="The union's name.")


class PortalUnionValue(Schema):
    name: str | None = None
    digital_centre: str | None = Field(None, description="The union's digital centre: where it is, or its name.")
    digital_centre_phone: str | None = None


class PortalUnionItem(_Item):
    type: Literal["union"]
    value: PortalUnionValue


class UpazilaOfficeValue(Schema):
    name: str | None = None
    head: str | None = None
    phone: str | None = None
    email: str | None = None


class UpazilaOfficeItem(_Item):
    type: Literal["office"]
    value: UpazilaOfficeValue


class TouristSpotValue(Schema):
    name: str | None = None
    description: str | None = None


class TouristSpotItem(_Item):
    type: Literal["spot"]
    value: TouristSpotValue


# Serializer fields for APIField(name, serializer=...) ----------------------------------------


def _stream(value) -> list[dict]:
    return value.stream_block.get_api_representation(value, {}) if value is not None else []


class BodyField(ReadOnlyField):
    """A body StreamField (home.blocks.BodyBlock), typed block by block."""

    def to_representation(self, value) -> list[BodyBlock]:
        return _stream(value)


class GalleryField(ReadOnlyField):
    """A StreamField of gallery photos."""

    def to_representation(self, value) -> list[GalleryPhotoItem]:
        return _stream(value)


class ServicesField(ReadOnlyField):
    """A branch's services."""

    def to_representation(self, value) -> list[ServiceItem]:
        return _stream(value)


class ContactsField(ReadOnlyField):
    """The contact page's officers."""

    def to_representation(self, value) -> list[ContactPersonItem]:
        return _stream(value)


class UnionsField(ReadOnlyField):
    """An upazila's unions."""

    def to_representation(self, value) -> list[UnionItem]:
        return _stream(value)


class PortalUnionsField(ReadOnlyField):
    """An upazila portal's unions, each with its digital centre."""

    def to_representation(self, value) -> list[PortalUnionItem]:
        return _stream(value)


class UpazilaOfficesField(ReadOnlyField):
    """An upazila portal's offices."""

    def to_representation(self, value) -> list[UpazilaOfficeItem]:
        return _stream(value)


class TouristSpotsField(ReadOnlyField):
    """An upazila portal's places to visit."""

    def to_representation(self, value) -> list[TouristSpotItem]:
        return _stream(value)
