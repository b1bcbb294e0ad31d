"""The page cache: whole public answers kept in Django's ``pagecache`` cache and served again
without running the view or touching the database.

``PageCacheMiddleware`` sits just inside whitenoise and ConditionalGetMiddleware (so hits get
ETags and 304s), outside the session middleware and ``core.http_cache.CachePolicyMiddleware``.
With ``PAGE_CACHE_ENABLED``:

- a personal request (``core.http_cache.is_personal_request``: not GET/HEAD, a session,
  ``Authorization``, a private path) is never looked up and never stored (``X-Page-Cache: pass``);
- any other GET/HEAD is looked up (``hit`` or ``miss``); a GET's response is stored when the
  policy made it public with a shared lifetime (``s-maxage``), it is not streamed, and it varies
  on nothing the key does not hold. It is kept for the shorter of its ``s-maxage`` and
  ``PAGE_CACHE_TIMEOUT``; a hit says its ``Age``.

The cache alias ``pagecache`` is a local-memory cache per process by default and the shared
Redis when ``REDIS_URL`` is set (``core.cache.FailSafeRedisCache``: a Redis that fails only
turns hits into misses). A purge made by another process (a task worker, another gunicorn
worker, another app server) reaches only a shared cache: set ``REDIS_URL`` when there is more
than one process.

Keys (all hashed with SHA-256, under the cache's KEY_PREFIX):

- ``h:<host>`` → the canonical host of a request's Host: the netloc of the Wagtail Site that
  served it (``Site.root_url``, as purge URLs carry it), learned on a miss; so a page reached as
  ``127.0.0.1:8000`` is purged by its site's URL ``http://localhost:8000/...``;
- ``g:<canonical host>`` → a random token per site (``purge_hosts`` replaces it: everything on
  that host is gone);
- ``v:<canonical host> <path>`` → a random token per path (``purge_urls`` drops it);
- ``e:<scheme> <canonical host> <path> <query> <language> <reading variant> <g token> <v token>``
  → the stored answer. The reading variant (``core.http_cache.ReadingOptions.variant``, at
  most six) is left out for paths whose answers never show it (the API, feeds of files).

So a purge of ``https://host/bn/notices/`` drops that path with every query string, language
variant of the key and reading variant at once, and nothing else; tokens are never reused, so a
token lost from the cache can only cost misses, never bring back an old page. A purge deletes
the path token at once and again when the current transaction commits, so a request that read
the old content before the commit cannot keep it under the new token.
"""

import hashlib
import logging
import secrets
import time
from urllib.parse import unquote, urlsplit

from django.conf import settings
from django.core.cache import caches
from django.db import transaction
from django.http import HttpRequest, HttpResponse
from django.utils.cache import cc_delim_re, set_response_etag
from django.utils.translation import get_language_from_request
from wagtail.contrib.frontend_cache.backends.base import BaseBackend

from core.http_cache import is_personal_request, reading_options, shared_lifetime

logger = logging.getLogger("rangpur.cache")

CACHE_ALIAS = "pagecache"
HEADER = "X-Page-Cache"
# Tokens and host names outlive the entries they name; losing one only costs misses.
TOKEN_TIMEOUT = 60 * 60 * 24
# Answers under these paths are the same whatever the reader's text size and contrast.
READING_NEUTRAL_PREFIXES = ("/api/", "/sitemap.xml", "/robots.txt", "/media/", "/documents/")
# Vary headers the key already accounts for (Cookie: only the reading options are read from
# cookies of a request that is not personal) or that are added outside the cache (Origin).
KEYED_VARY = frozenset({"cookie", "accept-language", "authorization", "origin", "accept-encoding"})
# Headers that describe one exchange, not the stored answer.
UNSTORED_HEADERS = frozenset({"set-cookie", "age", "date", HEADER.lower()})
DEFAULT_PORTS = {"80", "443"}


def _cache():
    # Settings that name no `pagecache` (an operator's own CACHES) share the default cache.
    return caches[CACHE_ALIAS if CACHE_ALIAS in settings.CACHES else "default"]


def _digest(*parts: str) -> str:
    return hashlib.sha256("\x1f".join(parts).encode()).hexdigest()[:40]


def normalise_host(netloc: str) -> str:
    """``Example.org:80`` → ``example.org``: the form used in keys."""
    host, _colon, port = netloc.lower().rpartition(":") if netloc.count(":") == 1 else (netloc.lower(), "", "")
    return host if port in DEFAULT_PORTS else netloc.lower()


def host_key(host: str) -> str:
    return "h:" + _digest(host)


def generation_key(canonical_host: str) -> str:
    return "g:" + _digest(canonical_host)


def path_key(canonical_host: str, path: str) -> str:
    return "v:" + _digest(canonical_host, path)


def _new_token() -> str:
    return secrets.token_hex(8)


