"""The multi-server topology, for real (`make cluster-test`): Varnish in front of two gunicorn app
servers on one PostgreSQL, its own Redis, and the task worker (scripts/cluster.py).

What depends on other work: a *page* is stored by Varnish only once the app marks pages
`Cache-Control: public` (the page-cache work; until then that test skips and says so), and the
purge on publish comes from the signal handlers of the purge work (`notices/purge.py`); until
they are in, the publish test purges explicitly with Wagtail's own HTTP purge backend. With
them, the worker sends the purge (Wagtail queues purges as tasks), within a second or two.
"""

import http.client
import importlib.util
import io
import random
import string
import time
from urllib.parse import urlsplit

import pytest
import requests
from django.utils import timezone
from PIL import Image
from wagtail.contrib.frontend_cache.backends import HTTPBackend

pytestmark = pytest.mark.cluster

# The purge work's signal handlers purge a notice's URLs when it is published.
PURGES_ON_PUBLISH = importlib.util.find_spec("notices.purge") is not None


def get(url: str, **kwargs) -> requests.Response:
    return requests.get(url, timeout=30, allow_redirects=False, **kwargs)


def marker() -> str:
    return "".join(random.choices(string.ascii_lowercase, k=12))


def bearer(cluster) -> dict:
    return {"Authorization": f"Bearer {cluster.token}"}


def test_a_public_api_answer_is_a_cache_hit_the_second_time(cluster):
    url = f"{cluster.varnish}/api/v3/notices/?limit=3&locale=bn"
    first, second = get(url), get(url)
    assert first.status_code == second.status_code == 200
    assert "public" in first.headers["Cache-Control"]
    assert (first.headers["X-Cache"], second.headers["X-Cache"]) == ("MISS", "HIT")
    assert second.json() == first.json()
    # The query's order does not make another copy.
    assert get(f"{cluster.varnish}/api/v3/notices/?locale=bn&limit=3").headers["X-Cache"] == "HIT"


def test_an_anonymous_page_is_a_cache_hit_the_second_time(cluster):
    url = f"{cluster.varnish}/bn/notices/"
    first = get(url)
    assert first.status_code == 200
    if "public" not in first.headers.get("Cache-Control", ""):
        pytest.skip("Pages are not marked Cache-Control: public yet (the page-cache work), so Varnish passes them.")
    second = get(url)
    assert second.headers["X-Cache"] == "HIT"
    assert int(second.headers["Age"]) >= 0
    assert second.text == first.text


def test_reading_options_are_the_only_cookies_that_make_a_copy(cluster):
    """Varnish's key: text size and contrast, normalised; every other cookie of an anonymous reader is dropped.
    (Shown on an API answer, which is public already; pages take the same path through vcl_recv.)"""
    url = f"{cluster.varnish}/api/v3/notices/?limit=4"
    assert get(url).headers["X-Cache"] == "MISS"
    assert get(url, cookies={"_ga": "one", "a11y_text": "normal", "a11y_contrast": "off"}).headers["X-Cache"] == "HIT"
    assert get(url, cookies={"a11y_text": "<script>"}).headers["X-Cache"] == "HIT"  # unknown values count as normal
    assert get(url, cookies={"a11y_text": "large", "_ga": "two"}).headers["X-Cache"] == "MISS"
    assert get(url, cookies={"_ga": "three", "a11y_text": "large"}).headers["X-Cache"] == "HIT"
    assert get(url, cookies={"a11y_text": "large", "a11y_contrast": "on"}).headers["X-Cache"] == "MISS"


def test_sessions_tokens_and_the_admin_go_to_the_app(cluster):
    url = f"{cluster.varnish}/api/v3/notices/?limit=5"
    get(url)
    assert get(url).headers["X-Cache"] == "HIT"
    assert get(url, cookies={"sessionid": "x"}).headers["X-Cache"] == "PASS"
    assert get(url, cookies={"messages": "x"}).headers["X-Cache"] == "PASS"
    # A CSRF cookie from an earlier form changes no public answer (docs/caching.md): it is dropped.
    assert get(url, cookies={"csrftoken": "x"}).headers["X-Cache"] == "HIT"
    assert get(url, headers=bearer(cluster)).headers["X-Cache"] == "PASS"
    assert get(f"{cluster.varnish}/admin/login/").headers["X-Cache"] == "PASS"


def request_from(source: str, port: int, method: str, path: str, headers: dict) -> int:
    """A request to Varnish from another loopback address (one that is not an app server)."""
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10, source_address=(source, 0))
    try:
        connection.request(method, path, headers=headers)
        return connection.getresponse().status
    finally:
        connection.close()


def test_purge_and_ban_only_from_the_app_servers(cluster):
    url = f"{cluster.varnish}/api/v3/notices/?limit=6"
    get(url)
    assert get(url).headers["X-Cache"] == "HIT"
    host = urlsplit(cluster.varnish).netloc
    port = cluster.topology.varnish_port
    assert request_from("127.0.0.2", port, "PURGE", "/api/v3/notices/", {"Host": host}) == 405
    assert request_from("127.0.0.2", port, "BAN", "/", {"Host": host, "X-Ban-Url": "."}) == 405
    assert get(url).headers["X-Cache"] == "HIT"

    # PURGE of a path takes its query variants along.
    assert requests.request("PURGE", f"{cluster.varnish}/api/v3/notices/", timeout=10).status_code == 200
    assert get(url).headers["X-Cache"] == "MISS"
    assert get(url).headers["X-Cache"] == "HIT"

    ban = requests.request(
        "BAN",
        f"{cluster.varnish}/",
        headers={"X-Ban-Host": r"^127\.0\.0\.1", "X-Ban-Url": "^/api/v3/notices/"},
        timeout=10,
    )
    assert ban.status_code == 200
    assert get(url).headers["X-Cache"] == "MISS"


