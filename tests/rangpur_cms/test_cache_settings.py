"""REDIS_URL switches the cache to Redis; checked against the real Redis on 127.0.0.1:6379."""

import os
import socket
import subprocess
import sys
import uuid
from pathlib import Path

import pytest
from django.core.cache.backends.redis import RedisCache

REDIS_URL = os.environ.get("TEST_REDIS_URL", "redis://127.0.0.1:6379/15")


def _redis_is_up() -> bool:
    try:
        with socket.create_connection(("127.0.0.1", 6379), timeout=1):
            return True
    except OSError:
        return False


requires_redis = pytest.mark.skipif(
    not _redis_is_up() and not os.environ.get("CI"), reason="no Redis on 127.0.0.1:6379"
)


def test_redis_url_selects_the_redis_cache():
    code = "from django.conf import settings; print(settings.CACHES['default']['BACKEND'])"
    env = {**os.environ, "REDIS_URL": REDIS_URL, "DJANGO_SETTINGS_MODULE": "rangpur_cms.settings.dev"}
    result = subprocess.run(  # noqa: S603 - our own interpreter and a fixed snippet
        [sys.executable, "-c", f"import django; django.setup(); {code}"],
        cwd=Path(__file__).resolve().parents[2],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.stdout.strip() == "core.cache.FailSafeRedisCache", result.stderr


@requires_redis
def test_redis_cache_round_trip():
    cache = RedisCache(REDIS_URL, {"KEY_PREFIX": f"test-{uuid.uuid4().hex}"})
    cache.set("greeting", "স্বাগতম", timeout=30)
    assert cache.get("greeting") == "স্বাগতম"
    cache.delete("greeting")
    assert cache.get("greeting") is None
