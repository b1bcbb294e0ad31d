"""The fragments every page repeats (menu, header, footer, home notice boxes) are served from the
cache, change on the next request after a publish, settings change or expiry, and the site
works the same with the cache down."""

import datetime
import io

import pytest
from django.core.management import call_command
from django.utils import timezone

from home.models import OfficeSettings
from tests.factories import NoticeFactory
from tests.notices.conftest import build_boards

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("empty_cache")]


def test_the_menu_follows_a_published_title_on_the_next_request(client, sections, django_capture_on_commit_callbacks):
    mahals = sections.indexes_bn["mahals"]
    assert mahals.title in client.get("/bn/").text
    mahals.title = "জলমহাল ও হাট-বাজার"
    with django_capture_on_commit_callbacks(execute=True):
        mahals.save_revision().publish()
    html = client.get("/bn/offices/").text
    assert "জলমহাল ও হাট-বাজার" in html
    assert 'href="/bn/sairat-mahals/" aria-current="page"' not in html
    assert 'href="/bn/offices/" aria-current="page"' in html


def test_office_settings_show_in_header_and_footer_on_the_next_request(
    client, sections, django_capture_on_commit_callbacks
):
    client.get("/en/")  # fragments made with the old settings
    office = OfficeSettings.for_site(sections.site.site)
    office.office_name_en = "Rangpur District Administration"
    office.phone = "0521-63100"
    with django_capture_on_commit_callbacks(execute=True):
        office.save()
    html = client.get("/en/").text
    assert html.count("Rangpur District Administration") >= 3  # title, header, footer
    assert "0521-63100" in html


def test_a_published_notice_shows_in_the_home_boxes_at_once(client, bilingual_site, django_capture_on_commit_callbacks):
    build_boards(bilingual_site)
    notice = NoticeFactory(title="জলমহাল ইজারার বিজ্ঞপ্তি", live=False)
    assert notice.title not in client.get("/bn/").text
    with django_capture_on_commit_callbacks(execute=True):
        notice.save_revision().publish()
    assert "জলমহাল ইজারার বিজ্ঞপ্তি" in client.get("/bn/").text


def test_an_expired_notice_leaves_the_home_boxes_when_the_periodic_command_runs(
    client, bilingual_site, django_capture_on_commit_callbacks
):
    build_boards(bilingual_site)
    notice = NoticeFactory(title="শেষ হয়ে যাওয়া দরপত্র", expires_at=timezone.now() + datetime.timedelta(seconds=1))
    assert notice.title in client.get("/bn/").text
    notice.expires_at = timezone.now() - datetime.timedelta(seconds=1)
    notice.save()  # as if its time had come: no publish, no signal
    assert notice.title in client.get("/bn/").text  # still the cached box
    with django_capture_on_commit_callbacks(execute=True):
        call_command("purge_expired_notices", stdout=io.StringIO())
    assert notice.title not in client.get("/bn/").text


def test_pages_render_with_the_cache_down(client, sections, settings):
    settings.CACHES = {
        **settings.CACHES,
        "default": {
            "BACKEND": "core.cache.FailSafeRedisCache",
            "LOCATION": "redis://127.0.0.1:8337/4",  # nothing listens on this port
            "OPTIONS": {"socket_connect_timeout": 0.2, "socket_timeout": 0.2, "RETRY_SECONDS": 60},
        },
    }
    for url in ("/bn/", "/en/", "/bn/sairat-mahals/"):
        response = client.get(url)
        assert response.status_code == 200
        assert sections.indexes_bn["offices"].title in response.text or "Government offices" in response.text
