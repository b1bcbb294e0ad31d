"""Media for many servers (MEDIA_STORAGE=s3) against a real S3 server on loopback: moto's server
mode, started by this module and stopped after it. Pictures and renditions are public objects of
the media bucket; documents are private objects there, served only by Wagtail's view; citizens'
uploads and receipts are private objects of the private bucket, which has no URL at all, and
staff read them only through the permission-checked admin view. `/readyz` checks both buckets.

moto enforces object ACLs for unsigned requests (an anonymous GET of a private object is a 403),
as S3 itself does, so "not public" is tested by fetching the object as a stranger would."""

import io
import uuid
from dataclasses import dataclass

import boto3
import pytest
import requests
from django.contrib.auth.models import Group
from django.core.files.uploadedfile import SimpleUploadedFile
from moto.server import ThreadedMotoServer
from PIL import Image as PILImage
from wagtail.documents import get_document_model
from wagtail.images import get_image_model

from eservice.models import ApplicationUpload
from eservice.models.storage import private_storage
from rangpur_cms.settings.storage import s3_storages

pytestmark = pytest.mark.django_db

MOTO_PORT = 8390  # in this helper's range of loopback ports
ENDPOINT = f"http://127.0.0.1:{MOTO_PORT}"
CREDENTIALS = {"aws_access_key_id": "rangpur-test", "aws_secret_access_key": "rangpur-test-secret"}
PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


@pytest.fixture(scope="module")
def s3_server():
    server = ThreadedMotoServer(ip_address="127.0.0.1", port=MOTO_PORT, verbose=False)
    server.start()
    yield boto3.client("s3", endpoint_url=ENDPOINT, region_name="us-east-1", **CREDENTIALS)
    server.stop()


@dataclass
class Buckets:
    client: object
    media: str
    private: str

    def object_url(self, bucket: str, key: str) -> str:
        return f"{ENDPOINT}/{bucket}/{key}"

    def read(self, bucket: str, key: str) -> bytes:
        return self.client.get_object(Bucket=bucket, Key=key)["Body"].read()

    def keys(self, bucket: str) -> list[str]:
        return [item["Key"] for item in self.client.list_objects_v2(Bucket=bucket).get("Contents", [])]


@pytest.fixture
def buckets(s3_server, settings) -> Buckets:
    """Two fresh buckets and the settings MEDIA_STORAGE=s3 would make for them."""
    suffix = uuid.uuid4().hex[:12]
    media, private = f"rangpur-media-{suffix}", f"rangpur-private-{suffix}"
    for bucket in (media, private):
        s3_server.create_bucket(Bucket=bucket)
    storages, media_url = s3_storages(
        endpoint_url=ENDPOINT,
        access_key=CREDENTIALS["aws_access_key_id"],
        secret_key=CREDENTIALS["aws_secret_access_key"],
        region="us-east-1",
        media_bucket=media,
        private_bucket=private,
    )
    settings.STORAGES = {**storages, "staticfiles": settings.STORAGES["staticfiles"]}
    settings.MEDIA_URL = media_url
    return Buckets(client=s3_server, media=media, private=private)


@pytest.fixture
def superuser_client(client, django_user_model):
    client.force_login(django_user_model.objects.create_superuser("chief", "chief@example.com", "pw"))
    return client


def png_bytes(size=(64, 48)) -> bytes:
    buffer = io.BytesIO()
    PILImage.new("RGB", size, "#006a4e").save(buffer, format="PNG")
    return buffer.getvalue()


def streamed(response) -> bytes:
    return b"".join(response.streaming_content) if response.streaming else response.content


# --- Wagtail's pictures and documents: the media bucket ---------------------------------------


def test_a_picture_uploaded_in_the_admin_and_its_rendition_are_public_objects_of_the_media_bucket(
    superuser_client, buckets
):
    content = png_bytes()
    response = superuser_client.post(
        "/admin/images/add/",
        {"title": "তাজহাট জমিদার বাড়ি", "file": SimpleUploadedFile("tajhat.png", content), "collection": 1},
    )
    assert response.status_code == 302
    image = get_image_model().objects.get(title="তাজহাট জমিদার বাড়ি")
    assert image.file.name.startswith("original_images/")
    assert buckets.read(buckets.media, image.file.name) == content
    # Public: anyone (a browser, the CDN) fetches it from the bucket, without a signature.
    assert image.file.url == buckets.object_url(buckets.media, image.file.name)
    assert requests.get(image.file.url, timeout=10).content == content

    rendition = image.get_rendition("fill-32x24")
    assert rendition.file.name.startswith("images/")
    assert rendition.file.name in buckets.keys(buckets.media)
    fetched = requests.get(rendition.url, timeout=10)
    assert fetched.status_code == 200
    assert PILImage.open(io.BytesIO(fetched.content)).size == (32, 24)
    assert "public" in buckets.client.head_object(Bucket=buckets.media, Key=rendition.file.name)["CacheControl"]
    # The app's own /media/ has nothing: every server reads the same bucket.
    assert superuser_client.get(f"/media/{image.file.name}").status_code == 404


