"""Where files live: STORAGES and MEDIA_URL for MEDIA_STORAGE=local or s3 (docs/storage.md).

- ``local`` (the embedded default, ``make run``): pictures and documents under MEDIA_ROOT,
  citizens' uploads and receipts under ESERVICE_PRIVATE_ROOT, both on this server's disk.
- ``s3``: S3-compatible object storage shared by every app server, through django-storages: a
  media bucket (``default``) and a private bucket (``private``) for citizens' uploads.

Code names the storage it means (``storages["private"]``), never a backend, so the same code
runs on either.
"""

from urllib.parse import urlsplit

from django.core.exceptions import ImproperlyConfigured

from . import environment as env

MEDIA_STORAGES = ("local", "s3")
STATICFILES = {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"}


def local_storages() -> dict:
    return {
        "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
        "private": {"BACKEND": "eservice.models.storage.PrivateStorage"},
        "staticfiles": STATICFILES,
    }


def s3_public_address(endpoint_url: str | None, bucket: str, region: str, custom_domain: str | None) -> tuple[str, str]:
    """(protocol, host and path) under which the media bucket's objects are public.

    URLs are built from this as plain strings, never signed by boto3: a page full of pictures
    costs no signing, and the origin is known here for the Content-Security-Policy."""
    if custom_domain:
        return "https:", custom_domain.strip("/")
    if endpoint_url:
        # S3-compatible servers (MinIO, Ceph, Garage) answer path-style addresses.
        parts = urlsplit(endpoint_url)
        return f"{parts.scheme}:", f"{parts.netloc}{parts.path.rstrip('/')}/{bucket}"
    return "https:", f"{bucket}.s3.{region}.amazonaws.com"


def s3_storages(
    *,
    endpoint_url: str | None,
    access_key: str | None,
    secret_key: str | None,
    region: str,
    media_bucket: str,
    private_bucket: str,
    custom_domain: str | None = None,
    object_acls: bool = True,
) -> tuple[dict, str]:
    """STORAGES and MEDIA_URL for the two buckets."""
    connection = {
        "endpoint_url": endpoint_url,
        "access_key": access_key,
        "secret_key": secret_key,
        "region_name": region,
        "addressing_style": "path" if endpoint_url else "virtual",
        "signature_version": "s3v4",
        "object_acls": object_acls,
    }
    protocol, address = s3_public_address(endpoint_url, media_bucket, region, custom_domain)
    storages = {
        "default": {
            "BACKEND": "core.object_storage.PublicMediaStorage",
            "OPTIONS": {**connection, "bucket_name": media_bucket, "custom_domain": address, "url_protocol": protocol},
        },
        "private": {
            "BACKEND": "core.object_storage.PrivateObjectStorage",
            "OPTIONS": {**connection, "bucket_name": private_bucket},
        },
        "staticfiles": STATICFILES,
    }
    return storages, f"{protocol}//{address}/"


def configured_storages(default_media_url: str) -> tuple[dict, str]:
    """STORAGES and MEDIA_URL as the environment asks; refuses to start on a half-made choice."""
    if env.MEDIA_STORAGE not in MEDIA_STORAGES:
        raise ImproperlyConfigured(
            f"MEDIA_STORAGE must be one of {', '.join(MEDIA_STORAGES)}, not {env.MEDIA_STORAGE!r}."
        )
    if env.MEDIA_STORAGE == "local":
        return local_storages(), default_media_url
    return s3_storages(
        endpoint_url=env.S3_ENDPOINT_URL,
        access_key=env.S3_ACCESS_KEY_ID,
        secret_key=env.S3_SECRET_ACCESS_KEY,
        region=env.S3_REGION,
        media_bucket=env.env_required("S3_MEDIA_BUCKET"),
        private_bucket=env.env_required("S3_PRIVATE_BUCKET"),
        custom_domain=env.S3_MEDIA_CUSTOM_DOMAIN,
        object_acls=env.S3_OBJECT_ACLS,
    )
