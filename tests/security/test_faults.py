"""Faults an operator will meet: Redis that refuses or hangs, a database that is down, and the
health checks load balancers ask. Issue 13, item 2."""

import json
import logging
import socket
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from django.core.cache import caches

from core.cache import CacheUnavailable
from eservice.models import Application, FeedbackPage
from rangpur_cms.settings import base
from tests.eservice.conftest import LAND_FORM, build_centre

PROJECT = Path(__file__).resolve().parents[2]


def closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class SilentServer:
    """Accepts connections and never answers: a Redis that hangs."""

    def __init__(self):
        self.listener = socket.socket()
        self.listener.bind(("127.0.0.1", 0))
        self.listener.listen(64)
        self.port = self.listener.getsockname()[1]
        self.connections = []
        self.thread = threading.Thread(target=self._accept, daemon=True)
        self.thread.start()

    def _accept(self):
        while True:
            try:
                connection, _address = self.listener.accept()
            except OSError:
                return
            self.connections.append(connection)

    def close(self):
        self.listener.close()
        for connection in self.connections:
            connection.close()


@pytest.fixture(params=["refused", "hangs"])
def dead_redis(request, settings):
    """The production cache settings pointed at a Redis that refuses connections, or that accepts
    them and never answers."""
    server = SilentServer() if request.param == "hangs" else None
    port = server.port if server else closed_port()
    settings.CACHES = base.redis_caches(f"redis://127.0.0.1:{port}/0")
    yield request.param
    if server:
        server.close()


@pytest.fixture
def cache_log(caplog):
    logger = logging.getLogger("rangpur.cache")
    logger.addHandler(caplog.handler)
    yield caplog
    logger.removeHandler(caplog.handler)


@pytest.fixture
def site_with_services(bilingual_site):
    centre = build_centre(bilingual_site)
    page = FeedbackPage(title="মতামত ও পরামর্শ", slug="feedback", locale=bilingual_site.bn)
    bilingual_site.home_bn.add_child(instance=page)
    page.save_revision().publish()
    return centre


@pytest.mark.django_db
def test_the_site_keeps_serving_without_redis(client, site_with_services, dead_redis, cache_log, admin_user):
    assert client.get("/bn/").status_code == 200
    assert client.get("/en/").status_code == 200
    assert client.get("/bn/eservice/").status_code == 200
    assert client.get("/api/v3/notices/").status_code == 200
    assert client.get("/api/v3/services/?locale=en").status_code == 200

    applied = client.post("/bn/eservice/apply/khatian-copy/", LAND_FORM)
    assert applied.status_code == 302
    application = Application.objects.get()
    assert client.get(applied["Location"]).status_code == 200
    tracked = client.post("/en/eservice/track/", {"tracking_number": application.tracking_number, "mobile": "01712345678"})
    assert tracked.status_code == 200 and application.tracking_number in tracked.text
    assert client.post("/bn/feedback/", {"message": "পানির ব্যবস্থা চাই।"}).status_code == 302
    api_applied = client.post(
        "/api/v3/applications/",
        json.dumps({**LAND_FORM, "service": "khatian-copy", "channel": "portal"}),
        content_type="application/json",
    )
    assert api_applied.status_code == 201
    api_tracked = client.post(
        "/api/v3/applications/track/",
        json.dumps({"tracking_number": application.tracking_number, "mobile": "01712345678"}),
        content_type="application/json",
    )
    assert api_tracked.status_code == 200

    client.force_login(admin_user)
    assert client.get("/admin/").status_code == 200
    assert client.get("/admin/pages/").status_code == 200

    # Not silently: the outage is in the log.
    assert any("Cache unavailable" in record.getMessage() for record in cache_log.records)


@pytest.mark.django_db
def test_the_cache_answers_as_an_empty_cache_and_the_ratelimit_cache_raises(dead_redis):
    cache = caches["default"]
    assert cache.set("k", 1) is False
    assert cache.add("k", 1) is False
    assert cache.get("k", "fallback") == "fallback"
    assert cache.get_many(["k"]) == {}
    assert cache.has_key("k") is False
    with pytest.raises(ValueError):
        cache.incr("k")
    with pytest.raises(CacheUnavailable):
        caches["ratelimit"].get("k")
    with pytest.raises(CacheUnavailable):
        caches["ratelimit"].incr("k")
