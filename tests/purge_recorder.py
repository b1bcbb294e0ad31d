"""A front cache for tests that writes down what it is told to purge.

A real Wagtail frontend-cache backend (a `BaseBackend` subclass), configured through
WAGTAILFRONTENDCACHE as Varnish or a CDN would be; it stands for the proxy only, so the tests
see exactly the URLs the app sends. The `purged` fixture installs it.
"""

from contextlib import contextmanager

import pytest
from wagtail.contrib.frontend_cache.backends import BaseBackend

PURGED: list[str] = []


class RecordingBackend(BaseBackend):
    def purge(self, url) -> None:
        PURGED.append(url)


class PurgeLog:
    def __init__(self, capture_on_commit):
        self._capture = capture_on_commit

    @contextmanager
    def watch(self):
        """Forget earlier purges, then run what the block commits (the purges wait for the commit)."""
        PURGED.clear()
        with self._capture(execute=True):
            yield

    def urls(self) -> set[str]:
        return set(PURGED)


@pytest.fixture
def purged(settings, django_capture_on_commit_callbacks):
    settings.WAGTAILFRONTENDCACHE = {"recorder": {"BACKEND": "tests.purge_recorder.RecordingBackend"}}
    settings.WAGTAILFRONTENDCACHE_LANGUAGES = []
    PURGED.clear()
    yield PurgeLog(django_capture_on_commit_callbacks)
    PURGED.clear()
