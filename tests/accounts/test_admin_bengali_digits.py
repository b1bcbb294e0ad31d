"""The guard for accounts/static/accounts/admin-bengali-digits.js, which adjusts Wagtail's own
scripts: what it relies on must still be where and what it was in Wagtail, and the page editor
must load it before comments.js (the browser journey is tests/browser/test_admin_digits_in_scripts.py)."""

import re
from pathlib import Path

import pytest
import wagtail.admin
from django.contrib.auth import get_user_model
from wagtail.users.models import UserProfile

from tests.factories import ContentPageFactory

WAGTAIL_JS = Path(wagtail.admin.__file__).parent / "static" / "wagtailadmin" / "js"
WAGTAIL_TEMPLATES = Path(wagtail.admin.__file__).parent / "templates" / "wagtailadmin"
OURS = "/static/accounts/admin-bengali-digits.js"


def test_wagtails_comments_still_format_times_in_the_browsers_language():
    comments = (WAGTAIL_JS / "comments.js").read_text()
    assert "Intl.DateTimeFormat([]" in comments, "comments.js no longer formats with an empty locale list"


def test_wagtails_content_metrics_are_still_written_where_the_observer_looks():
    core = (WAGTAIL_JS / "core.js").read_text()
    for selector in ("[data-content-word-count]", "[data-content-reading-time]"):
        assert f'document.querySelector("{selector}")' in core, f"core.js no longer writes {selector}"
    assert re.search(r"\w\.textContent=\w\.toString\(\)", core), "core.js no longer writes the word count as text"
    checks = (WAGTAIL_TEMPLATES / "shared" / "side_panels" / "checks.html").read_text()
    assert "data-content-word-count>" in checks
    assert "data-content-reading-time>" in checks


@pytest.mark.django_db
def test_the_page_editor_loads_the_digits_before_wagtails_comments(client, bilingual_site):
    page = ContentPageFactory(parent=bilingual_site.home_bn, title="এক নজরে রংপুর", slug="at-a-glance")
    user = get_user_model().objects.create_superuser("staff-bn", "bn@example.com", "pw")
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "bn"
    profile.save()
    client.force_login(user)

    html = client.get(f"/admin/pages/{page.pk}/edit/").text

    scripts = re.findall(r'<script\b[^>]*\bsrc="([^"?]+)', html)
    assert OURS in scripts
    assert "/static/wagtailadmin/js/comments.js" in scripts
    assert scripts.index(OURS) < scripts.index("/static/wagtailadmin/js/comments.js")
    ours = re.search(rf'<script\b[^>]*src="{re.escape(OURS)}[^"]*"[^>]*>', html).group(0)
    assert "async" not in ours and "defer" not in ours, "it must run before comments.js, not after"
