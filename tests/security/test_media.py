"""Media: documents only through Wagtail's document view (collection passwords respected, anything
but PDFs and pictures as an attachment, a CSP that lets nothing run), never straight from
/media/documents/; pictures capped at 40 megapixels, measured before they are decoded; a picture
Pillow cannot read is a field error, not a 500."""

import io
import os

import pytest
from django.core.files.base import ContentFile
from django.core.files.storage import InMemoryStorage
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image as PILImage
from PIL import ImageFile
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection, CollectionViewRestriction
from wagtail_factories import ImageFactory

from tests.core.test_uploads import PDF, docx_bytes, jpeg_bytes, png_bytes

pytestmark = pytest.mark.django_db

Document = get_document_model()


class RemoteLikeStorage(InMemoryStorage):
    """A storage with URLs but no local paths, as S3 is."""

    def path(self, name):
        raise NotImplementedError("no local paths")

    def _relative_path(self, name):
        # InMemoryStorage finds its files through path(); keep that working inside.
        return os.path.relpath(InMemoryStorage.path(self, name), self.location)


def make_document(name: str, content: bytes, collection: Collection | None = None):
    collection = collection or Collection.get_first_root_node()
    document = Document(title=name, collection=collection)
    document.file.save(name, ContentFile(content), save=False)
    document.save()
    return document


def file_bytes(response) -> bytes:
    return b"".join(response.streaming_content) if response.streaming else response.content


@pytest.fixture
def restricted_collection():
    collection = Collection.get_first_root_node().add_child(name="গোপন দরপত্র")
    CollectionViewRestriction.objects.create(
        collection=collection, restriction_type=CollectionViewRestriction.PASSWORD, password="ঢাকা-২০২৬"
    )
    return collection


@pytest.fixture
def admin_client(client, django_user_model):
    client.force_login(django_user_model.objects.create_superuser("chief", "chief@example.com", "pw"))
    return client


# --- documents -------------------------------------------------------------------------------


def test_a_password_protected_document_is_not_served_from_media(client, restricted_collection):
    secret = b"%PDF-1.4\n% the confidential tender schedule\n%%EOF\n"
    document = make_document("schedule.pdf", secret, restricted_collection)
    direct = client.get(f"/media/{document.file.name}")
    assert direct.status_code == 404
    # Wagtail's own view asks for the password and sends nothing of the file.
    guarded = client.get(document.url)
    assert guarded.status_code == 200
    assert b"password" in guarded.content.lower()
    assert secret not in guarded.content


def test_no_document_of_any_collection_is_served_from_media(client):
    document = make_document("form.pdf", PDF)
    assert client.get(f"/media/{document.file.name}").status_code == 404
    assert client.get("/media/documents/../documents/form.pdf").status_code == 404
    assert file_bytes(client.get(document.url)) == PDF


@pytest.mark.parametrize(
    ("name", "content", "disposition"),
    [
        ("form.docx", docx_bytes(), "attachment"),
        ("schedule.pdf", PDF, "inline"),
        ("map.png", png_bytes(), "inline"),
        ("map.jpg", jpeg_bytes(), "inline"),
    ],
)
def test_documents_go_out_as_attachments_except_pdfs_and_pictures(client, name, content, disposition):
    response = client.get(make_document(name, content).url)
    assert response.status_code == 200
    assert response["Content-Disposition"].split(";")[0] == disposition
    assert response["Content-Security-Policy"] == "default-src 'none'"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert file_bytes(response) == content


def test_documents_in_remote_storage_stream_through_the_view_instead_of_redirecting(client, settings):
    # Wagtail's default for such a storage is a redirect to the storage's own (public) URL.
    settings.STORAGES = {**settings.STORAGES, "default": {"BACKEND": f"{__name__}.RemoteLikeStorage"}}
    content = docx_bytes()
    response = client.get(make_document("form.docx", content).url)
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("attachment")
    assert response["Content-Security-Policy"] == "default-src 'none'"
    assert file_bytes(response) == content


def test_pictures_are_still_served_from_media_with_a_csp(client):
    image = ImageFactory()
    original = client.get(f"/media/{image.file.name}")
    assert original.status_code == 200
    assert original["Content-Security-Policy"] == "default-src 'none'"
    assert original["X-Content-Type-Options"] == "nosniff"
    rendition = image.get_rendition("fill-40x30")
    assert client.get(rendition.url).status_code == 200


