"""The notice board's list and archive: the board's own routes hand each request to this."""

from django.core.paginator import Paginator
from django.db.models import Count, QuerySet
from django.db.models.functions import ExtractYear
from django.http import HttpRequest
from django.utils import timezone
from wagtail.models import Page

from core.i18n import is_bengali
from core.text import search_query
from notices.forms import NoticeFilterForm
from notices.models.notice import NoticeCategory


def board_context(request: HttpRequest, board: Page, archive: bool) -> dict:
    """The board (a NoticeIndexPage) or its archive, filtered by a validated form, newest first, paginated."""
    now = timezone.now()
    notices = board.notices(request)
    notices = notices.archived(now) if archive else notices.current(now)
    per_year = count_per_year(notices)
    form = NoticeFilterForm(request.GET, years=list(per_year), bengali=is_bengali())
    form.is_valid()
    # Only the fields that passed validation filter the list; the others show their error.
    filters = form.cleaned_data
    if filters.get("category"):
        notices = notices.filter(category=filters["category"])
    if filters.get("year"):
        notices = notices.filter(published_at__year=filters["year"])
    notices = notices.for_listing()
    if filters.get("q"):
        notices = notices.search(search_query(filters["q"]), order_by_relevance=False)
    paginator = Paginator(notices, board.per_page)
    if not filters.get("category") and not filters.get("q"):
        # Listed by year alone, the count per year already says how many: no second COUNT query.
        paginator.count = per_year.get(filters["year"], 0) if filters.get("year") else sum(per_year.values())
    page = paginator.get_page(request.GET.get("page"))
    return {
        "board": board,
        "archive": archive,
        "filter_form": form,
        "notices": page,
        "categories": NoticeCategory.choices,
        "selected_category": filters.get("category", ""),
        "querystring": _querystring_without_page(request),
    }


def count_per_year(notices: QuerySet) -> dict[int, int]:
    """How many of `notices` each year has (in the site's time zone), newest year first: one query."""
    rows = (
        notices.annotate(year=ExtractYear("published_at")).values("year").annotate(count=Count("pk")).order_by("-year")
    )
    return {row["year"]: row["count"] for row in rows}


def _querystring_without_page(request: HttpRequest) -> str:
    query = request.GET.copy()
    query.pop("page", None)
    return query.urlencode()
