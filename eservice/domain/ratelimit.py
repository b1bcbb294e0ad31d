"""Rate limits for anonymous citizens, kept in the Django cache (so they hold across app servers
that share Redis). A rate is a setting such as "20/m" (API_ANON_RATE) or "5/10m".

Each limit is a sliding window: the count of the current fixed window plus the previous
window's count weighted by how much of it still lies inside the last period. A burst at the end
of one window therefore still counts at the start of the next (a fixed window would allow
twice the rate across its edge). Only requests that are let through are counted.

The website and the API name the same action by the same scope (``apply``, ``track``,
``feedback``), so they share one limit. When the cache fails (Redis down), the counts move to
a limiter local to this process, logged, rather than to no limit at all.
"""

import contextlib
import logging
import math
import re
import time
from dataclasses import dataclass

from django.conf import settings
from django.core.cache import caches
from django.core.cache.backends.base import BaseCache
from django.core.cache.backends.locmem import LocMemCache
from django.core.exceptions import ImproperlyConfigured
from django.http import HttpRequest

logger = logging.getLogger(__name__)

PERIODS = {"s": 1, "m": 60, "h": 3600, "d": 86400}
RATE_RE = re.compile(r"^\s*(\d+)\s*/\s*(\d*)\s*([smhd])\w*\s*$")

# Where counts go while the shared cache is failing: this process only, but never "no limit".
LOCAL_COUNTS = LocMemCache("rangpur-ratelimit-fallback", {"OPTIONS": {"MAX_ENTRIES": 100_000}})


@dataclass(frozen=True)
class Rate:
    count: int
    seconds: int


def parse_rate(value: str) -> Rate:
    """ "20/m" → 20 per 60 s; "100/h", "5/10s" and "1000/day" work too."""
    match = RATE_RE.match(value or "")
    if not match or int(match.group(1)) < 1:
        raise ImproperlyConfigured(f"A rate looks like 20/m, not {value!r}.")
    multiplier = int(match.group(2) or 1)
    return Rate(int(match.group(1)), multiplier * PERIODS[match.group(3)])


def client_address(request: HttpRequest) -> str:
    """The citizen's address. X-Forwarded-For can be forged by the client, so it is read only
    behind the number of trusted proxies the operator declares (TRUSTED_PROXY_COUNT), taking
    the address the outermost trusted proxy saw."""
    proxies = settings.TRUSTED_PROXY_COUNT
    forwarded = [part.strip() for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",") if part.strip()]
    if proxies and len(forwarded) >= proxies:
        return forwarded[-proxies]
    return request.META.get("REMOTE_ADDR", "unknown")


def _wait(limit: Rate, previous: int, current: int, elapsed: float) -> int:
    """Seconds until one more request fits, counting nothing new meanwhile."""
    room = limit.count - 1
    period = limit.seconds
    if current <= room and previous:
        # Still in this window, once enough of the previous one has slid out.
        seconds = period * (1 - (room - current) / previous) - elapsed
    else:
        # After this window ends, the current count becomes the previous one and slides out.
        seconds = period - elapsed + period * max(0.0, 1 - room / current)
    return max(1, math.ceil(seconds))


def _take(store: BaseCache, key: str, limit: Rate, count: bool) -> int | None:
    now = time.time()
    window = int(now // limit.seconds)
    elapsed = now - window * limit.seconds
    current_key, previous_key = f"{key}:{window}", f"{key}:{window - 1}"
    previous = store.get(previous_key, 0)
    if count:
        # Count first, atomically, so concurrent requests on other servers see each other;
        # a refused request is taken back out. Two windows' life: the next window weighs this one.
        store.add(current_key, 0, timeout=2 * limit.seconds + 1)
        try:
            current = store.incr(current_key)
        except ValueError:  # the key expired between add and incr
            store.set(current_key, 1, timeout=2 * limit.seconds + 1)
            current = 1
        others = current - 1
    else:
        others = store.get(current_key, 0)
    if previous * (1 - elapsed / limit.seconds) + others + 1 <= limit.count:
        return None
    if count:
        with contextlib.suppress(ValueError):  # expired meanwhile: nothing left to take back
            store.decr(current_key)
    return _wait(limit, previous, others, elapsed)


def _limit(key: str, rate: str, *, count: bool) -> int | None:
    limit = parse_rate(rate)
    try:
        return _take(caches["ratelimit"], key, limit, count)
    except Exception:
        # Redis unreachable or failing: limit in this process rather than not at all.
        logger.warning("Rate-limit cache failed; counting %s in this process only.", key.split(":")[1], exc_info=True)
        return _take(LOCAL_COUNTS, key, limit, count)


def retry_after(request: HttpRequest, scope: str, rate: str) -> int | None:
    """Count this request from its address: None when it is within the rate, else the seconds to wait."""
    return _limit(f"ratelimit:{scope}:{client_address(request)}", rate, count=True)


def key_retry_after(scope: str, key: str, rate: str, *, count: bool = True) -> int | None:
    """Like ``retry_after`` for something other than the address (a tracking number); with
    ``count=False`` only asks whether the limit is reached."""
    return _limit(f"ratelimit:{scope}:{key}", rate, count=count)


def anonymous_retry_after(request: HttpRequest, scope: str) -> int | None:
    """Count an anonymous request against ``API_ANON_RATE``: None within it, else the seconds to
    wait. Staff (signed in, or with an API token) are never limited: they work through queues."""
    if request.user.is_authenticated:
        return None
    return retry_after(request, scope, settings.API_ANON_RATE)


def tracking_retry_after(request: HttpRequest, tracking_number: str) -> int | None:
    """Before looking a tracking number up: the address's limit (counted, anonymous only) and
    the number's own limit of wrong guesses (``ESERVICE_TRACK_GUESS_RATE``, for everyone), so
    guesses spread over many addresses still stop. None when the lookup may go ahead."""
    wait = anonymous_retry_after(request, "track")
    if wait is None:
        wait = key_retry_after("track-number", tracking_number, settings.ESERVICE_TRACK_GUESS_RATE, count=False)
    return wait


def count_wrong_guess(tracking_number: str) -> None:
    """A tracking number was tried with a mobile that does not match it (or does not exist)."""
    key_retry_after("track-number", tracking_number, settings.ESERVICE_TRACK_GUESS_RATE)
