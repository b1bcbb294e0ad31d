"""One bound on the size of every request body, checked before any of it is read.

Django limits the form fields it keeps in memory (DATA_UPLOAD_MAX_MEMORY_SIZE) but streams
uploaded files to disk whatever their size, and a form learns a file is too large only after
it has all been received. This middleware compares the declared Content-Length with the
allowance for the address (``REQUEST_BODY_MAX_BYTES``, or the first matching pattern of
``REQUEST_BODY_ALLOWANCES``, where the upload forms get their real maximums) and answers 413
before anything reads the body: problem+json under /api/, a page in both languages elsewhere.

The header also bounds the stream: under WSGI, Django reads at most Content-Length bytes of a
request (a request without the header has an empty body), so a client cannot send more than it
declared. The proxy in front (``client_max_body_size`` or its equivalent) should refuse the
same sizes, so a large body is not even buffered there.
"""

import re
from functools import cache

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.template.loader import render_to_string
from django.utils.translation import gettext as _
from wagtail.api.v3.errors import problem_response

API_PREFIX = "/api/"


@cache
def _allowances(rules: tuple[tuple[str, int], ...]) -> list[tuple[re.Pattern, int]]:
    return [(re.compile(pattern), limit) for pattern, limit in rules]


def body_allowance(path: str) -> int:
    """The largest body, in bytes, a request to `path` may carry."""
    for pattern, limit in _allowances(tuple(tuple(rule) for rule in settings.REQUEST_BODY_ALLOWANCES)):
        if pattern.match(path):
            return limit
    return settings.REQUEST_BODY_MAX_BYTES


def declared_length(request: HttpRequest) -> int:
    try:
        return max(0, int(request.META.get("CONTENT_LENGTH") or 0))
    except ValueError:
        return 0  # Django reads no body at all when the header is not a number.


def too_large(request: HttpRequest, allowance: int) -> HttpResponse:
    megabytes = max(1, allowance // (1024 * 1024))
    if request.path.startswith(API_PREFIX):
        return problem_response(
            status=413, detail=_("The request is too large: send at most %(size)s MB.") % {"size": megabytes}
        )
    html = render_to_string("413.html", {"megabytes": megabytes})
    return HttpResponse(html, status=413)


class RequestBodyLimitMiddleware:
    """Answers 413 to a request whose declared body is larger than its address allows."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        allowance = body_allowance(request.path)
        if declared_length(request) > allowance:
            response = too_large(request, allowance)
            # The unread body is still on the connection: close it rather than read it away.
            response["Connection"] = "close"
            return response
        return self.get_response(request)
