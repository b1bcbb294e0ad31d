"""Purges reach a real HTTP proxy (a PURGE per URL, with the portal's Host); a proxy that is
down or a backend that fails is logged and never fails the publish."""

import logging
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from wagtail.contrib.frontend_cache.backends import BaseBackend

from tests.factories import NoticeFactory

PROXY_PORT = 8320  # this branch's test port range is 8320-8339
CLOSED_PORT = 8339  # nothing listens here


class PurgeRecorder(BaseHTTPRequestHandler):
    """A stand-in proxy on 127.0.0.1 that accepts PURGE as Varnish's VCL does."""

    received: list[tuple[str, str]] = []

    def do_PURGE(self):  # noqa: N802 - the HTTP method's name
        self.received.append((self.headers["Host"], self.path))
        self.send_response(200)
        self.end_headers()

    def log_message(self, *args):
        pass


@pytest.fixture
def proxy():
    server = ThreadingHTTPServer(("127.0.0.1", PROXY_PORT), PurgeRecorder)
    PurgeRecorder.received = []
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield PurgeRecorder.received
    server.shutdown()
    server.server_close()


@pytest.mark.django_db
def test_publishing_a_notice_sends_http_purges_to_the_proxy(
    settings, proxy, boards, django_capture_on_commit_callbacks
):
    settings.WAGTAILFRONTENDCACHE = {
        "varnish": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": f"http://127.0.0.1:{PROXY_PORT}",
        }
    }
    notice = NoticeFactory()
    with django_capture_on_commit_callbacks(execute=True):
        notice.save_revision().publish()
    assert ("testserver", f"/bn/notices/{notice.pk}/") in proxy
    assert ("testserver", f"/api/v3/notices/{notice.pk}/") in proxy
    assert ("testserver", "/sitemap.xml") in proxy


class FailingBackend(BaseBackend):
    """A CDN whose API answers with an error the SDK raises."""

    def purge(self, url) -> None:
        raise RuntimeError("the CDN refused the purge")


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("backend", "message"),
    [
        (
            {
                "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
                "LOCATION": f"http://127.0.0.1:{CLOSED_PORT}",
            },
            "Couldn't purge",
        ),
        ({"BACKEND": "tests.notices.test_purge_delivery.FailingBackend"}, "the CDN refused the purge"),
    ],
    ids=["varnish-down", "backend-raises"],
)
def test_a_failing_purge_is_logged_and_the_notice_is_published(
    settings, boards, caplog, django_capture_on_commit_callbacks, backend, message
):
    settings.WAGTAILFRONTENDCACHE = {"proxy": backend}
    notice = NoticeFactory(live=False)
    with caplog.at_level(logging.INFO), django_capture_on_commit_callbacks(execute=True):
        notice.save_revision().publish()
    notice.refresh_from_db()
    assert notice.live
    assert message in caplog.text
