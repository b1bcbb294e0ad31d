"""Section pages in the v3 API: images and documents go out as URLs, not bare ids."""

import json

import pytest
import wagtail_factories
from wagtail.rich_text import RichText

from tests import factories

pytestmark = pytest.mark.django_db


def test_api_gives_photo_and_files_as_urls(client, sections):
    photo = wagtail_factories.ImageFactory()
    document = wagtail_factories.DocumentFactory(title="নীতিমালা")
    page = factories.ContentPageFactory(
        parent=sections.site.home_bn,
        slug="policy",
        photo=photo,
        photo_alt="নীতিমালার প্রচ্ছদ",
        attachment=document,
        body=[
            ("paragraph", RichText("<p>অনুচ্ছেদ</p>")),
            ("documents", {"heading": "ফরম", "documents": [document]}),
            ("image", {"image": photo, "alt_text": "ছবি", "caption": ""}),
        ],
    )
    data = client.get(f"/api/v3/pages/{page.pk}/").json()
    photo = data["photo_detail"]
    assert photo["alt"] == "নীতিমালার প্রচ্ছদ"
    assert "/media/original_images/" in photo["url"]
    # Renditions are URLs of resized copies, never ids.
    assert photo["renditions"] and all(
        "/media/images/" in json.dumps(rendition) for rendition in photo["renditions"].values()
    )
    (file,) = data["attachment_files"]
    assert file["title"] == "নীতিমালা"
    assert file["url"].endswith(document.url)
    assert file["size"] == document.get_file_size()
    assert file["content_type"] == document.content_type
    blocks = {block["type"]: block["value"] for block in data["body"]}
    assert blocks["documents"]["documents"][0]["url"].endswith(document.url)
    assert blocks["image"]["image"]["url"].startswith("http://testserver/media/")
