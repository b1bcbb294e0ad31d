"""Sending URLs to the front caches (Varnish, a CDN, the in-process page cache) once a change is
committed, and the per-site generation number that keys the fragment caches.

Which URLs a change shows on is decided by the apps that know the content (home's
`cache_invalidation`, notices' `purge`); this module only delivers them, with two rules:

- after the commit: a reader who asks between the purge and the commit would otherwise put the
  old content back into the cache for its whole lifetime;
- a purge that fails (Varnish down, a CDN refusing) is logged (logger ``rangpur.purge``) and
  never fails the publish that caused it: the cache entries then expire on their own
  (`s-maxage`), while an editor's lost work would not come back.

URLs go through Wagtail's own `purge_urls_from_cache` (the backends of WAGTAILFRONTENDCACHE,
run by the task backend, so a worker sends them when one is configured).
"""

import logging
import time
from collections.abc import Callable, Iterable

from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from wagtail.contrib.frontend_cache.utils import purge_urls_from_cache

logger = logging.getLogger("rangpur.purge")

GENERATION_KEY = "fragments:generation:{site_id}"


def purge_after_commit(urls: Iterable[str], later: Callable[[], Iterable[str]] | None = None) -> None:
    """Purge `urls` (absolute, with their portal's host) once the current transaction commits;
    `later`, if given, lists more URLs then (e.g. a whole portal, as the change leaves it)."""
    if not getattr(settings, "WAGTAILFRONTENDCACHE", None):
        return  # no front cache configured (the embedded default): nothing to tell, nothing to list
    batch = {url for url in urls if url}
    if batch or later is not None:
        transaction.on_commit(lambda: _purge_now(batch, later))


def _purge_now(urls: set[str], later: Callable[[], Iterable[str]] | None) -> None:
    try:
        if later is not None:
            urls = urls | set(later())
        purge_urls_from_cache(sorted(urls))
    except Exception:
        # Deliberately broad: any backend's failure (network, credentials, a bad answer) must
        # leave the editor's change published. The entries expire by their s-maxage instead.
        logger.exception("Could not purge %d URLs from the front caches; they expire on their own.", len(urls))


def fragment_generation(site_id: int | None) -> int:
    """The current generation of `site_id`'s fragments.

    Fragment cache keys carry it, so a new generation retires every fragment of that site at
    once, whatever language or page they were made for, without knowing their keys. It is a
    fresh timestamp, never a counter: a generation the cache evicted (or lost in a restart) is
    replaced by one no stored fragment has ever used, never by an old value again.
    """
    key = GENERATION_KEY.format(site_id=site_id)
    generation = cache.get(key)
    if generation is None:
        cache.add(key, time.time_ns(), timeout=None)
        # Another server may have added its own first: everyone uses the stored one. With the
        # cache down nothing is stored, so any value will do.
        generation = cache.get(key) or time.time_ns()
    return generation


def bump_fragment_generation(site_ids: Iterable[int]) -> None:
    """Retire the fragments of these sites, now and again after the commit (a reader between the
    two would otherwise store the old content under the new generation)."""
    site_ids = sorted(set(site_ids))
    if not site_ids:
        return
    _bump(site_ids)
    transaction.on_commit(lambda: _bump(site_ids))


def _bump(site_ids: list[int]) -> None:
    # A fail-safe cache that is down stores nothing (and logs): then no fragment is stored
    # either, so none can be stale.
    cache.set_many({GENERATION_KEY.format(site_id=site_id): time.time_ns() for site_id in site_ids}, timeout=None)
