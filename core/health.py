"""`/healthz` and `/readyz` for load balancers and orchestrators.

- `/healthz`: the process is up and answering. Touches nothing else, so a database outage
  does not make every app server look dead at once (and get restarted for nothing).
- `/readyz`: this server can do its work: the database answers, the cache stores and returns
  a value, each file storage (media, and the private one of citizens' uploads: a disk or an S3
  bucket) takes, gives back and deletes a file, and the task queue's backend loads and passes its checks.

Both answer JSON, 200 or 503, naming each check and what failed, and are never cached. They
are answered by a middleware placed first: a load balancer asks by IP address over plain HTTP,
which ALLOWED_HOSTS and the HTTPS redirect would otherwise refuse before any view ran.
"""

import json
import logging
import uuid

from django.core.cache import caches
from django.core.checks import ERROR
from django.core.files.base import ContentFile
from django.core.files.storage import storages
from django.db import connections
from django.http import HttpRequest, HttpResponse
from django_tasks import task_backends

from core.http import no_store

logger = logging.getLogger("rangpur.health")

HEALTH_PATH = "/healthz"
READY_PATH = "/readyz"


def check_database() -> None:
    for connection in connections.all(initialized_only=False):
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")


def check_cache() -> None:
    # A fail-safe cache never raises (core/cache.py): ask it to keep a value and give it back.
    cache = caches["default"]
    key, value = f"readyz:{uuid.uuid4().hex}", uuid.uuid4().hex
    cache.set(key, value, timeout=10)
    if cache.get(key) != value:
        raise RuntimeError("the cache did not keep a value")
    cache.delete(key)


# Static files are read-only at run time (whitenoise); every other storage must take files.
READ_ONLY_STORAGES = {"staticfiles"}


def check_storage() -> None:
    for alias in storages.backends:
        if alias in READ_ONLY_STORAGES:
            continue
        storage = storages[alias]
        token = uuid.uuid4().hex.encode()
        name = storage.save(f"readyz/{uuid.uuid4().hex}.txt", ContentFile(token))
        try:
            with storage.open(name, "rb") as stored:
                if stored.read() != token:
                    raise RuntimeError(f"the {alias} storage gave back another file")
        finally:
            storage.delete(name)


def check_tasks() -> None:
    for backend in task_backends.all():
        errors = [message for message in backend.check() if message.level >= ERROR]
        if errors:
            raise RuntimeError(errors[0].msg)


READINESS_CHECKS = {
    "database": check_database,
    "cache": check_cache,
    "storage": check_storage,
    "tasks": check_tasks,
}


def json_response(body: dict, status: int) -> HttpResponse:
    return no_store(HttpResponse(json.dumps(body), status=status, content_type="application/json"))


def readiness() -> HttpResponse:
    checks, ready = {}, True
    for name, check in READINESS_CHECKS.items():
        try:
            check()
        except Exception as error:  # noqa: BLE001 - any failure means "not ready", and says which
            logger.warning("Readiness check %s failed: %s: %s", name, type(error).__name__, error)
            checks[name] = {"status": "fail", "error": type(error).__name__}
            ready = False
        else:
            checks[name] = {"status": "ok"}
    failed = [name for name, result in checks.items() if result["status"] != "ok"]
    body = {"status": "ok" if ready else "fail", "checks": checks, "failed": failed}
    return json_response(body, 200 if ready else 503)


class HealthCheckMiddleware:
    """Answers `/healthz` and `/readyz` before any other middleware. Must come first."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if request.path == HEALTH_PATH:
            return json_response({"status": "ok"}, 200)
        if request.path == READY_PATH:
            return readiness()
        return self.get_response(request)
