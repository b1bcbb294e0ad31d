"""Typed `api_fields` for any page or snippet: rich text, the photo, the attachments, the translations.

Wagtail 8's v3 read-schema generator types a Python property as `Any`; `APIField(name,
serializer=...)` is the extension point it keeps for typed computed values (a "temporary API v2
compat shim" in wagtail/api/v3/schemas/generators/read.py: `_custom_serializer_schema`): the
return annotation of the serializer's `to_representation` becomes the field's schema and the
serializer makes the value. Its other extension point, `read_generator.register_field_schema`,
types one Django field class everywhere, which cannot express "the photo with this page's alt
text" or "this item's translations". tests/core/test_representations.py fails if the shim goes.

Serializers get no request, so URLs are made absolute with WAGTAILAPI_BASE_URL.
"""

from rest_framework.fields import Field as SerializerField

from core.representations.media import (
    AttachmentSchema,
    PhotoSchema,
    document_representation,
    photo_representation,
    public_html,
)
from core.representations.translations import Translations, page_translation_link
from core.visibility import public


class ReadOnlyField(SerializerField):
    """A read-only serializer field; subclasses annotate `to_representation` with their schema."""

    def __init__(self, **kwargs):
        kwargs.setdefault("read_only", True)
        super().__init__(**kwargs)


class RichTextHTMLField(ReadOnlyField):
    """A RichTextField as HTML with public URLs."""

    def to_representation(self, value) -> str:
        return public_html(value)


class PhotoField(ReadOnlyField):
    """The page's photo with the page's alt text (use with source="*")."""

    def to_representation(self, page) -> PhotoSchema:
        return photo_representation(page.photo, page.photo_alt) if page.photo_id else None


class AttachmentsField(ReadOnlyField):
    """The single attachment first, then the several (use with source="*")."""

    def to_representation(self, page) -> list[AttachmentSchema]:
        return [document_representation(document) for document in page.all_attachments]


class TranslationsField(ReadOnlyField):
    """The page's published translations by language code (use with source="*")."""

    def to_representation(self, page) -> Translations:
        translations = public(page.get_translations().live()).select_related("locale").order_by("locale_id")
        return {other.locale.language_code: page_translation_link(other) for other in translations}
