"""Every page of the demo site comes out of the page API whole: no response fails its own schema,
no rich text keeps Wagtail's internal link markup, every URL is absolute, every photo has alt text."""

import io
import json

import pytest
from django.core.management import call_command
from wagtail.models import Page, Site

from core.portals import site_id_of_page

pytestmark = pytest.mark.django_db


def _urls(node):
    if isinstance(node, dict):
        for key, value in node.items():
            if key in ("url", "detail_url", "html_url") and isinstance(value, str):
                yield value
            yield from _urls(value)
    elif isinstance(node, list):
        for value in node:
            yield from _urls(value)


def _photos(node):
    if isinstance(node, dict):
        if "renditions" in node and "alt" in node:
            yield node
        for value in node.values():
            yield from _photos(value)
    elif isinstance(node, list):
        for value in node:
            yield from _photos(value)


def test_every_demo_page_comes_out_typed_with_public_urls(client):
    call_command("load_demo_content", stdout=io.StringIO())
    pages = list(Page.objects.live().public().filter(depth__gt=1).values_list("pk", "locale__language_code"))
    assert len(pages) > 40
    photos = 0
    hosts = {site.pk: site.hostname for site in Site.objects.all()}
    for pk, language in pages:
        # Each portal's pages answer on its own host (the Host decides, as for a browser).
        host = hosts[site_id_of_page(Page.objects.get(pk=pk))]
        response = client.get(f"/api/v3/pages/{pk}/", HTTP_HOST=host)
        assert response.status_code == 200, (pk, response.content[:500])
        text = response.content.decode()
        assert "linktype=" not in text, pk
        data = json.loads(text)
        assert data["meta"]["locale"] == language
        assert [url for url in _urls(data) if url.startswith("/")] == [], pk
        assert 'href=\\"/' not in text and 'src=\\"/' not in text, pk
        for photo in _photos(data):
            photos += 1
            assert photo["alt"].strip(), (pk, photo["url"])
            assert {name: (r["width"] > 0, r["height"] > 0) for name, r in photo["renditions"].items()} == {
                "thumbnail": (True, True),
                "medium": (True, True),
                "large": (True, True),
            }
    assert photos > 5
