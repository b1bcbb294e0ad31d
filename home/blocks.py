"""The shared StreamField blocks: one body block used by every content page.

Each block has an icon, a template in templates/blocks/, a description for the block picker
and a preview value. Blocks holding images or documents answer the API with URLs, sizes and
renditions instead of bare ids, so headless clients need no second request.
"""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.contrib.table_block.blocks import TableBlock
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageChooserBlock
from wagtail.snippets.blocks import SnippetChooserBlock
from wagtail_localize.segments import StringSegmentValue

from core.representations.media import document_representation, photo_representation, public_html, public_url


def image_api_representation(image, alt: str = "", context=None) -> dict | None:
    """An image as clients need it (core.representations.media.PhotoSchema), with the alt text given."""
    return photo_representation(image, alt, (context or {}).get("request"))


def charter_service_api_representation(service) -> dict | None:
    """A citizen-charter service as clients can follow it: id, slug, name, language and API address."""
    if service is None:
        return None
    language = service.locale.language_code
    path = reverse("wagtailapi_v3:eservice_service", kwargs={"slug": service.slug})
    return {
        "id": service.pk,
        "slug": service.slug,
        "name": service.name,
        "locale": language,
        "detail_url": public_url(f"{path}?locale={language}"),
    }


def document_api_representation(document, context=None) -> dict | None:
    """A document as clients need it (core.representations.media.AttachmentSchema)."""
    return document_representation(document, (context or {}).get("request"))


class HeadingBlock(blocks.StructBlock):
    """A section heading inside the body."""

    text = blocks.CharBlock(label=_("Heading"), max_length=255)
    level = blocks.ChoiceBlock(
        label=_("Level"),
        choices=[("h2", _("Heading")), ("h3", _("Sub-heading"))],
        default="h2",
        help_text=_("Use sub-headings under a heading, never on their own."),
    )

    class Meta:
        icon = "title"
        template = "blocks/heading_block.html"
        label = _("Heading")
        description = _("A heading that starts a new part of the page.")
        preview_value = {"text": "জেলা প্রশাসনের কার্যাবলি", "level": "h2"}


class CaptionedImageBlock(blocks.StructBlock):
    """A picture with the text that describes it and an optional caption."""

    image = ImageChooserBlock(label=_("Image"))
    alt_text = blocks.CharBlock(
        label=_("Description for screen readers"),
        max_length=255,
        help_text=_("What the image shows, for readers who cannot see it."),
    )
    caption = blocks.CharBlock(label=_("Caption"), max_length=255, required=False)

    class Meta:
        icon = "image"
        template = "blocks/image_block.html"
        label = _("Image")
        description = _("A photo or illustration with its description and caption.")
        preview_value = {"alt_text": "তাজহাট জমিদার বাড়ি", "caption": "তাজহাট জমিদার বাড়ি, রংপুর"}

    def get_api_representation(self, value, context=None):
        return {
            "image": image_api_representation(value.get("image"), value.get("alt_text", ""), context),
            "caption": value.get("caption", ""),
        }


class DocumentListBlock(blocks.StructBlock):
    """A titled list of documents to download."""

    heading = blocks.CharBlock(label=_("Heading"), max_length=255, required=False)
    documents = blocks.ListBlock(DocumentChooserBlock(label=_("Document")), label=_("Documents"))

    class Meta:
        icon = "doc-full"
        template = "blocks/document_list_block.html"
        label = _("Document list")
        description = _("A list of files (PDF, Word, Excel) readers can download.")
        preview_value = {"heading": "প্রয়োজনীয় ফরম", "documents": []}

    def get_api_representation(self, value, context=None):
        return {
            "heading": value.get("heading", ""),
            "documents": [document_api_representation(doc, context) for doc in value.get("documents", []) if doc],
        }


class QuoteBlock(blocks.StructBlock):
    """A quotation, or a call-out box that draws the eye to something important."""

    text = blocks.TextBlock(label=_("Text"))
    attribution = blocks.CharBlock(label=_("Said by"), max_length=255, required=False)
    style = blocks.ChoiceBlock(
        label=_("Style"),
        choices=[("quote", _("Quotation")), ("callout", _("Call-out box"))],
        default="quote",
    )

    class Meta:
        icon = "openquote"
        template = "blocks/quote_block.html"
        label = _("Quote or call-out")
        description = _("A quotation with who said it, or a highlighted box for important information.")
        preview_value = {
            "text": "তথ্য জনগণের সম্পদ।",
            "attribution": "জেলা প্রশাসক, রংপুর",
            "style": "quote",
        }