def test_a_notice_published_through_server_a_shows_through_varnish_at_once(cluster):
    lists = [f"{cluster.varnish}/api/v3/notices/", f"{cluster.varnish}/bn/notices/"]
    for url in lists:  # the lists as readers have them, stored where the app allows it
        get(url)
    assert get(lists[0]).headers["X-Cache"] == "HIT"
    title = f"ক্লাস্টার পরীক্ষা {marker()}"
    notice = {"title": title, "category": "notice", "body": "<p>দুই সার্ভার, এক ক্যাশ।</p>"}
    notice |= {"published_at": timezone.now().isoformat(), "meta": {"action": "publish"}}

    created = requests.post(
        f"{cluster.app_a}/api/v3/snippets/notices.Notice/", json=notice, headers=bearer(cluster), timeout=60
    )

    assert created.status_code == 201, created.text
    if not PURGES_ON_PUBLISH:
        # Before the purge work's signal handlers: what they send, sent by hand (Wagtail's HTTP backend).
        backend = HTTPBackend({"LOCATION": cluster.varnish})
        for url in lists:
            backend.purge(url)
    # Wagtail hands purges to the task backend: here the worker sends them, a moment after the
    # commit. Well inside the lists' lifetime in Varnish (60 s and more), so only a purge shows it.
    for url in lists:
        assert wait_until(lambda url=url: title.split()[-1] in get(url).text, seconds=30), url


def small_png() -> bytes:
    picture = Image.new("RGB", (64, 48), (0, 106, 78))
    buffer = io.BytesIO()
    picture.save(buffer, format="PNG")
    return buffer.getvalue()


def test_a_picture_uploaded_through_a_is_served_by_b(cluster):
    png = small_png()
    # With a collection per portal, the API asks which one; the district's pictures are in the root.
    root = cluster.manage(
        "shell",
        "--no-imports",
        "-c",
        "from wagtail.models import Collection; print(Collection.get_first_root_node().pk)",
    ).split()[-1]
    uploaded = requests.post(
        f"{cluster.app_a}/api/v3/images/",
        data={"title": f"Cluster picture {marker()}", "collection_id": root},
        files={"file": ("cluster.png", png, "image/png")},
        headers=bearer(cluster),
        timeout=60,
    )
    assert uploaded.status_code == 201, uploaded.text
    image_id = uploaded.json()["id"]
    name = cluster.manage(
        "shell",
        "--no-imports",
        "-c",
        f"from wagtail.images.models import Image; print(Image.objects.get(pk={image_id}).file.name)",
    ).split()[-1]

    served = get(f"{cluster.app_b}/media/{name}")

    assert served.status_code == 200
    assert served.content == png


APPLICATION = {
    "service": "khatian-certified-copy",
    "channel": "portal",
    "applicant_name": "রহিমা বেগম",
    "guardian_name": "করিম উদ্দিন",
    "mobile": "01712345678",
    "nid": "1234567890",
    "address": "পায়রাবন্দ, মিঠাপুকুর, রংপুর",
    "upazila": "mithapukur",
    "mouza": "পায়রাবন্দ",
    "khatian_no": "123",
    "survey": "RS",
}


def app_log_lines(cluster, path: str) -> int:
    return sum(cluster.access_log(name).count(f" {path} ") for name in ("app-a", "app-b"))


def test_a_receipt_is_never_cached_and_the_worker_sends_the_sms(cluster):
    applied = requests.post(f"{cluster.varnish}/api/v3/applications/", json=APPLICATION, timeout=60)
    assert applied.status_code == 201, applied.text
    assert applied.headers["X-Cache"] == "PASS"
    receipt_url = applied.json()["receipt_url"]
    tracking_number = applied.json()["tracking_number"]
    path = urlsplit(receipt_url).path
    before = app_log_lines(cluster, path)

    first, second = get(receipt_url), get(receipt_url)

    for receipt in (first, second):
        assert receipt.status_code == 200
        assert receipt.headers["X-Cache"] == "PASS"
        assert "no-store" in receipt.headers["Cache-Control"]
        assert "Age" not in receipt.headers or receipt.headers["Age"] == "0"
    # Both reached an app server (each writes its access log line just after answering).
    assert wait_until(lambda: app_log_lines(cluster, path) == before + 2, seconds=10)
    token = urlsplit(receipt_url).query
    assert token and all(token not in cluster.access_log(name) for name in ("app-a", "app-b"))

    # The SMS went out from the worker (its log), not from the app server that took the application.
    def sms_lines(name: str) -> list[str]:
        return [line for line in cluster.access_log(name).splitlines() if "SMS to" in line and tracking_number in line]

    assert wait_until(lambda: sms_lines("worker"), seconds=60), cluster.access_log("worker")[-2000:]
    assert "017*****678" in sms_lines("worker")[0]  # masked, as everywhere in the logs
    assert sms_lines("app-a") == sms_lines("app-b") == []


def wait_until(condition, seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.5)
    return condition()
