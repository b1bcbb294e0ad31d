"""Load what a list of notices shows in a fixed number of queries, however long the list is.

Attachments sit in a StreamField, and rich text links are resolved per call; done one notice
at a time both would cost queries per notice. These helpers do them for the whole list at once.
"""

import re
from collections.abc import Iterable
from uuid import uuid4

from wagtail.documents import get_document_model
from wagtail.rich_text import expand_db_html

from notices.models.notice import Notice

# The database form of internal links and embeds in rich text: <a linktype="page" id="3">,
# <embed embedtype="image" .../>.
DB_TAG = re.compile(r"<a\b[^>]*\blinktype=[^>]*>|<embed\b[^>]*/>")


def stored_attachments(attachments) -> list[int]:
    """The document ids of a notice's several attachments (its StreamField value), as stored,
    without loading the documents."""
    return [
        item["value"] for item in attachments.raw_data if item and item.get("type") == "document" and item.get("value")
    ]


def attachment_ids(notice: Notice) -> list[int]:
    """Document ids in reading order: the single attachment, then the several ones."""
    ids = [notice.attachment_id] if notice.attachment_id else []
    return ids + stored_attachments(notice.attachments)


def load_attachments(notices: Iterable[Notice]) -> None:
    """Set `notice.documents` (attachment first, then the several ones) with one query for all."""
    notices = list(notices)
    wanted = {pk for notice in notices for pk in attachment_ids(notice)}
    documents = get_document_model().objects.in_bulk(wanted) if wanted else {}
    for notice in notices:
        notice.documents = [documents[pk] for pk in attachment_ids(notice) if pk in documents]


def expand_bodies(notices: Iterable[Notice]) -> dict[int, str]:
    """Each notice's body as front-end HTML, internal links resolved once for all notices."""
    notices = list(notices)
    bodies = {notice.pk: notice.body or "" for notice in notices}
    # Wagtail resolves the links of one string together, but looks up the locale once per
    # link; so each distinct link or embed tag is expanded once, however many bodies use it.
    tags = sorted({tag for body in bodies.values() for tag in DB_TAG.findall(body)})
    if not tags:
        return bodies
    marker = f"<!--notice-{uuid4().hex}-->"
    expanded = dict(zip(tags, expand_db_html(marker.join(tags)).split(marker), strict=True))
    return {pk: DB_TAG.sub(lambda match: expanded[match.group(0)], body) for pk, body in bodies.items()}
