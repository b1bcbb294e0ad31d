"""FRONTEND_CACHE chooses the front caches to purge (delivery is tested in tests/notices/test_purge_delivery.py)."""

import json
import os
import subprocess
import sys
from pathlib import Path

from wagtail.contrib.frontend_cache.utils import get_backends


def frontend_cache_setting(**variables) -> dict:
    """WAGTAILFRONTENDCACHE as base settings build it from these environment variables."""
    code = "import json; from rangpur_cms.settings import base; print(json.dumps(base.WAGTAILFRONTENDCACHE))"
    clean = {
        key: value for key, value in os.environ.items() if not key.startswith(("FRONTEND_CACHE", "VARNISH", "CLOUD"))
    }
    result = subprocess.run(  # noqa: S603 - our own interpreter and a fixed snippet
        [sys.executable, "-c", code],
        cwd=Path(__file__).resolve().parents[2],
        env={**clean, **variables},
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0 or "ImproperlyConfigured" in result.stderr, result.stderr
    return json.loads(result.stdout) if result.returncode == 0 else {"error": result.stderr.strip().splitlines()[-1]}


PAGE_CACHE = {"pagecache": {"BACKEND": "core.page_cache.PageCacheBackend"}}


def test_only_the_in_process_page_cache_by_default():
    assert frontend_cache_setting() == PAGE_CACHE


def test_varnish_gets_one_http_backend_per_address():
    setting = frontend_cache_setting(
        FRONTEND_CACHE="varnish", VARNISH_PURGE_URLS="http://10.0.0.5:6081, http://10.0.0.6:6081"
    )
    assert setting == {
        **PAGE_CACHE,
        "varnish-1": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": "http://10.0.0.5:6081",
        },
        "varnish-2": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": "http://10.0.0.6:6081",
        },
    }
    assert {type(backend).__name__ for backend in get_backends(setting).values()} == {"HTTPBackend", "PageCacheBackend"}


def test_cloudflare_and_cloudfront():
    cloudflare = frontend_cache_setting(
        FRONTEND_CACHE="cloudflare", CLOUDFLARE_ZONE_ID="zone", CLOUDFLARE_BEARER_TOKEN="t"
    )
    assert cloudflare["cloudflare"]["ZONEID"] == "zone"
    cloudfront = frontend_cache_setting(FRONTEND_CACHE="cloudfront", CLOUDFRONT_DISTRIBUTION_ID="E123")
    assert cloudfront["cloudfront"]["DISTRIBUTION_ID"] == "E123"
    backends = get_backends({**cloudflare, **cloudfront})
    assert sorted(type(backend).__name__ for backend in backends.values()) == [
        "CloudflareBackend",
        "CloudfrontBackend",
        "PageCacheBackend",
    ]


def test_a_missing_or_unknown_setting_refuses_to_start():
    assert "VARNISH_PURGE_URLS" in frontend_cache_setting(FRONTEND_CACHE="varnish")["error"]
    assert (
        "CLOUDFLARE_BEARER_TOKEN"
        in frontend_cache_setting(FRONTEND_CACHE="cloudflare", CLOUDFLARE_ZONE_ID="z")["error"]
    )
    assert "akamai" in frontend_cache_setting(FRONTEND_CACHE="akamai")["error"]
