"""The test suite: fast hasher, local-memory cache, plain static storage."""

from .base import *  # noqa: F403
from .storage import local_storages

DEBUG = False
SECRET_KEY = "test-only-key"
ALLOWED_HOSTS = ["testserver", "127.0.0.1", "localhost", ".localhost"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
CACHES = {
    # As many entries as production's local-memory cache: with Django's 300, what earlier tests
    # left could be culled in the middle of a request a test measures.
    "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "OPTIONS": {"MAX_ENTRIES": 5000}},
    # The same local memory as `default`, so a test that clears the cache starts its rate limits afresh.
    "ratelimit": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
    "pagecache": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "pagecache"},
}
# Tests see every request reach its view; tests of the page cache turn it on.
PAGE_CACHE_ENABLED = False
# Files on the local disk whatever the environment says; tests of S3 storage start their own server.
STORAGES = {
    **local_storages(),
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
MEDIA_URL = "/media/"
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
MEDIA_ROOT = BASE_DIR / "media" / "test"  # noqa: F405
WAGTAILADMIN_BASE_URL = "http://testserver"
WAGTAILAPI_BASE_URL = "http://testserver"
# Serve static files straight from the source folders, without collectstatic.
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
