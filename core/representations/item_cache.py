"""API list items made once and kept in the cache under a hash of everything they show.

A list answer (`/api/v3/notices/`, `/api/v3/pages/`) is made again on every request, but most of
its cost is turning each item into its typed representation: URLs, renditions, files, bodies,
translations, and the schema's validation. Each item is kept, already validated, under a key that
is a hash of what it shows: the item's database row, read for the whole list in one query with no
model made, and the generations (core/purging.py) that a change of anything else it shows renews
(the caller lists those parts). An item whose content, files or translations changed gets a new
key, so an old answer can never be shown and nothing needs purging; unused entries expire after
`ITEM_SECONDS`. Only public content goes in here.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Sequence
from typing import TypeVar

from django.core.cache import DEFAULT_CACHE_ALIAS, cache, caches
from django.core.cache.backends.dummy import DummyCache
from django.db.models import Model, QuerySet

ITEM_SECONDS = 60 * 60

Item = TypeVar("Item")
Made = TypeVar("Made")


def content_key(prefix: str, *parts: object) -> str:
    """`prefix:` and a hash of `parts` (plain values: their `repr` must say everything shown)."""
    return f"{prefix}:" + hashlib.sha256(repr(parts).encode()).hexdigest()


def cached_items(
    items: Sequence[Item], key_of: Callable[[Item], str], make: Callable[[list[Item]], list[Made | None]]
) -> list[Made]:
    """What `make` gives for each of `items`, in order: stored ones from the cache (under
    `key_of(item)`), the others made in one call (`make(missing items)`, one result per item,
    None for an item that is gone: left out) and stored. With caching turned off (Django's dummy
    cache) no key is made: nothing could be kept under it."""
    if not keeps_items():
        return [made for made in make(list(items)) if made is not None]
    keys = [key_of(item) for item in items]
    stored = cache.get_many(list(dict.fromkeys(keys)))
    missing = [(item, key) for item, key in zip(items, keys, strict=True) if key not in stored]
    if missing:
        made = dict(zip((key for _item, key in missing), make([item for item, _key in missing]), strict=True))
        made = {key: value for key, value in made.items() if value is not None}
        cache.set_many(made, ITEM_SECONDS)
        stored.update(made)
    return [stored[key] for key in keys if key in stored]


def made_from_rows(
    rows: Sequence[tuple], objects: QuerySet, read: Sequence[Model] | None, make: Callable[[list[Model]], list[Made]]
) -> list[Made | None]:
    """`make(objects)` for the objects whose pks are the first values of `rows`, one result per
    row, in order: the objects from `read` when the caller has them already, else read from
    `objects` in one query. A row whose object is gone (deleted since its row was read) gets None."""
    wanted = [row[0] for row in rows]
    by_pk = {obj.pk: obj for obj in read} if read is not None else objects.in_bulk(wanted)
    found = [by_pk.get(pk) for pk in wanted]
    made = iter(make([obj for obj in found if obj is not None]))
    return [next(made) if obj is not None else None for obj in found]


def keeps_items() -> bool:
    """Whether the cache keeps anything: False when caching is turned off (Django's dummy cache),
    so the lists read their objects straight away instead of first what would key them."""
    return not isinstance(caches[DEFAULT_CACHE_ALIAS], DummyCache)
