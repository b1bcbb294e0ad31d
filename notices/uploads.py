"""Attachment uploads (Wagtail documents and images) checked by their content, not their name.

Accepted: PDF, Word (DOC, DOCX), Excel (XLS, XLSX), JPEG and PNG, each at most
``UPLOAD_MAX_SIZE`` bytes. Wagtail builds every document and image upload form (the add
page, multiple upload, the chooser's upload tab) on the bases named in
``WAGTAILDOCS_DOCUMENT_FORM_BASE`` and ``WAGTAILIMAGES_IMAGE_FORM_BASE``, so the checks here
cover every path an editor can upload through.
"""

import zipfile
from dataclasses import dataclass
from pathlib import PurePath

from django.conf import settings
from django.core.exceptions import ValidationError
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext_lazy as _
from wagtail.documents.forms import BaseDocumentForm
from wagtail.images.forms import BaseImageForm

from core.i18n import is_bengali, to_bengali_digits


@dataclass(frozen=True)
class FileKind:
    label: str
    content_type: str
    extensions: tuple[str, ...]


PDF = FileKind("PDF", "application/pdf", ("pdf",))
DOC = FileKind("Word", "application/msword", ("doc",))
DOCX = FileKind("Word", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", ("docx",))
XLS = FileKind("Excel", "application/vnd.ms-excel", ("xls",))
XLSX = FileKind("Excel", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ("xlsx",))
JPEG = FileKind("JPEG", "image/jpeg", ("jpg", "jpeg"))
PNG = FileKind("PNG", "image/png", ("png",))

DOCUMENT_KINDS = (PDF, DOC, DOCX, XLS, XLSX, JPEG, PNG)
IMAGE_KINDS = (JPEG, PNG)

OLE2_SIGNATURE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP_SIGNATURE = b"PK\x03\x04"


def _ole2_streams(data: bytes) -> set[str]:
    """Names of the streams that identify Word and Excel 97-2003 files (stored as UTF-16)."""
    names = {"WordDocument": "doc", "Workbook": "xls", "Book": "xls"}
    return {kind for name, kind in names.items() if name.encode("utf-16-le") in data}


def sniff(uploaded) -> FileKind | None:
    """What the file's bytes are, among the accepted kinds; None for anything else."""
    uploaded.seek(0)
    data = uploaded.read()
    uploaded.seek(0)
    if data.startswith(b"%PDF-"):
        return PDF
    if data.startswith(b"\xff\xd8\xff"):
        return JPEG
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return PNG
    if data.startswith(OLE2_SIGNATURE):
        streams = _ole2_streams(data)
        if streams == {"doc"}:
            return DOC
        if streams == {"xls"}:
            return XLS
        return None
    if data.startswith(ZIP_SIGNATURE):
        return _sniff_office_zip(uploaded)
    return None


def _sniff_office_zip(uploaded) -> FileKind | None:
    try:
        with zipfile.ZipFile(uploaded) as archive:
            names = set(archive.namelist())
    except (zipfile.BadZipFile, OSError, ValueError):
        return None
    finally:
        uploaded.seek(0)
    if "[Content_Types].xml" not in names:
        return None
    if "word/document.xml" in names:
        return DOCX
    if "xl/workbook.xml" in names:
        return XLSX
    return None


def _size(size: int) -> str:
    text = filesizeformat(size)
    return to_bengali_digits(text) if is_bengali() else text


def check_upload(uploaded, kinds: tuple[FileKind, ...]) -> FileKind:
    """Raise a ValidationError, in the editor's language, unless the file is an accepted kind
    whose content matches its name and whose size is within the limit."""
    limit = settings.UPLOAD_MAX_SIZE
    if uploaded.size > limit:
        raise ValidationError(
            _("This file is %(size)s; files may be at most %(limit)s."),
            code="file_too_large",
            params={"size": _size(uploaded.size), "limit": _size(limit)},
        )
    extension = PurePath(uploaded.name or "").suffix.lower().lstrip(".")
    allowed = ", ".join(sorted({ext.upper() for kind in kinds for ext in kind.extensions}))
    if not any(extension in kind.extensions for kind in kinds):
        raise ValidationError(
            _("Files of this type are not accepted. Accepted types: %(types)s."),
            code="file_type_not_accepted",
            params={"types": allowed},
        )
    kind = sniff(uploaded)
    if kind is None or kind not in kinds or extension not in kind.extensions:
        raise ValidationError(
            _("The file's content is not what its name (.%(extension)s) says. Accepted types: %(types)s."),
            code="file_content_mismatch",
            params={"extension": extension, "types": allowed},
        )
    return kind


class CheckedDocumentForm(BaseDocumentForm):
    """Wagtail's document form, with the file's content and size checked."""

    def clean_file(self):
        uploaded = self.cleaned_data.get("file")
        if uploaded and "file" in self.changed_data:
            check_upload(uploaded, DOCUMENT_KINDS)
        return uploaded

    def _post_clean(self):
        # A refused file never reaches the document, so Wagtail's own extension check would
        # add a confusing second message about an empty name; the first one says it all.
        refused = list(self._errors["file"].data) if self._errors and "file" in self._errors else []
        super()._post_clean()
        if refused:
            self._errors["file"] = self.error_class(refused)


class CheckedImageForm(BaseImageForm):
    """Wagtail's image form, with the file's content and size checked (JPEG and PNG only)."""

    def clean_file(self):
        uploaded = self.cleaned_data.get("file")
        if uploaded and "file" in self.changed_data:
            check_upload(uploaded, IMAGE_KINDS)
        return uploaded


def kind_of_document(document) -> FileKind | None:
    """The kind a stored document was accepted as, read from its name (checked at upload)."""
    extension = (document.file_extension or "").lower()
    return next((kind for kind in DOCUMENT_KINDS if extension in kind.extensions), None)
