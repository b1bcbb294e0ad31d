"""What issue #5 promises a new front-end developer, done through HTTP alone on the demo content:
list the sections in both languages, show a notice with its photo and attachments, submit an
application, open its receipt and track it."""

import io
import json
from urllib.parse import urlsplit

import pytest
from django.core.cache import cache
from django.core.files.storage import default_storage
from django.core.management import call_command

pytestmark = pytest.mark.django_db


@pytest.fixture
def demo(settings):
    call_command("load_demo_content", stdout=io.StringIO())
    cache.clear()


def path_of(url: str) -> str:
    parts = urlsplit(url)
    return parts.path + (f"?{parts.query}" if parts.query else "")


def test_a_front_end_builds_on_the_api_alone(client, demo):
    # 1. The languages and their home pages.
    locales = client.get("/api/v3/locales/").json()
    homes = {locale["code"]: locale["home_page"] for locale in locales}
    assert set(homes) == {"bn", "en"}

    # 2. The sections in both languages; every Bengali section names its English twin.
    sections = {
        code: client.get("/api/v3/pages/", {"child_of": home["id"], "limit": 50}).json()["items"]
        for code, home in homes.items()
    }
    assert len(sections["bn"]) >= 8
    english_ids = {item["id"] for item in sections["en"]}
    for item in sections["bn"]:
        assert item["meta"]["locale"] == "bn"
        assert item["translations"]["en"]["id"] in english_ids, item["title"]
    mahals = next(item for item in sections["en"] if item["meta"]["type"] == "home.MahalIndexPage")
    children = client.get("/api/v3/pages/", {"child_of": mahals["id"], "type": "home.MahalPage"}).json()["items"]
    mahal = client.get(path_of(children[0]["meta"]["detail_url"])).json()
    assert mahal["meta"]["locale"] == "en" and mahal["kind"] in {"jalmahal", "balumahal", "pathormahal", "other"}
    # The same page found by the path the English website shows it at.
    found = client.get("/api/v3/pages/find/", {"html_path": path_of(mahal["meta"]["html_url"])}, follow=True)
    assert found.json()["id"] == mahal["id"]

    # 3. A notice with its photo and attachments.
    notices = client.get("/api/v3/notices/", {"locale": "bn", "limit": 50}).json()["items"]
    listed = next(item for item in notices if item["photo"] and item["attachment"] and item["attachments"])
    notice = client.get(f"/api/v3/notices/{listed['id']}/").json()
    assert notice["photo"]["alt"]
    for rendition in notice["photo"]["renditions"].values():
        assert default_storage.exists(urlsplit(rendition["url"]).path.removeprefix("/media/"))
    for document in [notice["attachment"], *notice["attachments"]]:
        download = client.get(path_of(document["url"]))
        assert download.status_code == 200
        body = b"".join(download.streaming_content)
        assert len(body) == document["size"] and body.startswith(b"%PDF")
    assert notice["translations"]["en"]["title"]

    # 4. Apply for a service of the charter, open the receipt, track the application.
    service = client.get("/api/v3/services/", {"locale": "en"}).json()[0]
    assert service["extra_fields"] == "land_record"
    application = {
        "service": service["slug"],
        "channel": "portal",
        "applicant_name": "Rahima Begum",
        "guardian_name": "Karim Uddin",
        "mobile": "01712345678",
        "nid": "1234567890",
        "address": "Pairaband, Mithapukur, Rangpur",
        "upazila": "mithapukur",
        "mouza": "Pairaband",
        "khatian_no": "123",
        "survey": "RS",
    }
    created = client.post("/api/v3/applications/?locale=en", json.dumps(application), content_type="application/json")
    assert created.status_code == 201, created.content
    receipt = created.json()
    receipt_page = client.get(path_of(receipt["receipt_url"]))
    assert receipt_page.status_code == 200
    assert receipt["tracking_number"] in receipt_page.content.decode()
    tracked = client.post(
        "/api/v3/applications/track/?locale=en",
        json.dumps({"tracking_number": receipt["tracking_number"], "mobile": "01712345678"}),
        content_type="application/json",
    )
    assert tracked.status_code == 200
    status = tracked.json()
    assert status["status"] == "received" and status["status_label"] == "Received"
    assert status["probable_delivery_date"] == receipt["probable_delivery_date"]