class PageKey:
    """Where the answer to one request is (or would be) stored."""

    def __init__(self, request: HttpRequest):
        self.host = normalise_host(request.get_host())
        self.canonical = _cache().get(host_key(self.host)) or self.host
        self.path = request.path
        reading = "" if self.path.startswith(READING_NEUTRAL_PREFIXES) else reading_options(request).variant
        self.parts = (
            request.scheme,
            self.canonical,
            self.path,
            request.META.get("QUERY_STRING", ""),
            get_language_from_request(request, check_path=True),
            reading,
        )
        self.token_keys = (generation_key(self.canonical), path_key(self.canonical, self.path))
        self.tokens = _cache().get_many(self.token_keys)

    def entry_key(self) -> str | None:
        if len(self.tokens) < len(self.token_keys):
            return None
        return "e:" + _digest(*self.parts, *(self.tokens[key] for key in self.token_keys))

    def lookup(self):
        key = self.entry_key()
        return _cache().get(key) if key else None

    def claim_tokens(self) -> bool:
        """Make sure both tokens exist before the view runs (False: the cache keeps nothing)."""
        cache = _cache()
        for key in self.token_keys:
            if key not in self.tokens:
                cache.add(key, _new_token(), TOKEN_TIMEOUT)
        self.tokens = cache.get_many(self.token_keys)
        return self.entry_key() is not None

    def store(self, request: HttpRequest, response: HttpResponse, lifetime: int) -> None:
        site = getattr(request, "_wagtail_site", None)
        if site is not None:
            canonical = normalise_host(urlsplit(site.root_url).netloc)
            if canonical != self.canonical:
                # Keyed under the wrong host: learn it, and store on the next request.
                _cache().set(host_key(self.host), canonical, TOKEN_TIMEOUT)
                return
        key = self.entry_key()
        if key is None:
            return
        if not response.has_header("ETag"):
            set_response_etag(response)
        headers = [(name, value) for name, value in response.items() if name.lower() not in UNSTORED_HEADERS]
        entry = (time.time(), response.status_code, headers, response.content)
        _cache().set(key, entry, min(lifetime, settings.PAGE_CACHE_TIMEOUT))


def _response_from(entry, request: HttpRequest) -> HttpResponse:
    stored_at, status, headers, content = entry
    response = HttpResponse(b"" if request.method == "HEAD" else content, status=status)
    for name, value in headers:
        response[name] = value
    response["Age"] = str(max(int(time.time() - stored_at), 0))
    response[HEADER] = "hit"
    return response


def _storable(response: HttpResponse) -> int:
    """The lifetime to store `response` for; 0 when it must not be stored."""
    if response.streaming or response.cookies:
        return 0
    vary = {header.strip().lower() for header in cc_delim_re.split(response.get("Vary", "")) if header.strip()}
    if not vary <= KEYED_VARY:
        return 0
    return min(shared_lifetime(response), settings.PAGE_CACHE_TIMEOUT)


class PageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if not settings.PAGE_CACHE_ENABLED:
            return self.get_response(request)
        if is_personal_request(request):
            response = self.get_response(request)
            response[HEADER] = "pass"
            return response
        key = PageKey(request)
        entry = key.lookup()
        if entry is not None:
            return _response_from(entry, request)
        can_store = request.method == "GET" and key.claim_tokens()
        response = self.get_response(request)
        response[HEADER] = "miss"
        lifetime = _storable(response) if can_store else 0
        if lifetime:
            key.store(request, response, lifetime)
        return response


# --- purging ---------------------------------------------------------------------------------


def _canonical_hosts(netlocs: set[str]) -> dict[str, str]:
    """Each host as purge URLs give it → its canonical host (itself unless learned otherwise)."""
    learned = _cache().get_many([host_key(host) for host in netlocs])
    return {host: learned.get(host_key(host), host) for host in netlocs}


def _delete_now_and_on_commit(keys: list[str]) -> None:
    if not keys:
        return
    _cache().delete_many(keys)
    # The purge may run inside the transaction that publishes: a request that reads the old
    # content before the commit could store it again under a new token, so drop that too.
    transaction.on_commit(lambda: _cache().delete_many(keys))


def purge_urls(urls) -> None:
    """Drop every stored answer for the paths of these absolute URLs (any query, any variant)."""
    parsed = [urlsplit(url) for url in urls]
    canonical = _canonical_hosts({normalise_host(url.netloc) for url in parsed})
    # Purge URLs are percent-encoded (Bengali slugs); request.path, which keys use, is not.
    keys = {path_key(canonical[normalise_host(url.netloc)], unquote(url.path) or "/") for url in parsed}
    _delete_now_and_on_commit(sorted(keys))


def purge_hosts(hostnames) -> None:
    """Drop every stored answer of these hosts (e.g. ``localhost:8000``), whatever the path."""
    canonical = _canonical_hosts({normalise_host(host) for host in hostnames})
    _delete_now_and_on_commit(sorted({generation_key(host) for host in canonical.values()}))


class PageCacheBackend(BaseBackend):
    """``wagtail.contrib.frontend_cache`` backend for the page cache:
    ``WAGTAILFRONTENDCACHE = {"pagecache": {"BACKEND": "core.page_cache.PageCacheBackend"}}``.
    Wagtail calls it on publish and unpublish with each page's URLs in every language; the
    purge signal handlers call it for everything else that shows the page."""

    def purge(self, url: str) -> None:
        purge_urls([url])

    def purge_batch(self, urls) -> None:
        purge_urls(urls)
