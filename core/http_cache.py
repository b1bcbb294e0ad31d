"""Who may keep an answer of the site, and for how long: the one HTTP caching policy.

Every response passes ``CachePolicyMiddleware`` (outside the session, CSRF and message
middleware, so it sees every cookie they set). It decides, in this order:

**Private, never stored** (``Cache-Control: no-store, no-cache, must-revalidate, private,
max-age=0``, ``core.http.no_store``) when any of these holds:

- the request is not GET or HEAD;
- the request carries an ``Authorization`` header, the session cookie (``sessionid``, i.e.
  someone signed in, or a page password given) or django.contrib.messages' ``messages`` cookie;
- the path matches ``settings.HTTP_CACHE_PRIVATE_PATHS``: the admin, ``/accessibility/``, the
  API's applications and preview endpoints, and every e-service centre's ``apply/<service>/``,
  ``receipt/<tracking number>/`` (HTML and PDF) and ``track/``;
- the response sets a cookie. A page that embeds a CSRF token (the apply, track and feedback
  forms) always does, because Django sets or renews the ``csrftoken`` cookie whenever a token
  is rendered, so **a form page is private**: its token is one reader's, and a shared copy
  would hand everyone the same token. Form errors only ever follow a POST, which is private;
- the response's status is anything but 200, 301 or 404 (redirects that depend on the reader,
  errors, 429 and 503 are never kept);
- the response already says ``private`` or ``no-store`` (Wagtail says so for pages behind a
  password or sign-in; our views for receipts, tracking and preview);
- the template used the request's CSP nonce (a stored copy would reuse one nonce for everyone).

**Public** otherwise: unless the view chose its own ``Cache-Control`` (the display board asks
for ``no-cache``), ``Cache-Control: public, max-age=PAGE_CACHE_MAX_AGE,
s-maxage=PAGE_CACHE_S_MAXAGE, stale-while-revalidate=PAGE_CACHE_STALE_WHILE_REVALIDATE``.
ConditionalGetMiddleware adds the ETag and answers ``If-None-Match`` with 304. Public HTML
also gets ``Vary: Cookie``: the reading options below are cookies, and a browser must fetch
the page again after the reader changes them.

Reading options (text size, high contrast) and what a shared cache must do
--------------------------------------------------------------------------
They are chosen with plain links to ``/accessibility/`` (no JavaScript), which set two cookies
and redirect back. Only their **normalised** values change a page, so one URL has at most six
variants (3 text sizes x contrast on/off):

- ``a11y_text``: ``normal`` | ``large`` | ``larger``; anything else, or no cookie, is ``normal``;
- ``a11y_contrast``: ``on`` is on; anything else, or no cookie, is off.

The variant's name is ``<text>-<on|off>``, e.g. ``normal-off`` (the default), ``larger-on``
(``ReadingOptions.variant``). A proxy or CDN in front of the site (the VCL in ``deploy/``) must:

1. **pass** (neither look up nor store) a request that is not GET/HEAD, that has an
   ``Authorization`` header, or whose Cookie header holds ``sessionid`` or ``messages``; and
   pass ``/admin/`` and the private paths above (the response's ``private, no-store`` says so
   too; passing early only saves a wasted lookup);
2. for every other request, compute ``X-A11y`` from the cookies as above, **replace the Cookie
   header** with exactly the normalised pair (``a11y_text=<text>; a11y_contrast=<on|off>``),
   or remove it when the variant is ``normal-off``, so every other cookie (``csrftoken``,
   ``django_language``, analytics) is stripped, and add ``X-A11y`` to the cache key
   (``hash_data(req.http.X-A11y)``); the canonical Cookie header also keeps ``Vary: Cookie``
   at six variants;
3. for ``/api/``, normalise ``Accept-Language`` to ``bn`` or ``en`` (public API answers carry
   ``Vary: Accept-Language``; the language may also come from ``?locale=``, part of the URL);
4. store only what the app marks ``public`` (``s-maxage`` is the shared lifetime; honour
   ``stale-while-revalidate``) and never a response with ``Set-Cookie`` (the app never marks
   one public).

Purges come through ``wagtail.contrib.frontend_cache`` (``WAGTAILFRONTENDCACHE``) with the
page's absolute URL; a proxy should drop every variant (all X-A11y values, every query string)
of the purged path. docs/caching.md says the same for operators.
"""

