"""The home page's boxes (the latest notices, and the tenders and leases), and any list of notices."""

from django import template
from django.utils import timezone

from core.locales import content_locales
from core.portals import site_id_for_request
from notices.listing import render_items
from notices.models import Notice, NoticeCategory, NoticeIndexPage

register = template.Library()

HOME_LIST_LENGTH = 5


@register.inclusion_tag("notices/includes/home_notices.html", takes_context=True)
def home_notices(context):
    """Latest current notices and the latest tenders and leases, in the reader's language."""
    request = context.get("request")
    locales = content_locales(request)
    locale = locales.active
    site_id = site_id_for_request(request)
    board = NoticeIndexPage.for_locale(locale, site_id, request)
    notices = Notice.objects.for_reader(locale, locales.default).for_portal(site_id).current(timezone.now())
    notices = notices.for_listing()
    tenders = notices.filter(category__in=[NoticeCategory.TENDER, NoticeCategory.LEASE])
    return {
        "request": request,
        "board": board,
        "latest": list(notices[:HOME_LIST_LENGTH]),
        "tenders": list(tenders[:HOME_LIST_LENGTH]),
        "locale": locale,
    }


@register.simple_tag(takes_context=True)
def notice_url(context, board, notice) -> str:
    return board.notice_url(notice, context.get("request")) if board else ""


@register.simple_tag(takes_context=True)
def notice_items(context, notices, board):
    """The `<li>` of each notice on `board` (notices/includes/notice_item.html), cached per item."""
    return render_items(context, notices, board)
