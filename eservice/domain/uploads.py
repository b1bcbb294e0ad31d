"""What applicants may attach to an application: PDF, JPEG or PNG by content (whatever the
file is called: it is stored under a new name), at most ``ESERVICE_UPLOAD_MAX_BYTES`` each and
``ESERVICE_UPLOAD_MAX_FILES`` in all. The checking itself is core's one upload checker."""

from collections.abc import Sequence

from django.conf import settings
from django.core.files.uploadedfile import UploadedFile
from django.utils.translation import gettext_lazy as _

from core.uploads import JPEG, PDF, PNG, CheckedUpload, UploadChecker

APPLICATION_KINDS = (PDF, JPEG, PNG)
# For the file picker: it offers only these, though the content decides.
ACCEPT = ",".join(kind.content_type for kind in APPLICATION_KINDS)

# Several files come at once, so each message names the file it is about.
ERROR_MESSAGES = {
    "file_too_large": _("%(name)s is larger than %(limit)s."),
    "file_type_not_accepted": _("%(name)s is not a PDF, JPEG or PNG file."),
}


def check_application_uploads(files: Sequence[UploadedFile]) -> list[CheckedUpload]:
    """All files checked, or a ValidationError listing every problem, in the visitor's language."""
    checker = UploadChecker(
        APPLICATION_KINDS,
        max_size=settings.ESERVICE_UPLOAD_MAX_BYTES,
        max_files=settings.ESERVICE_UPLOAD_MAX_FILES,
        match_name=False,
        error_messages=ERROR_MESSAGES,
    )
    return checker.check_all(files)
