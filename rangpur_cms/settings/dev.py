"""Local development: DEBUG on, a throw-away key, loopback hosts only."""

from .base import *  # noqa: F403
from .base import env

DEBUG = True
SECRET_KEY = env.SECRET_KEY or "dev-only-insecure-key-never-used-in-production"
# Every portal answers at <slug>.localhost in development (browsers send *.localhost to the loopback).
ALLOWED_HOSTS = env.ALLOWED_HOSTS or ["127.0.0.1", "localhost", ".localhost", "[::1]"]
EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
STORAGES = {
    **STORAGES,  # noqa: F405
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
# Serve static files straight from the source folders, without collectstatic.
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
