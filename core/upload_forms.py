"""The bases Wagtail builds its document and image forms on (settings
``WAGTAILDOCS_DOCUMENT_FORM_BASE`` and ``WAGTAILIMAGES_IMAGE_FORM_BASE``), with every upload
checked by content and size (core/uploads.py). Wagtail uses these bases for the add page,
multiple upload and the chooser's upload tab, so the checks cover every path an editor uploads
through.

Kept apart from core/uploads.py because Wagtail's form modules load the admin and the image
and document models; the checker itself needs neither.
"""

from wagtail.documents.forms import BaseDocumentForm
from wagtail.images.forms import BaseImageForm

from core.uploads import DOCUMENT_KINDS, IMAGE_KINDS, attachment_checker


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


class CheckedImageForm(BaseImageForm):
    """Wagtail's image form, with the file's content and size checked (JPEG and PNG only)."""

    def clean_file(self):
        uploaded = self.cleaned_data.get("file")
        if uploaded and "file" in self.changed_data:
            attachment_checker(IMAGE_KINDS)(uploaded)
        return uploaded
