"""API list items made once and kept in the cache under a hash of everything they show.

A list answer (`/api/v3/notices/`, `/api/v3/pages/`) is made again on every request, but most of
its cost is turning each item into its typed representation: URLs, renditions, files, bodies,
translations, and the schema's validation. Each item is kept, already validated, under a key that
is a hash of everything it shows (the caller lists those parts): an item whose content, files or
translations changed gets a new key, so an old answer can never be shown and nothing needs
purging; unused entries expire after `ITEM_SECONDS`. Only public content goes in here.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Sequence
from typing import TypeVar

from django.core.cache import DEFAULT_CACHE_ALIAS, cache, caches
from django.core.cache.backends.dummy import DummyCache

ITEM_SECONDS = 60 * 60

Item = TypeVar("Item")
Made = TypeVar("Made")


def content_key(prefix: str, *parts: object) -> str:
    """`prefix:` and a hash of `parts` (plain values: their `repr` must say everything shown)."""
    return f"{prefix}:" + hashlib.sha256(repr(parts).encode()).hexdigest()


def cached_items(
    items: Sequence[Item], key_of: Callable[[Item], str], make: Callable[[list[Item]], list[Made]]
) -> list[Made]:
    """What `make` gives for each of `items`, in order: stored ones from the cache (under
    `key_of(item)`), the others made in one call (`make(missing items)`, one result per item)
    and stored. With caching turned off (Django's dummy cache) no key is made: nothing could be
    kept under it."""
    if not keeps_items():
        return make(list(items))
    keys = [key_of(item) for item in items]
    stored = cache.get_many(list(dict.fromkeys(keys)))
    missing = [(item, key) for item, key in zip(items, keys, strict=True) if key not in stored]
    if missing:
        made = dict(zip((key for _item, key in missing), make([item for item, _key in missing]), strict=True))
        cache.set_many(made, ITEM_SECONDS)
        stored.update(made)
    return [stored[key] for key in keys]


def keeps_items() -> bool:
    """Whether the cache keeps anything: False when caching is turned off (Django's dummy cache),
    so the lists read their objects straight away instead of first what would key them."""
    return not isinstance(caches[DEFAULT_CACHE_ALIAS], DummyCache)
