"""A Redis cache that cannot take the site down.

Django's RedisCache raises when Redis refuses or does not answer, and almost every request
touches the cache (Wagtail finds the site through it), so one stopped Redis became a 500 on
nearly every page. ``FailSafeRedisCache`` is Django's RedisCache with one rule on failure,
the same for every operation:

- the error is logged (logger ``rangpur.cache``, WARNING, once per outage and once when Redis
  is back), never silently dropped;
- for ``RETRY_SECONDS`` after a failure Redis is not asked again, so a Redis that accepts
  connections but never answers costs one socket timeout per outage, not one per call;
- with ``"FAIL_SAFE": True`` (the ``default`` alias) the cache then behaves as an empty cache
  that stores nothing: reads answer their default (``get`` → default, ``get_many`` → ``{}``,
  ``has_key`` → False), writes answer False (``set``/``add``/``touch``/``delete``;
  ``set_many`` returns every key as not stored), ``incr``/``decr`` raise ``ValueError`` as for
  a missing key, ``delete_many``/``clear`` do nothing;
- with ``"FAIL_SAFE": False`` (the ``ratelimit`` alias) every operation raises
  ``CacheUnavailable`` instead, immediately while Redis is known to be down, so a caller that
  must not treat "no data" as "no limit" can fall back to something local.
"""

import logging
import threading
import time

from django.core.cache.backends.base import DEFAULT_TIMEOUT
from django.core.cache.backends.redis import RedisCache
from redis.exceptions import RedisError

logger = logging.getLogger("rangpur.cache")

# Outages are shared by every thread of the process: keyed by the servers' addresses.
_down_until: dict[str, float] = {}
_lock = threading.Lock()


class CacheUnavailable(Exception):
    """Redis refused, timed out or failed; raised only by caches with FAIL_SAFE off."""


class FailSafeRedisCache(RedisCache):
    def __init__(self, server, params):
        options = dict(params.get("OPTIONS") or {})
        self.fail_safe = bool(options.pop("FAIL_SAFE", True))
        self.retry_seconds = float(options.pop("RETRY_SECONDS", 5))
        super().__init__(server, {**params, "OPTIONS": options})
        self._outage_key = ",".join(self._servers)

    def _guarded(self, operation: str, call, fallback):
        if time.monotonic() < _down_until.get(self._outage_key, 0):
            return self._fail(operation, fallback, None)
        try:
            result = call()
        except RedisError as error:
            self._open(operation, error)
            return self._fail(operation, fallback, error)
        self._close()
        return result

    def _open(self, operation: str, error: Exception) -> None:
        with _lock:
            already_down = self._outage_key in _down_until
            _down_until[self._outage_key] = time.monotonic() + self.retry_seconds
        if not already_down:
            logger.warning(
                "Cache unavailable (%s failed: %s: %s); answering without it for now.",
                operation,
                type(error).__name__,
                error,
            )

    def _close(self) -> None:
        if self._outage_key in _down_until:
            with _lock:
                back = _down_until.pop(self._outage_key, None) is not None
            if back:
                logger.warning("Cache available again.")

    def _fail(self, operation: str, fallback, error):
        if not self.fail_safe:
            raise CacheUnavailable(f"The cache is unavailable ({operation}).") from error
        return fallback()

    def add(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        return self._guarded("add", lambda: super(FailSafeRedisCache, self).add(key, value, timeout, version), _false)

    def get(self, key, default=None, version=None):
        return self._guarded("get", lambda: super(FailSafeRedisCache, self).get(key, default, version), lambda: default)

    def set(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        return self._guarded("set", lambda: super(FailSafeRedisCache, self).set(key, value, timeout, version), _false)

    def touch(self, key, timeout=DEFAULT_TIMEOUT, version=None):
        return self._guarded("touch", lambda: super(FailSafeRedisCache, self).touch(key, timeout, version), _false)

    def delete(self, key, version=None):
        return self._guarded("delete", lambda: super(FailSafeRedisCache, self).delete(key, version), _false)

    def get_many(self, keys, version=None):
        return self._guarded("get_many", lambda: super(FailSafeRedisCache, self).get_many(keys, version), dict)

    def has_key(self, key, version=None):
        return self._guarded("has_key", lambda: super(FailSafeRedisCache, self).has_key(key, version), _false)

    def incr(self, key, delta=1, version=None):
        return self._guarded("incr", lambda: super(FailSafeRedisCache, self).incr(key, delta, version), _missing(key))

    def set_many(self, data, timeout=DEFAULT_TIMEOUT, version=None):
        return self._guarded(
            "set_many", lambda: super(FailSafeRedisCache, self).set_many(data, timeout, version), lambda: list(data)
        )

    def delete_many(self, keys, version=None):
        return self._guarded("delete_many", lambda: super(FailSafeRedisCache, self).delete_many(keys, version), _none)

    def clear(self):
        return self._guarded("clear", lambda: super(FailSafeRedisCache, self).clear(), _false)


def _false() -> bool:
    return False


def _none() -> None:
    return None


def _missing(key):
    def fallback():
        raise ValueError(f"Key {key!r} not found (the cache is unavailable).")

    return fallback
