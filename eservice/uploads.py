"""Checking applicants' uploads by their content (not their name): PDF, JPEG or PNG,
at most ``ESERVICE_UPLOAD_MAX_BYTES`` each and ``ESERVICE_UPLOAD_MAX_FILES`` in all."""

from dataclasses import dataclass

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import UploadedFile
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext_lazy as _
from PIL import Image, UnidentifiedImageError

# Magic numbers at the start of each accepted kind of file.
SIGNATURES: dict[str, tuple[bytes, str]] = {
    "application/pdf": (b"%PDF-", "pdf"),
    "image/jpeg": (b"\xff\xd8\xff", "jpg"),
    "image/png": (b"\x89PNG\r\n\x1a\n", "png"),
}


@dataclass(frozen=True)
class CheckedUpload:
    file: UploadedFile
    content_type: str
    extension: str
    size: int


def sniff_content_type(uploaded: UploadedFile) -> str | None:
    """The content type the file's bytes show, or None when it is none of PDF, JPEG or PNG."""
    uploaded.seek(0)
    head = uploaded.read(16)
    uploaded.seek(0)
    for content_type, (signature, _extension) in SIGNATURES.items():
        if head.startswith(signature):
            if content_type.startswith("image/") and not _is_whole_image(uploaded):
                return None
            return content_type
    return None


def _is_whole_image(uploaded: UploadedFile) -> bool:
    try:
        with Image.open(uploaded) as picture:
            picture.verify()
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError):
        return False
    finally:
        uploaded.seek(0)
    return True


def check_uploads(files: list[UploadedFile]) -> list[CheckedUpload]:
    """All files checked, or a ValidationError listing every problem, in the visitor's language."""
    max_files = settings.ESERVICE_UPLOAD_MAX_FILES
    max_bytes = settings.ESERVICE_UPLOAD_MAX_BYTES
    if len(files) > max_files:
        raise ValidationError(_("Attach at most %(count)d files.") % {"count": max_files}, code="too_many_files")
    errors: list[ValidationError] = []
    checked: list[CheckedUpload] = []
    for uploaded in files:
        if uploaded.size > max_bytes:
            errors.append(
                ValidationError(
                    _("%(name)s is larger than %(limit)s.")
                    % {"name": uploaded.name, "limit": filesizeformat(max_bytes)},
                    code="file_too_large",
                )
            )
            continue
        content_type = sniff_content_type(uploaded)
        if content_type is None:
            errors.append(
                ValidationError(
                    _("%(name)s is not a PDF, JPEG or PNG file.") % {"name": uploaded.name}, code="file_type"
                )
            )
            continue
        checked.append(CheckedUpload(uploaded, content_type, SIGNATURES[content_type][1], uploaded.size))
    if errors:
        raise ValidationError(errors)
    return checked
