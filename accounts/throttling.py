"""Limits on the admin's sign-in doors that django-axes does not cover: password reset requests,
counted per client address and per email address, so that neither one address can mail many
accounts nor many addresses flood one inbox."""

import hashlib
import ipaddress

from django.conf import settings
from django.http import HttpRequest

from eservice.domain.ratelimit import client_address, key_retry_after


def client_ip(request: HttpRequest) -> str | None:
    """The address django-axes counts failures against: the same one the e-service limits use,
    so a forged X-Forwarded-For is believed only behind TRUSTED_PROXY_COUNT proxies. Axes keeps
    it in an address column (inet on PostgreSQL), so anything that is not an address is None."""
    address = client_address(request)
    try:
        return str(ipaddress.ip_address(address))
    except ValueError:
        return None


def password_reset_retry_after(request: HttpRequest, email: str) -> int | None:
    """Count a password reset request; None when allowed, else the seconds to wait. Both the
    address and the email are counted on every request, so neither limit can be dodged."""
    email_digest = hashlib.sha256(email.strip().casefold().encode()).hexdigest()
    # The e-service's sliding-window limiter: shared by every app server through the cache, and
    # counting in this process when the cache fails, never "no limit".
    waits = [
        key_retry_after("password-reset-address", client_address(request), settings.PASSWORD_RESET_RATE),
        key_retry_after("password-reset-email", email_digest, settings.PASSWORD_RESET_RATE),
    ]
    waits = [wait for wait in waits if wait]
    return max(waits) if waits else None
