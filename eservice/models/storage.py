"""Private file storage for citizens' uploads: outside MEDIA_ROOT, never given a public URL.

Staff read the files through a permission-checked admin view; nothing on the public site
or the media URL can reach them. The storage is the one named ``private`` in STORAGES: this
folder on the local disk, or a private bucket (core/object_storage.py) with MEDIA_STORAGE=s3.
"""

import os

from django.conf import settings
from django.core.files.storage import FileSystemStorage, Storage, storages
from django.core.signals import setting_changed
from django.dispatch import receiver
from django.utils.deconstruct import deconstructible
from django.utils.functional import LazyObject, empty


@deconstructible(path="eservice.models.storage.PrivateStorage")
class PrivateStorage(FileSystemStorage):
    """A file-system storage rooted at ``ESERVICE_PRIVATE_ROOT`` that refuses to build URLs
    (STORAGES["private"] on the local disk)."""

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


class PrivateFiles(LazyObject):
    """STORAGES["private"], looked up on first use, as Django's ``default_storage`` is for "default"."""

    def _setup(self) -> None:
        self._wrapped = storages["private"]


private_files = PrivateFiles()


@receiver(setting_changed)
def _forget_private_storage(*, setting: str, **kwargs) -> None:
    # Django forgets its own storages when STORAGES changes (tests); this one follows.
    if setting == "STORAGES":
        private_files._wrapped = empty


def private_storage() -> Storage:
    """The storage of ApplicationUpload.file and of receipts: STORAGES["private"] (a callable, so
    migrations name it rather than the backend the environment chose)."""
    return private_files
