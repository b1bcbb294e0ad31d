"""`manage.py load_demo_content` builds the same site as before the demo content became data
files, and running it again adds and changes nothing."""

import io
import json
from pathlib import Path

import pytest
from django.core.management import call_command

from tests.demo.snapshot import site_snapshot

pytestmark = pytest.mark.django_db

BEFORE = json.loads((Path(__file__).parent / "demo_site.json").read_text(encoding="utf-8"))


def load_demo_content() -> str:
    output = io.StringIO()
    call_command("load_demo_content", stdout=output)
    return output.getvalue()


def test_the_demo_site_is_the_one_it_was_and_a_second_run_changes_nothing(moderation, settings):
    assert load_demo_content() == f"Demo content ready at {settings.WAGTAILADMIN_BASE_URL}/bn/\n"
    first = site_snapshot()
    assert first["counts"] == BEFORE["counts"]
    assert first["pages"] == BEFORE["pages"]
    assert first["notices"] == BEFORE["notices"]
    assert first["services"] == BEFORE["services"]
    assert first["holidays"] == BEFORE["holidays"]

    assert load_demo_content() == f"Demo content ready at {settings.WAGTAILADMIN_BASE_URL}/bn/\n"
    assert site_snapshot() == first
