"""One upload checker (core/uploads.py): editors' attachments are checked by content and size on
every admin upload path (citizens' documents: tests/eservice/web/test_citizen_pages.py)."""

import io
import zipfile

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from openpyxl import Workbook
from PIL import Image as PILImage
from wagtail.documents import get_document_model
from wagtail.images import get_image_model

from core import uploads
from core.uploads import DOCUMENT_KINDS, UploadChecker, attachment_checker

pytestmark = pytest.mark.django_db

# The start of a Windows executable: what a renamed program looks like inside.
EXECUTABLE = b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff\x00\x00" + b"\x00" * 200
PDF = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"


def png_bytes() -> bytes:
    buffer = io.BytesIO()
    PILImage.new("RGB", (40, 30), "#006a4e").save(buffer, format="PNG")
    return buffer.getvalue()


def jpeg_bytes() -> bytes:
    buffer = io.BytesIO()
    PILImage.new("RGB", (40, 30), "#006a4e").save(buffer, format="JPEG")
    return buffer.getvalue()


def docx_bytes() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", "<w:document/>")
    return buffer.getvalue()


def xlsx_bytes() -> bytes:
    buffer = io.BytesIO()
    workbook = Workbook()
    workbook.active["A1"] = "ইউরিয়া"
    workbook.save(buffer)
    return buffer.getvalue()


def ole2_bytes(stream_name: str) -> bytes:
    # An OLE2 compound file header followed by a directory entry naming the main stream.
    return b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504 + stream_name.encode("utf-16-le") + b"\x00" * 100


def _codes(response) -> list[str]:
    return [error.code for error in response.context["form"].errors.as_data()["file"]]


@pytest.fixture
def admin_client(client, django_user_model):
    user = django_user_model.objects.create_superuser("editor", "editor@example.com", "a-strong-test-password")
    client.force_login(user)
    return client


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("notice.pdf", PDF),
        ("form.docx", None),
        ("table.xlsx", None),
        ("old.doc", ole2_bytes("WordDocument")),
        ("old.xls", ole2_bytes("Workbook")),
        ("photo.jpg", None),
        ("photo.png", None),
    ],
)
def test_accepted_kinds_pass(name, content):
    content = (
        content or {"docx": docx_bytes, "xlsx": xlsx_bytes, "jpg": jpeg_bytes, "png": png_bytes}[name.rsplit(".")[-1]]()
    )
    assert attachment_checker(DOCUMENT_KINDS)(SimpleUploadedFile(name, content)).kind.extensions


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("tender.pdf", EXECUTABLE),  # a renamed program
        ("photo.png", jpeg_bytes()),  # content and name disagree
        ("form.docx", xlsx_bytes()),
        ("old.doc", ole2_bytes("Workbook")),
        ("archive.zip", docx_bytes()),  # a type that is not accepted at all
        ("program.exe", EXECUTABLE),
        ("notes.docx", b"PK\x03\x04 not really a zip"),
    ],
)
def test_wrong_content_is_refused(name, content):
    with pytest.raises(ValidationError):
        attachment_checker(DOCUMENT_KINDS)(SimpleUploadedFile(name, content))


def test_renamed_executable_is_refused_by_the_document_form(admin_client):
    response = admin_client.post(
        "/admin/documents/add/",
        {"title": "দরপত্র", "file": SimpleUploadedFile("tender.pdf", EXECUTABLE), "collection": 1},
    )
    assert response.status_code == 200
    assert _codes(response) == ["file_content_mismatch"]
    assert not get_document_model().objects.exists()


def test_renamed_executable_is_refused_in_bengali(admin_client):
    admin_client.cookies["django_language"] = "bn"
    response = admin_client.post(
        "/admin/documents/add/",
        {"title": "দরপত্র", "file": SimpleUploadedFile("tender.pdf", EXECUTABLE), "collection": 1},
        HTTP_ACCEPT_LANGUAGE="bn",
    )
    errors = " ".join(response.context["form"].errors["file"])
    assert "ফাইলের" in errors
    assert not get_document_model().objects.exists()


def test_renamed_executable_is_refused_by_multiple_upload_and_chooser(admin_client):
    multiple = admin_client.post(
        "/admin/documents/multiple/add/", {"files[]": SimpleUploadedFile("tender.pdf", EXECUTABLE)}
    )
    assert multiple.status_code == 200
    assert multiple.json()["success"] is False
    chooser = admin_client.post(
        "/admin/documents/chooser/create/",
        {"document-chooser-upload-title": "x", "document-chooser-upload-file": SimpleUploadedFile("x.pdf", EXECUTABLE)},
    )
    assert chooser.status_code == 200
    assert not get_document_model().objects.exists()

    image = admin_client.post("/admin/images/multiple/add/", {"files[]": SimpleUploadedFile("photo.png", EXECUTABLE)})
    assert image.json()["success"] is False
    assert not get_image_model().objects.exists()


def test_real_files_are_accepted(admin_client):
    response = admin_client.post(
        "/admin/documents/add/", {"title": "দরপত্র", "file": SimpleUploadedFile("tender.pdf", PDF), "collection": 1}
    )
    assert response.status_code == 302
    response = admin_client.post(
        "/admin/images/add/", {"title": "ছবি", "file": SimpleUploadedFile("photo.png", png_bytes()), "collection": 1}
    )
    assert response.status_code == 302
    assert get_document_model().objects.count() == get_image_model().objects.count() == 1


def test_oversize_files_are_refused(admin_client, settings):
    settings.UPLOAD_MAX_SIZE = 1024
    settings.WAGTAILDOCS_MAX_UPLOAD_SIZE = settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE = None
    big_pdf = PDF + b"%" + b"0" * 2048
    response = admin_client.post(
        "/admin/documents/add/", {"title": "বড় ফাইল", "file": SimpleUploadedFile("big.pdf", big_pdf), "collection": 1}
    )
    assert response.status_code == 200
    assert _codes(response) == ["file_too_large"]
    assert "১.০" in " ".join(response.context["form"].errors["file"])  # the admin speaks Bengali
    multiple = admin_client.post(
        "/admin/images/multiple/add/", {"files[]": SimpleUploadedFile("big.png", png_bytes() + b"\0" * 2048)}
    )
    assert multiple.json()["success"] is False
    assert not get_document_model().objects.exists()
    assert not get_image_model().objects.exists()


def test_a_checker_that_ignores_names_still_checks_content_and_names_the_file_in_its_messages():

    checker = UploadChecker(
        (uploads.PDF, uploads.JPEG, uploads.PNG),
        max_size=1024,
        max_files=2,
        match_name=False,
        error_messages={"file_type_not_accepted": "%(name)s is refused."},
    )
    checked = checker.check_all([SimpleUploadedFile("scan", PDF), SimpleUploadedFile("photo.pdf", png_bytes())])
    assert [(upload.content_type, upload.extension) for upload in checked] == [
        ("application/pdf", "pdf"),
        ("image/png", "png"),
    ]
    with pytest.raises(ValidationError) as refused:
        checker.check_all([SimpleUploadedFile("setup.pdf", EXECUTABLE), SimpleUploadedFile("big.pdf", PDF * 100)])
    assert [error.code for error in refused.value.error_list] == ["file_type_not_accepted", "file_too_large"]
    assert refused.value.messages[0] == "setup.pdf is refused."
    with pytest.raises(ValidationError) as too_many:
        checker.check_all([SimpleUploadedFile(f"{n}.pdf", PDF) for n in range(3)])
    assert too_many.value.code == "too_many_files"