import re
from dataclasses import dataclass

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.utils.cache import cc_delim_re, patch_cache_control, patch_vary_headers

from core.http import no_store

TEXT_COOKIE = "a11y_text"
CONTRAST_COOKIE = "a11y_contrast"
TEXT_SIZES = ("normal", "large", "larger")
# django.contrib.messages' cookie storage: a message meant for one reader.
MESSAGES_COOKIE = "messages"
SAFE_METHODS = ("GET", "HEAD")
CACHEABLE_STATUSES = frozenset({200, 301, 404})


@dataclass(frozen=True)
class ReadingOptions:
    """A reader's text size and contrast, normalised to one of six variants."""

    text: str = "normal"
    contrast: bool = False

    @property
    def variant(self) -> str:
        return f"{self.text}-{'on' if self.contrast else 'off'}"

    @property
    def css_classes(self) -> str:
        return f"text-{self.text}" + (" high-contrast" if self.contrast else "")


def reading_options(request: HttpRequest) -> ReadingOptions:
    text = request.COOKIES.get(TEXT_COOKIE)
    return ReadingOptions(
        text=text if text in TEXT_SIZES else "normal",
        contrast=request.COOKIES.get(CONTRAST_COOKIE) == "on",
    )


def is_private_path(path: str) -> bool:
    return any(re.match(pattern, path) for pattern in settings.HTTP_CACHE_PRIVATE_PATHS)


def is_personal_request(request: HttpRequest) -> bool:
    """Whatever answers this request concerns one reader (or may): never shared, never stored."""
    return (
        request.method not in SAFE_METHODS
        or "HTTP_AUTHORIZATION" in request.META
        or settings.SESSION_COOKIE_NAME in request.COOKIES
        or MESSAGES_COOKIE in request.COOKIES
        or is_private_path(request.path_info)
    )


def cache_directives(response: HttpResponse) -> dict[str, str | bool]:
    """The response's Cache-Control as {directive: value or True}, directives in lower case."""
    directives: dict[str, str | bool] = {}
    for part in cc_delim_re.split(response.get("Cache-Control", "")):
        name, _equals, value = part.strip().partition("=")
        if name:
            directives[name.lower()] = value.strip('"') if _equals else True
    return directives


def _is_personal_response(request: HttpRequest, response: HttpResponse) -> bool:
    directives = cache_directives(response)
    return (
        bool(response.cookies)
        or response.status_code not in CACHEABLE_STATUSES
        or "private" in directives
        or "no-store" in directives
        # django-csp keeps the nonce on the request once a template has asked for it.
        or isinstance(getattr(request, "_csp_nonce", None), str)
    )


def apply_policy(request: HttpRequest, response: HttpResponse) -> HttpResponse:
    """Mark `response` private (never stored) or public (shared caches may keep it)."""
    if is_personal_request(request) or _is_personal_response(request, response):
        return no_store(response)
    if not response.has_header("Cache-Control"):
        patch_cache_control(
            response,
            public=True,
            max_age=settings.PAGE_CACHE_MAX_AGE,
            s_maxage=settings.PAGE_CACHE_S_MAXAGE,
            stale_while_revalidate=settings.PAGE_CACHE_STALE_WHILE_REVALIDATE,
        )
    if response.get("Content-Type", "").startswith("text/html"):
        patch_vary_headers(response, ("Cookie",))
    return response


def shared_lifetime(response: HttpResponse) -> int:
    """Seconds a shared cache may keep `response` (0: not at all)."""
    directives = cache_directives(response)
    if "public" not in directives or {"private", "no-store", "no-cache"} & directives.keys():
        return 0
    lifetime = directives.get("s-maxage", directives.get("max-age", "0"))
    try:
        return max(int(lifetime), 0)
    except (TypeError, ValueError):
        return 0


class CachePolicyMiddleware:
    """Applies `apply_policy` to every response. Must come before (outside) the session, CSRF
    and message middleware, so that the cookies they set are seen."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        return apply_policy(request, self.get_response(request))
