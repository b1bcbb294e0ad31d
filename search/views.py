"""The site search over pages and notices.

Words are matched whole and in NFC (the form pages and notices are stored in, see core/text.py),
each by any of its forms, so an inflected Bengali word finds its base and the other way round
(core/stemming.py); on SQLite the Bengali tokenizer of notices/migrations/0002_bengali_search_tokenizer.py keeps
Bengali words whole in the index.
"""

from django.http import HttpRequest
from django.template.response import TemplateResponse
from django.views.decorators.http import require_GET
from wagtail.models import Page

from core.locales import content_locales
from core.portals import site_id_for_request, within_site
from core.text import search_query
from core.visibility import public
from notices.models import Notice, NoticeIndexPage
from search.forms import SiteSearchForm

SEARCH_RESULTS_PER_PAGE = 20


@require_GET
def site_search(request: HttpRequest):
    """Search pages and notices in the reader's language (NFC-normalised, whole words)."""
    form = SiteSearchForm(request.GET)
    query = form.cleaned_data["q"] if form.is_valid() else ""
    locales = content_locales(request)
    locale = locales.active
    site_id = site_id_for_request(request)
    pages = notices = None
    if query:
        terms = search_query(query)
        # Only the portal's own tree and notices (with the district's shared with it).
        # Search filters take `id`, not paths.
        portal_pages = public(Page.objects.filter(within_site(site_id, request)), request).values("id")
        # Results show a title, a description and a link, all plain Page fields: no `specific()`,
        # which would cost a query per page type found.
        pages = Page.objects.live().filter(id__in=portal_pages, locale=locale).exclude(depth=1)
        pages = pages.search(terms)[:SEARCH_RESULTS_PER_PAGE]
        notices = Notice.objects.for_reader(locale, locales.default).for_portal(site_id).for_listing()
        notices = notices.search(terms, order_by_relevance=False)[:SEARCH_RESULTS_PER_PAGE]
    return TemplateResponse(
        request,
        "search/search.html",
        {
            "form": form,
            "query": query,
            "search_pages": pages,
            "search_notices": notices,
            "board": NoticeIndexPage.for_locale(locale, site_id, request),
        },
    )
