"""MEDIA_STORAGE chooses where files live: the local disk unless the environment says s3, and
then both buckets or the server refuses to start. Production settings, read in a fresh process."""

import json

from tests.rangpur_cms.test_production_settings import COMPLETE_ENV, manage

PRINT_STORAGES = (
    "import json; from django.conf import settings; "
    "print(json.dumps({'storages': settings.STORAGES, 'media_url': settings.MEDIA_URL, "
    "'img_src': settings.CONTENT_SECURITY_POLICY['DIRECTIVES']['img-src']}, default=str))"
)
S3_ENV = {
    "MEDIA_STORAGE": "s3",
    "S3_ENDPOINT_URL": "http://127.0.0.1:9000",
    "S3_MEDIA_BUCKET": "rangpur-media",
    "S3_PRIVATE_BUCKET": "rangpur-private",
}


def storage_settings(**env: str) -> dict:
    result = manage("shell", "-c", PRINT_STORAGES, **COMPLETE_ENV, **env)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_the_local_disk_is_the_default():
    found = storage_settings()
    assert found["storages"]["default"]["BACKEND"] == "django.core.files.storage.FileSystemStorage"
    assert found["storages"]["private"]["BACKEND"] == "eservice.models.storage.PrivateStorage"
    assert found["media_url"] == "/media/"


def test_s3_puts_media_and_private_files_in_their_buckets_and_lets_pictures_through_the_csp():
    found = storage_settings(**S3_ENV, S3_MEDIA_CUSTOM_DOMAIN="media.rangpur.gov.bd")
    media, private = found["storages"]["default"], found["storages"]["private"]
    assert media["BACKEND"] == "core.object_storage.PublicMediaStorage"
    assert media["OPTIONS"]["bucket_name"] == "rangpur-media"
    assert private["BACKEND"] == "core.object_storage.PrivateObjectStorage"
    assert private["OPTIONS"]["bucket_name"] == "rangpur-private"
    assert "custom_domain" not in private["OPTIONS"]
    assert found["media_url"] == "https://media.rangpur.gov.bd/"
    assert "https://media.rangpur.gov.bd" in found["img_src"]


def test_without_a_custom_domain_pictures_come_from_the_endpoint():
    found = storage_settings(**S3_ENV)
    assert found["media_url"] == "http://127.0.0.1:9000/rangpur-media/"
    assert "http://127.0.0.1:9000" in found["img_src"]


def test_s3_without_its_private_bucket_refuses_to_start():
    env = {**S3_ENV, "S3_PRIVATE_BUCKET": ""}
    result = manage("check", **COMPLETE_ENV, **env)
    assert result.returncode != 0
    assert "S3_PRIVATE_BUCKET" in result.stderr


def test_an_unknown_storage_is_refused_with_its_name():
    result = manage("check", **COMPLETE_ENV, MEDIA_STORAGE="ftp")
    assert result.returncode != 0
    assert "MEDIA_STORAGE" in result.stderr
