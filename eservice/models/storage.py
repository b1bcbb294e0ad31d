"""Private file storage for citizens' uploads: outside MEDIA_ROOT, never given a public URL.

Staff read the files through a permission-checked admin view; nothing on the public site
or the media URL can reach them.
"""

import os

from django.conf import settings
from django.core.files.storage import FileSystemStorage
from django.utils.deconstruct import deconstructible


@deconstructible(path="eservice.models.storage.PrivateStorage")
class PrivateStorage(FileSystemStorage):
    """A file-system storage rooted at ``ESERVICE_PRIVATE_ROOT`` that refuses to build URLs."""

    # Read the setting on every access (not cached) so tests can point it at a temporary folder.
    @property
    def base_location(self) -> str:
        return str(self._value_or_setting(self._location, settings.ESERVICE_PRIVATE_ROOT))

    @property
    def location(self) -> str:
        return os.path.abspath(self.base_location)

    @property
    def base_url(self) -> None:
        return None

    def url(self, name: str | None) -> str:
        raise ValueError("Citizens' uploads have no public URL; staff open them through the admin.")


def private_storage() -> PrivateStorage:
    """The storage of ApplicationUpload.file (a callable, so migrations name it rather than its settings)."""
    return PrivateStorage()
