"""Rate limits an attacker could otherwise step around (issue 13, the "Low" findings): bursts at
a window's edge, the website and the API counted apart, a feedback API looser than the page and
without its honeypot, tracking numbers guessed from many addresses, and Redis being down."""

import json
import logging

import pytest
from django.test import override_settings

from eservice.domain import ratelimit
from eservice.models import Feedback
from tests.eservice.factories import make_application

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("fresh_rate_limits")]

WRONG_MOBILE = "01898765432"
PORTAL_APPLICATION = {
    "service": "khatian-copy",
    "applicant_name": "রহিমা বেগম",
    "guardian_name": "করিম উদ্দিন",
    "mobile": "01712345678",
    "nid": "1234567890",
    "address": "পায়রাবন্দ, মিঠাপুকুর",
    "upazila": "mithapukur",
    "mouza": "পায়রাবন্দ",
    "khatian_no": "123",
    "survey": "RS",
}


class Clock:
    """The limiter's clock, moved by the test instead of by waiting."""

    def __init__(self, now: float):
        self.now = now

    def time(self) -> float:
        return self.now


@pytest.fixture
def clock(monkeypatch):
    # One second before a minute (and every longer window) ends.
    clock = Clock(86_400 * 20_000 - 1.0)
    monkeypatch.setattr(ratelimit, "time", clock)
    return clock


def api_post(client, path: str, data: dict, **extra):
    return client.post(path, json.dumps(data), content_type="application/json", HTTP_ACCEPT_LANGUAGE="en", **extra)


def api_track(client, number: str, mobile: str, **extra):
    return api_post(client, "/api/v3/applications/track/", {"tracking_number": number, "mobile": mobile}, **extra)


def web_track(client, number: str, mobile: str, **extra):
    return client.post("/en/eservice/track/", {"tracking_number": number, "mobile": mobile}, **extra)


def test_no_double_burst_across_a_window_edge(client, settings, centre, clock):
    settings.API_ANON_RATE = "3/m"
    for _ in range(3):
        assert api_track(client, "RNG-20261203-0001", WRONG_MOBILE).status_code == 404
    clock.now += 2  # a new minute has begun; the burst was two seconds ago
    limited = api_track(client, "RNG-20261203-0001", WRONG_MOBILE)
    assert limited.status_code == 429
    assert int(limited["Retry-After"]) >= 1


def test_the_limit_slides_rather_than_resets(client, settings, centre, clock):
    settings.API_ANON_RATE = "3/m"
    for _ in range(3):
        assert api_track(client, "RNG-20261203-0001", WRONG_MOBILE).status_code == 404
    clock.now += 61  # a whole minute after the burst: room again
    assert api_track(client, "RNG-20261203-0001", WRONG_MOBILE).status_code == 404


def test_the_website_and_the_api_share_one_tracking_limit(client, settings, centre):
    settings.API_ANON_RATE = "3/m"
    for _ in range(3):
        assert web_track(client, "RNG-20261203-0001", WRONG_MOBILE).status_code == 200
    assert api_track(client, "RNG-20261203-0001", WRONG_MOBILE).status_code == 429


def test_the_website_and_the_api_share_one_application_limit(client, settings, centre, land_form):
    settings.API_ANON_RATE = "1/m"
    assert client.post("/bn/eservice/apply/khatian-copy/", land_form).status_code == 302
    assert api_post(client, "/api/v3/applications/", PORTAL_APPLICATION).status_code == 429


def test_tracking_guesses_are_limited_per_number_from_any_address(client, settings, centre):
    settings.ESERVICE_TRACK_GUESS_RATE = "3/h"
    application = make_application(centre.plain, data={"mobile": "01712345678"})
    number = application.tracking_number
    for address in ("10.0.0.1", "10.0.0.2"):
        assert api_track(client, number, WRONG_MOBILE, REMOTE_ADDR=address).status_code == 404
    assert web_track(client, number, WRONG_MOBILE, REMOTE_ADDR="10.0.0.3").status_code == 200
    # Three wrong guesses from three addresses: the number is closed for a while, even to the
    # right mobile, so a fourth address cannot go on guessing.
    assert api_track(client, number, "01712345678", REMOTE_ADDR="10.0.0.4").status_code == 429
    assert web_track(client, number, "01712345678", REMOTE_ADDR="10.0.0.5").status_code == 429
    # Another number is not affected.
    other = make_application(centre.plain, data={"mobile": "01712345678"})
    assert api_track(client, other.tracking_number, "01712345678", REMOTE_ADDR="10.0.0.4").status_code == 200


def test_feedback_has_one_limit_for_the_page_and_the_api(client, feedback_pages):
    """The page's 5 per 10 minutes, counted across the page and the API together."""
    for number in range(3):
        assert client.post("/bn/feedback/", {"message": f"বার্তা {number}"}).status_code == 302
    for number in range(2):
        assert api_post(client, "/api/v3/feedback/", {"message": f"message {number}"}).status_code == 201
    assert api_post(client, "/api/v3/feedback/", {"message": "one too many"}).status_code == 429
    assert client.post("/bn/feedback/", {"message": "one too many"}).status_code == 429
    assert Feedback.objects.count() == 5


def test_the_feedback_api_has_the_pages_honeypot(client, centre):
    response = api_post(client, "/api/v3/feedback/", {"message": "Buy cheap watches", "website": "http://spam.example"})
    assert response.status_code == 201  # looks like success, so a bot learns nothing
    assert not Feedback.objects.exists()


@pytest.fixture
def redis_down():
    """The caches point at a Redis nobody answers (nothing listens on port 1), until the test
    ends, configured as production configures them with REDIS_URL (rangpur_cms/settings/base.py,
    `redis_caches`): the shared cache fails safe (a miss), the rate limiter's cache raises."""
    options = {"socket_connect_timeout": 0.2, "socket_timeout": 0.2}
    location = "redis://127.0.0.1:1/0"
    unreachable = {
        "default": {"BACKEND": "core.cache.FailSafeRedisCache", "LOCATION": location, "OPTIONS": options},
        "ratelimit": {
            "BACKEND": "core.cache.FailSafeRedisCache",
            "LOCATION": location,
            "OPTIONS": {**options, "FAIL_SAFE": False},
        },
    }
    ratelimit.LOCAL_COUNTS.clear()
    with override_settings(CACHES=unreachable):
        yield
    ratelimit.LOCAL_COUNTS.clear()


def test_with_redis_down_limits_fall_back_to_this_process(client, settings, centre, redis_down, caplog):
    settings.API_ANON_RATE = "2/m"
    with caplog.at_level(logging.WARNING, logger="eservice.domain.ratelimit"):
        for _ in range(2):
            assert api_track(client, "RNG-20261203-0001", WRONG_MOBILE).status_code == 404
        assert api_track(client, "RNG-20261203-0001", WRONG_MOBILE).status_code == 429
    assert "Rate-limit cache failed" in caplog.text
