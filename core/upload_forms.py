"""The bases Wagtail builds its document and image forms on (settings
``WAGTAILDOCS_DOCUMENT_FORM_BASE`` and ``WAGTAILIMAGES_IMAGE_FORM_BASE``), with every upload
checked by content and size (core/uploads.py). Wagtail uses these bases for the add page,
multiple upload and the chooser's upload tab, so the checks cover every path an editor uploads
through.

Kept apart from core/uploads.py because Wagtail's form modules load the admin and the image
and document models; the checker itself needs neither.
"""

import threading

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from PIL import Image, ImageFile
from wagtail.documents.forms import BaseDocumentForm
from wagtail.images.fields import WagtailImageField
from wagtail.images.forms import BaseImageForm

from core.uploads import DOCUMENT_KINDS, attachment_checker, image_checker


class CheckedDocumentForm(BaseDocumentForm):
    """Wagtail's document form, with the file's content and size checked."""

    def clean_file(self):
        uploaded = self.cleaned_data.get("file")
        if uploaded and "file" in self.changed_data:
            attachment_checker(DOCUMENT_KINDS)(uploaded)
        return uploaded

    def _post_clean(self):
        # A refused file never reaches the document, so Wagtail's own extension check would
        # add a confusing second message about an empty name; the first one says it all.
        refused = list(self._errors["file"].data) if self._errors and "file" in self._errors else []
        super()._post_clean()
        if refused:
            self._errors["file"] = self.error_class(refused)


# Held while one upload is decoded with Pillow's truncated-image tolerance switched off.
_STRICT_DECODING = threading.Lock()


def decode_completely(data) -> None:
    """Decode the whole picture in `data`; OSError when it is incomplete (a truncated JPEG).

    WeasyPrint, once imported (the first receipt PDF), turns on Pillow's process-wide
    `ImageFile.LOAD_TRUNCATED_IMAGES`, after which Pillow fills a truncated picture in silently
    and Wagtail would keep it. The setting is switched off for this one decode (under a lock, and
    put back after), so the answer does not depend on what the process printed before.
    """
    position = data.tell()
    with _STRICT_DECODING:
        tolerant = ImageFile.LOAD_TRUNCATED_IMAGES
        ImageFile.LOAD_TRUNCATED_IMAGES = False
        try:
            with Image.open(data) as picture:
                picture.load()
        finally:
            ImageFile.LOAD_TRUNCATED_IMAGES = tolerant
            data.seek(position)


class CheckedImageField(WagtailImageField):
    """Wagtail's image field, with the upload checked before Wagtail decodes the picture.

    Wagtail measures a picture by decoding it whole, so its pixel limit is checked only after the
    cost is paid; the checker reads the size from the header first. A picture Pillow cannot
    decode (a truncated JPEG) is a field error here, where Wagtail would answer 500.
    """

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.error_messages["unreadable_image"] = _(
            "This picture cannot be read: the file is damaged or incomplete. Save it again and upload it once more."
        )

    def to_python(self, data):
        if hasattr(data, "read"):
            image_checker()(data)
        try:
            if hasattr(data, "read"):
                decode_completely(data)
            return super().to_python(data)
        except (OSError, SyntaxError, ValueError, Image.DecompressionBombError) as error:
            raise ValidationError(self.error_messages["unreadable_image"], code="unreadable_image") from error


class CheckedImageForm(BaseImageForm):
    """Wagtail's image form, with the file's content, size and pixels checked (JPEG and PNG only)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Wagtail builds the field itself (wagtail.images.forms.formfield_for_dbfield); the same
        # field, label and widget, with the checks above.
        field = self.fields.get("file")
        if isinstance(field, WagtailImageField):
            self.fields["file"] = CheckedImageField(label=field.label, required=field.required, widget=field.widget)
