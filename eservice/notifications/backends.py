"""SMS backends. ``ESERVICE_SMS_BACKEND`` names the class: the default writes each message to
the log (with the number masked); ``HttpSmsBackend`` posts it to an SMS gateway configured from
the environment (``SMS_GATEWAY_URL``, ``SMS_GATEWAY_API_KEY``, ``SMS_GATEWAY_SENDER_ID``)."""

import json
import logging
import urllib.error
import urllib.request
from typing import Any

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.utils.module_loading import import_string

from eservice.notifications.privacy import mask_mobile

logger = logging.getLogger("rangpur.eservice.sms")


class SmsError(Exception):
    """A message could not be handed to the gateway."""


class BaseSmsBackend:
    """Send one text message to one Bangladeshi mobile number (``01XXXXXXXXX``)."""

    def send(self, mobile: str, text: str) -> None:
        raise NotImplementedError


class LogSmsBackend(BaseSmsBackend):
    """Writes the message to the log instead of sending it: for development and offline use."""

    def send(self, mobile: str, text: str) -> None:
        logger.info("SMS to %s: %s", mask_mobile(mobile), text)


class HttpSmsBackend(BaseSmsBackend):
    """Posts ``{"to": "8801…", "from": sender, "text": …}`` as JSON with a bearer key.

    Most Bangladeshi gateways (bulk SMS providers, the a2i gateway) take this shape or one a
    subclass can build in ``payload()``; the URL, key and sender come from the environment.
    """

    timeout_seconds = 10

    def __init__(self, url: str | None = None, api_key: str | None = None, sender_id: str | None = None):
        self.url = url or settings.SMS_GATEWAY_URL
        self.api_key = api_key or settings.SMS_GATEWAY_API_KEY
        self.sender_id = sender_id or settings.SMS_GATEWAY_SENDER_ID
        if not self.url or not self.url.startswith(("https://", "http://")):
            raise ImproperlyConfigured("HttpSmsBackend needs SMS_GATEWAY_URL (an http(s) address).")

    def payload(self, mobile: str, text: str) -> dict[str, Any]:
        return {"to": "88" + mobile, "from": self.sender_id or "", "text": text}

    def send(self, mobile: str, text: str) -> None:
        request = urllib.request.Request(  # noqa: S310 - the scheme is checked in __init__
            self.url,
            data=json.dumps(self.payload(mobile, text)).encode(),
            headers={"Content-Type": "application/json", "Authorization": f"Bearer {self.api_key or ''}"},
            method="POST",
        )
        try:
            with urllib.request.urlopen(request, timeout=self.timeout_seconds) as response:  # noqa: S310
                status = response.status
        except (urllib.error.URLError, TimeoutError, OSError) as exc:
            logger.warning("SMS to %s failed: %s", mask_mobile(mobile), type(exc).__name__)
            raise SmsError(type(exc).__name__) from exc
        if not 200 <= status < 300:
            logger.warning("SMS to %s refused by the gateway (HTTP %s)", mask_mobile(mobile), status)
            raise SmsError(f"HTTP {status}")
        logger.info("SMS to %s handed to the gateway", mask_mobile(mobile))


def get_sms_backend() -> BaseSmsBackend:
    return import_string(settings.ESERVICE_SMS_BACKEND)()