def test_a_document_is_a_private_object_served_only_through_wagtails_view(superuser_client, client, buckets):
    response = superuser_client.post(
        "/admin/documents/add/",
        {"title": "দরপত্র বিজ্ঞপ্তি", "file": SimpleUploadedFile("tender.pdf", PDF), "collection": 1},
    )
    assert response.status_code == 302
    document = get_document_model().objects.get(title="দরপত্র বিজ্ঞপ্তি")
    assert document.file.name.startswith("documents/")
    assert buckets.read(buckets.media, document.file.name) == PDF
    # A stranger who guesses the object's address is refused by the bucket.
    assert requests.get(buckets.object_url(buckets.media, document.file.name), timeout=10).status_code == 403
    grants = buckets.client.get_object_acl(Bucket=buckets.media, Key=document.file.name)["Grants"]
    assert not [grant for grant in grants if grant["Grantee"].get("URI", "").endswith("/AllUsers")]
    # Wagtail's document view streams it (no redirect to the bucket), with its headers.
    client.logout()
    served = client.get(document.url)
    assert served.status_code == 200
    assert streamed(served) == PDF
    assert served["Content-Security-Policy"] == "default-src 'none'"


# --- citizens' uploads: the private bucket ---------------------------------------------------


def apply_with(client, land_form, files) -> object:
    land_form["documents"] = files
    return client.post("/bn/eservice/apply/khatian-copy/", land_form)


def test_a_citizens_upload_lands_in_the_private_bucket_and_has_no_url(client, centre, land_form, buckets):
    response = apply_with(client, land_form, [SimpleUploadedFile("porcha.png", png_bytes(), content_type="image/png")])
    assert response.status_code == 302
    upload = ApplicationUpload.objects.get()
    assert buckets.keys(buckets.private) == [upload.file.name]
    assert buckets.keys(buckets.media) == []
    assert buckets.read(buckets.private, upload.file.name) == png_bytes()
    # No URL, signed or not, can be made for it, and the bucket refuses strangers.
    with pytest.raises(ValueError):
        upload.file.url  # noqa: B018 - asking is the test
    assert requests.get(buckets.object_url(buckets.private, upload.file.name), timeout=10).status_code == 403
    # The receipt (HTML, then the PDF, stored once in the private bucket) names no bucket.
    receipt = client.get(response["Location"])
    assert receipt.status_code == 200
    assert buckets.private not in receipt.text and ENDPOINT not in receipt.text
    pdf = client.get(response["Location"] + "&format=pdf")  # the receipt link carries its token: ?t=...
    assert pdf.status_code == 200
    assert any(key.startswith("receipts/") for key in buckets.keys(buckets.private))


def test_staff_read_a_citizens_upload_only_with_permission(client, centre, land_form, buckets, django_user_model):
    apply_with(client, land_form, [SimpleUploadedFile("nid.pdf", PDF, content_type="application/pdf")])
    upload = ApplicationUpload.objects.get()
    url = f"/admin/eservice/uploads/{upload.pk}/"
    assert client.get(url).status_code == 302  # to the admin's sign-in

    editor = django_user_model.objects.create_user("editor", "editor@example.com", "pw")
    editor.groups.add(Group.objects.get(name="Editors"))
    client.force_login(editor)
    refused = client.get(url)
    # Wagtail's admin turns the view's PermissionDenied into "no permission" and its dashboard.
    assert (refused.status_code, refused["Location"]) == (302, "/admin/")
    assert not refused.streaming

    client.force_login(django_user_model.objects.create_superuser("chief", "chief@example.com", "pw"))
    response = client.get(url)
    assert response.status_code == 200
    assert streamed(response) == PDF
    assert "no-store" in response["Cache-Control"]


def test_the_upload_field_uses_the_named_private_storage(buckets):
    field_storage = ApplicationUpload._meta.get_field("file").storage
    assert private_storage() is field_storage
    assert field_storage.bucket_name == buckets.private


# --- readiness --------------------------------------------------------------------------------


def test_ready_checks_both_buckets(client, buckets):
    response = client.get("/readyz")
    assert response.status_code == 200
    assert response.json()["checks"]["storage"] == {"status": "ok"}
    # The probe leaves nothing behind.
    assert buckets.keys(buckets.media) == buckets.keys(buckets.private) == []


def test_not_ready_when_the_private_bucket_is_gone(client, buckets):
    buckets.client.delete_bucket(Bucket=buckets.private)
    response = client.get("/readyz")
    assert response.status_code == 503
    assert response.json()["failed"] == ["storage"]