# --- pictures --------------------------------------------------------------------------------


def big_png(width: int, height: int) -> bytes:
    """A one-bit PNG: millions of pixels in a few kilobytes, as an attacker would send."""
    buffer = io.BytesIO()
    PILImage.new("1", (width, height)).save(buffer, format="PNG")
    return buffer.getvalue()


def truncated_jpeg() -> bytes:
    buffer = io.BytesIO()
    PILImage.effect_noise((400, 300), 64).convert("RGB").save(buffer, format="JPEG", quality=90)
    data = buffer.getvalue()
    return data[: len(data) // 2]


def file_errors(response) -> list:
    return response.context["form"].errors.as_data()["file"]


def test_a_picture_over_40_megapixels_is_refused_with_a_clear_message(admin_client):
    upload = SimpleUploadedFile("poster.png", big_png(7000, 6000))  # 42 megapixels
    response = admin_client.post("/admin/images/add/", {"title": "পোস্টার", "file": upload, "collection": 1})
    assert response.status_code == 200
    errors = file_errors(response)
    assert [error.code for error in errors] == ["too_many_pixels"]
    # The admin speaks Bengali here: the sizes come in Bengali digits.
    message = errors[0].messages[0]
    assert "৭০০০ × ৬০০০" in message and "৪২" in message and "৪০" in message
    multiple = admin_client.post(
        "/admin/images/multiple/add/", {"files[]": SimpleUploadedFile("poster.png", big_png(7000, 6000))}
    )
    assert multiple.status_code == 200 and multiple.json()["success"] is False
    assert not get_image_model().objects.exists()


def test_a_picture_of_40_megapixels_is_accepted(admin_client):
    upload = SimpleUploadedFile("poster.png", big_png(8000, 5000))
    response = admin_client.post("/admin/images/add/", {"title": "পোস্টার", "file": upload, "collection": 1})
    assert response.status_code == 302
    assert get_image_model().objects.get().width == 8000


def test_a_decompression_bomb_is_refused_as_a_document_and_as_an_image(admin_client):
    bomb = big_png(20000, 10000)  # 200 megapixels: past Pillow's own limit
    document = admin_client.post(
        "/admin/documents/add/", {"title": "বোমা", "file": SimpleUploadedFile("bomb.png", bomb), "collection": 1}
    )
    assert document.status_code == 200
    assert [error.code for error in file_errors(document)] == ["picture_far_too_large"]
    image = admin_client.post(
        "/admin/images/add/", {"title": "বোমা", "file": SimpleUploadedFile("bomb.png", bomb), "collection": 1}
    )
    assert image.status_code == 200
    assert [error.code for error in file_errors(image)] == ["picture_far_too_large"]
    assert not Document.objects.exists() and not get_image_model().objects.exists()


@pytest.mark.parametrize("weasyprint_loaded", [False, True])
def test_a_truncated_jpeg_is_a_field_error_not_a_500(admin_client, monkeypatch, weasyprint_loaded):
    # WeasyPrint turns on Pillow's LOAD_TRUNCATED_IMAGES for the whole process once imported.
    monkeypatch.setattr(ImageFile, "LOAD_TRUNCATED_IMAGES", weasyprint_loaded)
    response = admin_client.post(
        "/admin/images/add/",
        {"title": "ভাঙা ছবি", "file": SimpleUploadedFile("broken.jpg", truncated_jpeg()), "collection": 1},
    )
    assert response.status_code == 200
    assert [error.code for error in file_errors(response)] == ["unreadable_image"]
    multiple = admin_client.post(
        "/admin/images/multiple/add/", {"files[]": SimpleUploadedFile("broken.jpg", truncated_jpeg())}
    )
    assert multiple.status_code == 200 and multiple.json()["success"] is False
    chooser = admin_client.post(
        "/admin/images/chooser/create/",
        {"image-chooser-upload-title": "x", "image-chooser-upload-file": SimpleUploadedFile("x.jpg", truncated_jpeg())},
    )
    assert chooser.status_code == 200
    assert not get_image_model().objects.exists()
