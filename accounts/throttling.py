"""Limits on the admin's sign-in doors that django-axes does not cover: password reset requests,
counted per client address and per email address, so that neither one address can mail many
accounts nor many addresses flood one inbox."""

import hashlib
import ipaddress
import time

from django.conf import settings
from django.core.cache import cache
from django.http import HttpRequest

from eservice.domain.ratelimit import client_address, parse_rate


def client_ip(request: HttpRequest) -> str | None:
    """The address django-axes counts failures against: the same one the e-service limits use,
    so a forged X-Forwarded-For is believed only behind TRUSTED_PROXY_COUNT proxies. Axes keeps
    it in an address column (inet on PostgreSQL), so anything that is not an address is None."""
    address = client_address(request)
    try:
        return str(ipaddress.ip_address(address))
    except ValueError:
        return None


def _count(key: str, rate: str) -> int | None:
    """Count one more use of ``key`` in the current window; None within ``rate``, else the
    seconds until the window ends."""
    limit = parse_rate(rate)
    now = int(time.time())
    window = now // limit.seconds
    window_key = f"{key}:{window}"
    cache.add(window_key, 0, timeout=limit.seconds + 1)
    try:
        used = cache.incr(window_key)
    except ValueError:  # the key expired between add and incr
        cache.set(window_key, 1, timeout=limit.seconds + 1)
        used = 1
    if used <= limit.count:
        return None
    return max(1, (window + 1) * limit.seconds - now)


def password_reset_retry_after(request: HttpRequest, email: str) -> int | None:
    """Count a password reset request; None when allowed, else the seconds to wait. Both the
    address and the email are counted on every request, so neither limit can be dodged."""
    email_digest = hashlib.sha256(email.strip().casefold().encode()).hexdigest()
    waits = [
        _count(f"password-reset:address:{client_address(request)}", settings.PASSWORD_RESET_RATE),
        _count(f"password-reset:email:{email_digest}", settings.PASSWORD_RESET_RATE),
    ]
    waits = [wait for wait in waits if wait]
    return max(waits) if waits else None