class DataTableBlock(TableBlock):
    """A simple table an editor types into, with an optional header row.

    wagtail-localize skips table blocks it does not know, which would leave Bengali cells on
    English pages; the two methods below hand it each cell (and the caption) as a string.
    """

    def get_translatable_segments(self, value) -> list:
        if not value:
            return []
        segments = []
        if value.get("table_caption"):
            segments.append(StringSegmentValue("caption", value["table_caption"]))
        for row_number, row in enumerate(value.get("data") or []):
            for column_number, cell in enumerate(row):
                if isinstance(cell, str) and cell.strip():
                    segments.append(StringSegmentValue(f"{row_number}.{column_number}", cell))
        return segments

    def restore_translated_segments(self, value, segments) -> dict:
        value = {**value, "data": [list(row) for row in value.get("data") or []]}
        for segment in segments:
            if segment.path == "caption":
                value["table_caption"] = segment.render_text()
            else:
                row_number, column_number = (int(part) for part in segment.path.split("."))
                value["data"][row_number][column_number] = segment.render_text()
        return value

    class Meta:
        icon = "table"
        template = "blocks/table_block.html"
        label = _("Table")
        description = _("A table of text and figures, e.g. a list of officers or fees.")
        preview_value = {
            "first_row_is_table_header": True,
            "data": [["শাখা", "দায়িত্বপ্রাপ্ত কর্মকর্তা"], ["রাজস্ব শাখা", "অতিরিক্ত জেলা প্রশাসক (রাজস্ব)"]],
        }


class VideoEmbedBlock(EmbedBlock):
    """A video or map from an outside site, shown in the page."""

    class Meta:
        icon = "media"
        template = "blocks/embed_block.html"
        label = _("Embed")
        description = _("A video or other media from a web address (e.g. YouTube).")
        preview_value = None


class ParagraphBlock(blocks.RichTextBlock):
    """Running text with links and lists."""

    class Meta:
        icon = "pilcrow"
        template = "blocks/paragraph_block.html"
        label = _("Paragraph")
        description = _("Running text with bold, italics, links and lists.")
        preview_value = "<p>রংপুর জেলা ৮টি উপজেলা নিয়ে গঠিত।</p>"

    def get_api_representation(self, value, context=None) -> str:
        # HTML with public URLs for every front end, never Wagtail's internal link markup.
        return public_html(value.source if value else "", (context or {}).get("request"))


class BodyBlock(blocks.StreamBlock):
    """The body shared by every content page."""

    heading = HeadingBlock()
    paragraph = ParagraphBlock(features=["bold", "italic", "link", "document-link", "ol", "ul"])
    image = CaptionedImageBlock()
    table = DataTableBlock()
    documents = DocumentListBlock()
    quote = QuoteBlock()
    embed = VideoEmbedBlock()


class GalleryImageBlock(CaptionedImageBlock):
    """A photo in a gallery: the same fields, shown as a thumbnail that opens the full picture."""

    class Meta:
        template = "blocks/gallery_image_block.html"
        label = _("Photo")
        description = _("A photo in the gallery, with its description and caption.")


class ServiceBlock(blocks.StructBlock):
    """A service a branch gives citizens, as its citizen charter describes it."""

    name = blocks.CharBlock(label=_("Service"), max_length=255)
    time_limit = blocks.CharBlock(
        label=_("Time limit"), max_length=255, required=False, help_text=_("e.g. 7 working days")
    )
    fee = blocks.CharBlock(label=_("Fee"), max_length=255, required=False, help_text=_("e.g. Tk 20 court fee"))
    charter_service = SnippetChooserBlock(
        "eservice.Service",
        label=_("Service in the citizen charter"),
        required=False,
        help_text=_("Links the service to its page in the e-service centre, where citizens apply."),
    )
    link = blocks.URLBlock(
        label=_("Other web address"),
        required=False,
        help_text=_("For a service the e-service centre does not take, e.g. a national portal."),
    )

    class Meta:
        icon = "tasks"
        template = "blocks/service_block.html"
        label = _("Service")
        description = _("A service with its time limit and fee.")
        preview_value = {"name": "খতিয়ানের সইমোহর নকল", "time_limit": "৭ কর্মদিবস", "fee": "২০ টাকা"}

    def get_api_representation(self, value, context=None):
        # The charter service as clients can follow it in the API, not a bare snippet id.
        data = super().get_api_representation(value, context)
        data["charter_service"] = charter_service_api_representation(value.get("charter_service"))
        return data


class ContactPersonBlock(blocks.StructBlock):
    """An officer readers can contact."""

    designation = blocks.CharBlock(label=_("Designation"), max_length=255)
    name = blocks.CharBlock(label=_("Name"), max_length=255, required=False)
    phone = blocks.CharBlock(label=_("Phone"), max_length=100, required=False)
    email = blocks.EmailBlock(label=_("Email"), required=False)

    class Meta:
        icon = "user"
        template = "blocks/contact_person_block.html"
        label = _("Contact person")
        description = _("An officer with designation, phone and email.")
        preview_value = {"designation": "জেলা প্রশাসক", "phone": "০৫২১-৬৩০০১"}
