"""HTTP caching rules shared by every app: one way to say "never store this"."""

from django.http import HttpResponse
from django.utils.cache import add_never_cache_headers

# Personal or secret answers (a citizen's application, an uploaded file, a draft in preview):
# never kept by a browser, a proxy or a CDN.
NO_STORE = "no-store, no-cache, must-revalidate, private, max-age=0"


def no_store(response: HttpResponse) -> HttpResponse:
    """Mark `response` as never to be stored by any cache, and return it."""
    add_never_cache_headers(response)
    response["Cache-Control"] = NO_STORE
    return response
