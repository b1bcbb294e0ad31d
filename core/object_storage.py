"""S3-compatible object storage for many app servers (django-storages), selected in settings by
MEDIA_STORAGE=s3 (rangpur_cms/settings/storage.py). Loaded only then: boto3 is slow to import.

Two buckets:
- the media bucket: pictures (originals and renditions) are public objects anyone may fetch from
  the bucket or its CDN; everything else in it (Wagtail's documents) is a private object, which
  goes out only through Wagtail's document view (collection privacy, passwords, attachment);
- the private bucket: citizens' uploads and receipts; every object private, and no URL at all,
  signed or not: staff get a file only through the permission-checked admin view that streams it.
"""

from storages.backends.s3 import S3Storage

from core.http import PUBLIC_MEDIA_FOLDERS

# Pictures keep their name for life (a new file gets a new name), so browsers and CDNs may keep them.
PUBLIC_CACHE_CONTROL = "public, max-age=86400"
PRIVATE_CACHE_CONTROL = "private, no-store"


class PublicMediaStorage(S3Storage):
    """The media bucket: unsigned URLs for pictures; documents kept private by their object ACL.

    ``object_acls`` off leaves ACLs out of every upload, for buckets that refuse them (AWS's
    "bucket owner enforced"): the bucket's policy must then make only the picture folders public.
    """

    querystring_auth = False
    file_overwrite = False

    def __init__(self, *, object_acls: bool = True, **options):
        self.object_acls = object_acls
        super().__init__(**options)

    def get_object_parameters(self, name: str) -> dict:
        parameters = super().get_object_parameters(name)
        public = name.startswith(PUBLIC_MEDIA_FOLDERS)
        parameters.setdefault("CacheControl", PUBLIC_CACHE_CONTROL if public else PRIVATE_CACHE_CONTROL)
        if self.object_acls:
            parameters.setdefault("ACL", "public-read" if public else "private")
        return parameters


class PrivateObjectStorage(S3Storage):
    """The private bucket: private objects that have no URL, so no template or API can leak one."""

    querystring_auth = True
    file_overwrite = False

    def __init__(self, *, object_acls: bool = True, **options):
        self.object_acls = object_acls
        super().__init__(**options)

    def get_object_parameters(self, name: str) -> dict:
        parameters = super().get_object_parameters(name)
        parameters.setdefault("CacheControl", PRIVATE_CACHE_CONTROL)
        if self.object_acls:
            parameters.setdefault("ACL", "private")
        return parameters

    def url(self, name, parameters=None, expire=None, http_method=None):
        raise ValueError("Citizens' uploads have no URL; staff open them through the admin.")
