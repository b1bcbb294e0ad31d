"""How images, documents and rich text go out in the API, shared by every router and page type.

Images go out as a fixed set of renditions with their sizes; the alt text comes from the
content that shows the image (a page's `photo_alt`, a block's `alt_text`), because alt text
is translated with the content and not stored on the image. Documents go out as title, URL,
size and content type. Rich text goes out as HTML with public URLs, never Wagtail's internal
`<a linktype=...>` markup. Every URL is absolute, so a client needs no base address.
"""

import re

from django.conf import settings
from django.http import HttpRequest
from wagtail.images.models import Filter
from wagtail.rich_text import expand_db_html

from core.representations.schema import ItemSchema

# Images go out as this fixed set of renditions, named for what clients use them for.
RENDITIONS = {"thumbnail": "fill-320x240", "medium": "max-800x600", "large": "max-1600x1200"}
# Their filters, made once, as Wagtail's own `{% image %}` tag makes its filter once per template:
# a Filter made from a spec string parses it and looks up the image operation hooks again, at
# every call (a tenth of the work of a photo's representation).
RENDITION_FILTERS = tuple(Filter(spec=spec) for spec in RENDITIONS.values())

# A root-relative href or src in expanded HTML ("/bn/...", "/documents/..."), not "//host".
_RELATIVE_URL = re.compile(r'(\s(?:href|src)=")(/(?!/)[^"]*)"')


class RenditionSchema(ItemSchema):
    url: str
    width: int
    height: int


class PhotoSchema(ItemSchema):
    url: str
    alt: str
    width: int
    height: int
    renditions: dict[str, RenditionSchema]


# Not "DocumentSchema": OpenAPI components are named by class, and Wagtail's /documents/ has one.
class AttachmentSchema(ItemSchema):
    title: str
    url: str
    size: int | None
    content_type: str


def public_url(url: str, request: HttpRequest | None = None) -> str:
    """`url` made absolute: from the request when there is one, else from WAGTAILAPI_BASE_URL."""
    if not url or "://" in url:
        return url or ""
    if request is not None:
        return request.build_absolute_uri(url)
    base = (getattr(settings, "WAGTAILAPI_BASE_URL", "") or "").rstrip("/")
    return f"{base}{url}"


def photo_representation(image, alt: str = "", request: HttpRequest | None = None) -> dict | None:
    """An image as PhotoSchema: original URL and size, the alt text given, and every rendition."""
    if image is None:
        return None
    # One call for all specs; it reads `prefetched_renditions` when a listing prefetched them.
    renditions = image.get_renditions(*RENDITION_FILTERS)
    return {
        "url": public_url(image.file.url, request),
        "alt": alt or "",
        "width": image.width,
        "height": image.height,
        "renditions": {
            name: {
                "url": public_url(renditions[spec].url, request),
                "width": renditions[spec].width,
                "height": renditions[spec].height,
            }
            for name, spec in RENDITIONS.items()
        },
    }


def document_representation(document, request: HttpRequest | None = None) -> dict | None:
    """A document as AttachmentSchema: title, public URL, size in bytes and content type."""
    if document is None:
        return None
    return {
        "title": document.title,
        "url": public_url(document.url, request),
        "size": document.get_file_size(),
        "content_type": document.content_type,
    }


def public_html(source: str | None, request: HttpRequest | None = None) -> str:
    """Stored rich text as HTML for clients: links expanded to public, absolute URLs."""
    if not source:
        return ""
    html = expand_db_html(str(source))
    return _RELATIVE_URL.sub(lambda match: f'{match.group(1)}{public_url(match.group(2), request)}"', html)
