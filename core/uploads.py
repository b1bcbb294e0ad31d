"""Checking uploaded files by their content, not their name: the one checker every upload uses.

Each caller says what it accepts — which kinds of file, how large, how many, whether the name
must agree with the content — and gets the same sniffing and the same errors, in the reader's
language with sizes in Bengali digits for Bengali readers. Editors' attachments (Wagtail's
document and image forms, core/upload_forms.py) and citizens' application documents
(eservice/domain/uploads.py) are two such callers.
"""

import zipfile
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import PurePath

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files import File
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext_lazy as _
from PIL import Image, UnidentifiedImageError

from core.i18n import is_bengali, to_bengali_digits


@dataclass(frozen=True)
class FileKind:
    """A kind of file recognised by its content; the first extension is the one it is stored under."""

    label: str
    content_type: str
    extensions: tuple[str, ...]

    @property
    def extension(self) -> str:
        return self.extensions[0]


PDF = FileKind("PDF", "application/pdf", ("pdf",))
DOC = FileKind("Word", "application/msword", ("doc",))
DOCX = FileKind("Word", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", ("docx",))
XLS = FileKind("Excel", "application/vnd.ms-excel", ("xls",))
XLSX = FileKind("Excel", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ("xlsx",))
JPEG = FileKind("JPEG", "image/jpeg", ("jpg", "jpeg"))
PNG = FileKind("PNG", "image/png", ("png",))

# What editors may attach to pages and notices, and use as pictures.
DOCUMENT_KINDS = (PDF, DOC, DOCX, XLS, XLSX, JPEG, PNG)
IMAGE_KINDS = (JPEG, PNG)

PDF_SIGNATURE = b"%PDF-"
JPEG_SIGNATURE = b"\xff\xd8\xff"
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
OLE2_SIGNATURE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP_SIGNATURE = b"PK\x03\x04"


def sniff(uploaded: File) -> FileKind | None:
    """What the file's bytes are, among the kinds known here; None for anything else.

    Pictures must open as whole images too: a PNG signature in front of anything else is not a PNG.
    """
    uploaded.seek(0)
    data = uploaded.read()
    uploaded.seek(0)
    if data.startswith(PDF_SIGNATURE):
        return PDF
    if data.startswith(JPEG_SIGNATURE):
        return JPEG if _is_whole_image(uploaded) else None
    if data.startswith(PNG_SIGNATURE):
        return PNG if _is_whole_image(uploaded) else None
    if data.startswith(OLE2_SIGNATURE):
        return _sniff_ole2(data)
    if data.startswith(ZIP_SIGNATURE):
        return _sniff_office_zip(uploaded)
    return None


def _is_whole_image(uploaded: File) -> bool:
    try:
        with Image.open(uploaded) as picture:
            picture.verify()
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError, Image.DecompressionBombError):
        return False
    finally:
        uploaded.seek(0)
    return True


def _sniff_ole2(data: bytes) -> FileKind | None:
    """Word and Excel 97-2003 files, told apart by the names of their main streams (stored as UTF-16)."""
    names = {"WordDocument": DOC, "Workbook": XLS, "Book": XLS}
    kinds = {kind for name, kind in names.items() if name.encode("utf-16-le") in data}
    return kinds.pop() if len(kinds) == 1 else None


def _sniff_office_zip(uploaded: File) -> FileKind | None:
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


def local_digits(text: str) -> str:
    """Bengali digits for a Bengali reader, ASCII digits for the others."""
    return to_bengali_digits(text) if is_bengali() else text


def file_size(size: int) -> str:
    """ "1.0 MB", in Bengali digits for a Bengali reader."""
    return local_digits(filesizeformat(size))


def megapixels(pixels: int) -> str:
    """ "40" or "42.1": millions of pixels, in Bengali digits for a Bengali reader."""
    return local_digits(f"{pixels / 1_000_000:.1f}".removesuffix(".0"))


def picture_size(uploaded: File) -> tuple[int, int] | None:
    """A JPEG's or PNG's width and height, read from its header; None for anything else.

    Raises Pillow's DecompressionBombError for a picture far past Pillow's own limit."""
    uploaded.seek(0)
    start = uploaded.read(len(PNG_SIGNATURE))
    uploaded.seek(0)
    if not start.startswith((JPEG_SIGNATURE, PNG_SIGNATURE)):
        return None
    try:
        with Image.open(uploaded) as picture:
            return picture.size
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError):
        return None
    finally:
        uploaded.seek(0)


@dataclass(frozen=True)
class CheckedUpload:
    """A file that passed the checks, with the kind its content showed."""

    file: File
    kind: FileKind
    size: int

    @property
    def content_type(self) -> str:
        return self.kind.content_type

    @property
    def extension(self) -> str:
        return self.kind.extension


