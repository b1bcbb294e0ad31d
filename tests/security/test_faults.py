"""Faults an operator will meet: Redis that refuses or hangs, a database that is down, and the
health checks load balancers ask. Issue 13, item 2."""

import json
import logging
import os
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
    tracked = client.post(
        "/en/eservice/track/", {"tracking_number": application.tracking_number, "mobile": "01712345678"}
    )
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


# --- the database down -----------------------------------------------------------------------

ASK_WITHOUT_DATABASE = """
import json, sys, django
django.setup()
from django.test import Client
client = Client(raise_request_exception=False)
answers = {}
for path in sys.argv[1:]:
    method, _, path = path.partition(" ")
    if method == "POST":
        response = client.post(path, "{}", content_type="application/json")
    else:
        response = client.get(path)
    answers[path] = {"status": response.status_code, "type": response["Content-Type"],
                     "retry_after": response.get("Retry-After"), "cache": response.get("Cache-Control"),
                     "body": response.content.decode()}
print(json.dumps(answers))
"""


def ask_without_database(port: int, *requests: str) -> dict:
    """What the site answers with DATABASE_URL pointing at a PostgreSQL at `port` that is not
    there (or does not answer)."""
    env = {
        **{k: v for k, v in os.environ.items() if not k.startswith("DJANGO_")},
        "DJANGO_SETTINGS_MODULE": "rangpur_cms.settings.test",
        "DATABASE_URL": f"postgres://postgres@127.0.0.1:{port}/rangpur",
    }
    result = subprocess.run(  # noqa: S603 - our own interpreter and a fixed script
        [sys.executable, "-c", ASK_WITHOUT_DATABASE, *requests],
        cwd=PROJECT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


@pytest.fixture(scope="module")
def answers_without_database():
    return ask_without_database(
        closed_port(),
        "GET /bn/",
        "GET /en/notices/",
        "GET /api/v3/notices/",
        "GET /api/v3/pages/?locale=en",
        "POST /api/v3/applications/",
        "GET /healthz",
        "GET /readyz",
    )


def test_a_database_that_never_answers_is_a_503_not_a_hang():
    server = SilentServer()
    try:
        answers = ask_without_database(server.port, "GET /bn/", "GET /api/v3/notices/")
    finally:
        server.close()
    assert answers["/bn/"]["status"] == answers["/api/v3/notices/"]["status"] == 503
    assert answers["/api/v3/notices/"]["type"] == "application/problem+json"


@pytest.mark.parametrize("path", ["/bn/", "/en/notices/"])
def test_pages_answer_a_bilingual_503_without_the_database(answers_without_database, path):
    answer = answers_without_database[path]
    assert answer["status"] == 503
    assert answer["type"].startswith("text/html")
    assert answer["retry_after"] == "30"
    assert "no-store" in answer["cache"]
    assert '<section lang="bn">' in answer["body"] and '<section lang="en">' in answer["body"]
    assert "The service is temporarily unavailable" in answer["body"]


@pytest.mark.parametrize("path", ["/api/v3/notices/", "/api/v3/pages/?locale=en", "/api/v3/applications/"])
def test_the_api_answers_problem_json_503_without_the_database(answers_without_database, path):
    answer = answers_without_database[path]
    assert answer["status"] == 503
    assert answer["type"] == "application/problem+json"
    assert answer["retry_after"] == "30"
    assert json.loads(answer["body"])["status"] == 503


def test_health_is_up_and_readiness_names_the_database(answers_without_database):
    health, ready = answers_without_database["/healthz"], answers_without_database["/readyz"]
    assert health["status"] == 200 and json.loads(health["body"]) == {"status": "ok"}
    assert ready["status"] == 503
    body = json.loads(ready["body"])
    assert body["failed"] == ["database"]
    assert body["checks"]["database"]["status"] == "fail"
    assert body["checks"]["cache"] == body["checks"]["storage"] == body["checks"]["tasks"] == {"status": "ok"}
    assert "no-store" in ready["cache"] and "no-store" in health["cache"]


# --- readiness -------------------------------------------------------------------------------


@pytest.mark.django_db
def test_ready_when_everything_answers(client):
    response = client.get("/readyz")
    assert response.status_code == 200
    assert response.json()["checks"] == {name: {"status": "ok"} for name in ("database", "cache", "storage", "tasks")}
    assert "no-store" in response["Cache-Control"]


@pytest.mark.django_db
def test_not_ready_names_the_cache_when_redis_is_down(client, dead_redis):
    response = client.get("/readyz")
    assert response.status_code == 503
    assert response.json()["failed"] == ["cache"]
    # The process itself is fine: the load balancer must not think it dead.
    assert client.get("/healthz").status_code == 200


def test_health_answers_any_host_over_plain_http(client, settings):
    settings.SECURE_SSL_REDIRECT = True
    response = client.get("/healthz", HTTP_HOST="10.0.0.7")
    assert response.status_code == 200
    assert response.json() == {"status": "ok"}
