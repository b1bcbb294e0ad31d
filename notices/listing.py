"""Notices in a list, each item's HTML made once and kept in the cache under what it shows.

Every list of notices (the board and its archive, the home page's boxes, search results) renders
`notices/includes/notice_item.html` per notice, which was most of a board's rendering time. The
key of an item is a hash of everything the template reads (the notice's id, title or highlighted
title, category, dates, whether it has expired by now, its language and portal, the number of
its files) and of the board's address and language and the reader's language: an item whose
content changed gets a new key, so an old one can never be shown, and nothing needs purging
(old entries expire after `ITEM_SECONDS`). Items with a thumbnail (a rendition's URL) are
rendered each time.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable

from django.core.cache import cache
from django.template import Context
from django.template.loader import get_template
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import get_language

from notices.models import Notice

ITEM_TEMPLATE = "notices/includes/notice_item.html"
ITEM_SECONDS = 60 * 60
KEY_VERSION = 1  # bump when notice_item.html starts to read anything the key lacks


def item_key(notice: Notice, board, base_url: str, language: str, highlighted_title: str | None) -> str:
    fields = (
        KEY_VERSION,
        language,
        board.pk,
        board.locale_id,
        board.site_id,
        base_url,
        notice.pk,
        notice.title if highlighted_title is None else str(highlighted_title),
        notice.category,
        notice.published_at.isoformat() if notice.published_at else "",
        notice.expires_at.isoformat() if notice.expires_at else "",
        notice.is_expired,
        notice.locale_id,
        notice.locale.language_code if notice.locale_id != board.locale_id else "",
        notice.portal_id,
        notice.attachment_count,
    )
    return "notice-item:" + hashlib.sha256(repr(fields).encode()).hexdigest()


def render_items(
    context: Context, notices: Iterable[Notice], board, highlights: dict[int, str] | None = None
) -> SafeString:
    """The `<li>` of each notice on `board`, in order, from the cache where it has them."""
    notices = list(notices)
    if not notices or board is None:
        return mark_safe("")  # noqa: S308 - empty
    request = context.get("request")
    language = get_language()
    base_url = board.get_url(request) or ""
    highlights = highlights or {}
    keys = [item_key(notice, board, base_url, language, highlights.get(notice.pk)) for notice in notices]
    stored = cache.get_many(keys)
    template = get_template(ITEM_TEMPLATE).template
    made, parts = {}, []
    for notice, key in zip(notices, keys, strict=True):
        html = stored.get(key)
        if html is None:
            url = base_url + board.notice_subpath(notice.pk) if base_url else None
            values = {"notice": notice, "board": board, "thumbnail": False, "url": url}
            if notice.pk in highlights:
                values["highlighted_title"] = highlights[notice.pk]
            with context.push(values):
                html = made[key] = template.render(context)
        parts.append(html)
    if made:
        cache.set_many(made, ITEM_SECONDS)
    return mark_safe("".join(parts))  # noqa: S308 - rendered by the (autoescaping) item template
