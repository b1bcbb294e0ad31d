"""A fixed-window rate limit for anonymous requests, kept in the Django cache (so it holds
across app servers that share Redis). The rate is a setting such as "20/m" (API_ANON_RATE)."""

import re
import time
from dataclasses import dataclass

from django.conf import settings
from django.core.cache import cache
from django.core.exceptions import ImproperlyConfigured
from django.http import HttpRequest

PERIODS = {"s": 1, "m": 60, "h": 3600, "d": 86400}
RATE_RE = re.compile(r"^\s*(\d+)\s*/\s*(\d*)\s*([smhd])\w*\s*$")


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


def retry_after(request: HttpRequest, scope: str, rate: str) -> int | None:
    """Count this request; None when it is within the rate, else the seconds to wait."""
    limit = parse_rate(rate)
    now = int(time.time())
    window = now // limit.seconds
    key = f"ratelimit:{scope}:{client_address(request)}:{window}"
    cache.add(key, 0, timeout=limit.seconds + 1)
    try:
        used = cache.incr(key)
    except ValueError:  # the key expired between add and incr
        cache.set(key, 1, timeout=limit.seconds + 1)
        used = 1
    if used <= limit.count:
        return None
    return max(1, (window + 1) * limit.seconds - now)


def anonymous_retry_after(request: HttpRequest, scope: str) -> int | None:
    """Count an anonymous request against ``API_ANON_RATE``: None within it, else the seconds to
    wait. Staff (signed in, or with an API token) are never limited: they work through queues."""
    if request.user.is_authenticated:
        return None
    return retry_after(request, scope, settings.API_ANON_RATE)
