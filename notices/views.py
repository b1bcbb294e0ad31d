"""The notice board's list and archive, and the site search over pages and notices."""

from django.core.paginator import Paginator
from django.http import HttpRequest
from django.template.response import TemplateResponse
from django.utils import timezone
from django.views.decorators.http import require_GET
from wagtail.models import Locale, Page

from core.i18n import is_bengali
from notices.forms import NoticeFilterForm, SiteSearchForm
from notices.models import Notice, NoticeCategory, NoticeIndexPage

SEARCH_RESULTS_PER_PAGE = 20


def board_context(request: HttpRequest, board: NoticeIndexPage, archive: bool) -> dict:
    """The board (or its archive) filtered by a validated form, newest first, paginated."""
    now = timezone.now()
    notices = Notice.objects.for_reader(board.locale)
    notices = notices.archived(now) if archive else notices.current(now)
    years = [moment.year for moment in notices.datetimes("published_at", "year", order="DESC")]
    form = NoticeFilterForm(request.GET, years=years, bengali=is_bengali())
    form.is_valid()
    # Only the fields that passed validation filter the list; the others show their error.
    filters = form.cleaned_data
    if filters.get("category"):
        notices = notices.filter(category=filters["category"])
    if filters.get("year"):
        notices = notices.filter(published_at__year=filters["year"])
    notices = notices.for_listing()
    if filters.get("q"):
        notices = notices.search(filters["q"], order_by_relevance=False)
    page = Paginator(notices, board.per_page).get_page(request.GET.get("page"))
    return {
        "board": board,
        "archive": archive,
        "filter_form": form,
        "notices": page,
        "categories": NoticeCategory.choices,
        "selected_category": filters.get("category", ""),
        "querystring": _querystring_without_page(request),
    }


def _querystring_without_page(request: HttpRequest) -> str:
    query = request.GET.copy()
    query.pop("page", None)
    return query.urlencode()


@require_GET
def site_search(request: HttpRequest):
    """Search pages and notices in the reader's language (NFC-normalised, whole words)."""
    form = SiteSearchForm(request.GET)
    query = form.cleaned_data["q"] if form.is_valid() else ""
    locale = Locale.get_active()
    pages = notices = None
    if query:
        pages = Page.objects.live().public().filter(locale=locale).exclude(depth=1).specific()
        pages = pages.search(query)[:SEARCH_RESULTS_PER_PAGE]
        notices = Notice.objects.for_reader(locale).for_listing()
        notices = notices.search(query, order_by_relevance=False)[:SEARCH_RESULTS_PER_PAGE]
    return TemplateResponse(
        request,
        "search/search.html",
        {
            "form": form,
            "query": query,
            "search_pages": pages,
            "search_notices": notices,
            "board": NoticeIndexPage.for_locale(locale),
        },
    )
