"""Sending URLs to the front caches (Varnish, a CDN, the in-process page cache) once a change is
committed, and the generation numbers that key the fragment caches (one per site, one for the
images and documents).

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
from django.db.models.signals import post_delete, post_save
from wagtail.contrib.frontend_cache.utils import purge_urls_from_cache
from wagtail.documents import get_document_model
from wagtail.images import get_image_model

logger = logging.getLogger("rangpur.purge")

GENERATION_KEY = "fragments:generation:{site_id}"
MEDIA_GENERATION_KEY = "fragments:media-generation"
# Renewed with any site's generation: for what shows content of every portal at once.
EVERY_PORTALS_GENERATION_KEY = "fragments:generation:every-portal"


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
    return _current(GENERATION_KEY.format(site_id=site_id))


def every_portals_generation() -> int:
    """A generation renewed whenever any site's is (bump_fragment_generation): for what shows
    content from every portal at once, such as the API's list of all pages."""
    return _current(EVERY_PORTALS_GENERATION_KEY)


def media_generation() -> int:
    """The current generation of the images and documents, as fragment_generation for a site:
    API items that show an image or a document (its title, file, size, renditions) carry it in
    their keys, so saving or deleting any image, document or rendition retires them all at once
    (`retire_items_on_media_changes`). Media change far less often than content."""
    return _current(MEDIA_GENERATION_KEY)


def _current(key: str) -> int:
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
    keys = [GENERATION_KEY.format(site_id=site_id) for site_id in sorted(set(site_ids))]
    if keys:
        _bump_now_and_after_commit([*keys, EVERY_PORTALS_GENERATION_KEY])


def bump_media_generation(**kwargs) -> None:
    """A signal receiver: an image, a document or a rendition was saved or deleted."""
    _bump_now_and_after_commit([MEDIA_GENERATION_KEY])


def retire_items_on_media_changes() -> None:
    """Connect `bump_media_generation` to every save and delete of an image or a document, and
    to every deleted rendition (a new rendition changes nothing already shown). Called once, from
    CoreConfig.ready: the image and document models are only known once the registry is ready."""
    image_model = get_image_model()
    for model in (image_model, get_document_model()):
        post_save.connect(
            bump_media_generation, sender=model, dispatch_uid=f"media-generation-save-{model._meta.label}"
        )
        post_delete.connect(
            bump_media_generation, sender=model, dispatch_uid=f"media-generation-del-{model._meta.label}"
        )
    rendition_model = image_model.get_rendition_model()
    post_delete.connect(bump_media_generation, sender=rendition_model, dispatch_uid="media-generation-rendition")


def _bump_now_and_after_commit(keys: list[str]) -> None:
    _bump(keys)
    transaction.on_commit(lambda: _bump(keys))


def _bump(keys: list[str]) -> None:
    # A fail-safe cache that is down stores nothing (and logs): then nothing keyed by the
    # generation is stored either, so nothing can be stale.
    cache.set_many(dict.fromkeys(keys, time.time_ns()), timeout=None)