class UploadChecker:
    """The rules of one upload field: the kinds it accepts, the largest file, how many files.

    ``match_name`` asks that the name's extension be an accepted one and agree with the content
    (editors' files keep their names, so a wrong name would mislead readers); without it only
    the content counts (citizens' files are stored under a new name). Every message may be
    replaced through ``error_messages``, keyed by the error's code, as with Django's form fields;
    messages may use ``%(name)s``, ``%(size)s``, ``%(limit)s``, ``%(types)s`` and ``%(extension)s``
    (and ``%(count)d`` for ``too_many_files``, ``%(width)s``, ``%(height)s`` and ``%(megapixels)s``
    for ``too_many_pixels``).

    Pictures are measured from their header before anything decodes them: ``max_pixels`` caps
    them (a 121-megapixel PNG costs seconds of CPU and hundreds of megabytes each time it is
    resized), and a picture past Pillow's own decompression-bomb limit is refused whatever the cap.
    """

    default_error_messages: Mapping[str, str] = {
        "file_too_large": _("This file is %(size)s; files may be at most %(limit)s."),
        "file_type_not_accepted": _("Files of this type are not accepted. Accepted types: %(types)s."),
        "file_content_mismatch": _(
            "The file's content is not what its name (.%(extension)s) says. Accepted types: %(types)s."
        ),
        "too_many_files": _("Attach at most %(count)d files."),
        "too_many_pixels": _(
            "This picture is %(width)s × %(height)s pixels (%(megapixels)s megapixels); pictures may be at most "
            "%(limit)s megapixels. Make it smaller and upload it again."
        ),
        "picture_far_too_large": _(
            "This picture has far more pixels than the %(limit)s megapixels allowed. Make it smaller and upload it again."
        ),
    }

    def __init__(
        self,
        kinds: Sequence[FileKind],
        *,
        max_size: int,
        max_files: int | None = None,
        max_pixels: int | None = None,
        match_name: bool = True,
        error_messages: Mapping[str, str] | None = None,
    ):
        self.kinds = tuple(kinds)
        self.max_size = max_size
        self.max_files = max_files
        self.max_pixels = max_pixels
        self.match_name = match_name
        self.error_messages = {**self.default_error_messages, **(error_messages or {})}

    @property
    def accepted_types(self) -> str:
        """ "JPEG, JPG, PDF, PNG": the extensions accepted, for messages."""
        return ", ".join(sorted({extension.upper() for kind in self.kinds for extension in kind.extensions}))

    def _error(self, code: str, uploaded: File, **params: object) -> ValidationError:
        return ValidationError(
            self.error_messages[code],
            code=code,
            params={"name": uploaded.name, "types": self.accepted_types, **params},
        )

    def __call__(self, uploaded: File) -> CheckedUpload:
        """Check one file; a ValidationError, in the reader's language, says what is wrong."""
        if uploaded.size > self.max_size:
            raise self._error("file_too_large", uploaded, size=file_size(uploaded.size), limit=file_size(self.max_size))
        extension = PurePath(uploaded.name or "").suffix.lower().lstrip(".")
        if self.match_name and not any(extension in kind.extensions for kind in self.kinds):
            raise self._error("file_type_not_accepted", uploaded, extension=extension)
        self._check_pixels(uploaded)
        kind = sniff(uploaded)
        if kind is None or kind not in self.kinds:
            code = "file_content_mismatch" if self.match_name else "file_type_not_accepted"
            raise self._error(code, uploaded, extension=extension)
        if self.match_name and extension not in kind.extensions:
            raise self._error("file_content_mismatch", uploaded, extension=extension)
        return CheckedUpload(uploaded, kind, uploaded.size)

    def _check_pixels(self, uploaded: File) -> None:
        """Refuse a picture with too many pixels, read from its header before anything decodes it."""
        limit = self.max_pixels or 2 * Image.MAX_IMAGE_PIXELS
        try:
            size = picture_size(uploaded)
        except Image.DecompressionBombError:
            raise self._error("picture_far_too_large", uploaded, limit=megapixels(limit)) from None
        if size is None or self.max_pixels is None or size[0] * size[1] <= self.max_pixels:
            return
        width, height = size
        raise self._error(
            "too_many_pixels",
            uploaded,
            width=local_digits(str(width)),
            height=local_digits(str(height)),
            megapixels=megapixels(width * height),
            limit=megapixels(limit),
        )

    def check_all(self, files: Sequence[File]) -> list[CheckedUpload]:
        """Check several files at once: all of them pass, or one ValidationError lists every problem."""
        if self.max_files is not None and len(files) > self.max_files:
            raise ValidationError(
                self.error_messages["too_many_files"] % {"count": self.max_files}, code="too_many_files"
            )
        checked: list[CheckedUpload] = []
        errors: list[ValidationError] = []
        for uploaded in files:
            try:
                checked.append(self(uploaded))
            except ValidationError as error:
                errors.append(error)
        if errors:
            raise ValidationError(errors)
        return checked


def attachment_checker(kinds: Sequence[FileKind] = DOCUMENT_KINDS) -> UploadChecker:
    """Editors' documents and images: named for what they are, at most ``UPLOAD_MAX_SIZE`` each."""
    return UploadChecker(kinds, max_size=settings.UPLOAD_MAX_SIZE)


def image_checker() -> UploadChecker:
    """Editors' images (Wagtail resizes them): JPEG or PNG, at most ``UPLOAD_MAX_SIZE`` and
    ``WAGTAILIMAGES_MAX_IMAGE_PIXELS`` pixels each."""
    return UploadChecker(
        IMAGE_KINDS, max_size=settings.UPLOAD_MAX_SIZE, max_pixels=settings.WAGTAILIMAGES_MAX_IMAGE_PIXELS
    )


def kind_of_document(document) -> FileKind | None:
    """The kind a stored document was accepted as, read from its name (checked at upload)."""
    extension = (document.file_extension or "").lower()
    return next((kind for kind in DOCUMENT_KINDS if extension in kind.extensions), None)
