"""Every environment variable the project reads, declared once with its type.

Settings modules import from here instead of touching ``os.environ`` so that the
full list of knobs an operator can turn is visible in one file.
"""

import os

from django.core.exceptions import ImproperlyConfigured

TRUE_WORDS = {"1", "true", "yes", "on"}
FALSE_WORDS = {"0", "false", "no", "off"}


def env_str(name: str, default: str | None = None) -> str | None:
    value = os.environ.get(name, "").strip()
    return value or default


def env_required(name: str) -> str:
    """Return the variable or refuse to start, naming what is missing."""
    value = env_str(name)
    if not value:
        raise ImproperlyConfigured(f"The environment variable {name} is required in production and is not set.")
    return value


def env_bool(name: str, default: bool) -> bool:
    value = env_str(name)
    if value is None:
        return default
    if value.lower() in TRUE_WORDS:
        return True
    if value.lower() in FALSE_WORDS:
        return False
    raise ImproperlyConfigured(f"The environment variable {name} must be true or false, not {value!r}.")


def env_int(name: str, default: int | None = None) -> int | None:
    value = env_str(name)
    if value is None:
        return default
    try:
        return int(value)
    except ValueError:
        raise ImproperlyConfigured(f"The environment variable {name} must be a whole number, not {value!r}.") from None


def env_list(name: str, default: list[str] | None = None) -> list[str]:
    value = env_str(name)
    if value is None:
        return list(default or [])
    return [item.strip() for item in value.split(",") if item.strip()]


# The variables themselves. Production-only requirements are enforced in production.py.
SECRET_KEY = env_str("SECRET_KEY")
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS")
DATABASE_URL = env_str("DATABASE_URL")
# "pgbouncer" when DATABASE_URL points at PgBouncer in transaction mode (deploy/README.md): no
# server-side cursors, which would outlive the transaction PgBouncer lends a connection for.
DATABASE_POOLER = env_str("DATABASE_POOLER", "")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
REDIS_URL = env_str("REDIS_URL")
WAGTAILADMIN_BASE_URL = env_str("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
CORS_ALLOWED_ORIGINS = env_list("CORS_ALLOWED_ORIGINS")
API_ANON_RATE = env_str("API_ANON_RATE", "20/m")
# The external front end that shows drafts in the admin's "headless" preview mode; it gets
# ?content_type=...&token=... appended. Empty: no headless preview mode.
HEADLESS_PREVIEW_URL = env_str("HEADLESS_PREVIEW_URL", "")
# E-service notifications and queues.
SMS_BACKEND = env_str("SMS_BACKEND", "eservice.notifications.backends.LogSmsBackend")
SMS_GATEWAY_URL = env_str("SMS_GATEWAY_URL")
SMS_GATEWAY_API_KEY = env_str("SMS_GATEWAY_API_KEY")
SMS_GATEWAY_SENDER_ID = env_str("SMS_GATEWAY_SENDER_ID")
# The immediate backend sends notifications in the web process; "django_tasks_db.DatabaseBackend"
# queues them in the database for `manage.py db_worker` (the cluster and deploy/ use it).
TASKS_BACKEND = env_str("TASKS_BACKEND", "django_tasks.backends.immediate.ImmediateBackend")
FEEDBACK_RATE = env_str("FEEDBACK_RATE", "5/10m")
# Outgoing email (notifications to applicants who gave an address, admin password resets).
EMAIL_HOST = env_str("EMAIL_HOST")
EMAIL_PORT = int(env_str("EMAIL_PORT", "587"))
EMAIL_HOST_USER = env_str("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = env_str("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", True)
DEFAULT_FROM_EMAIL = env_str("DEFAULT_FROM_EMAIL", "no-reply@localhost")
# HSTS max-age in seconds (production defaults to a year; 0 turns the header off).
SECURE_HSTS_SECONDS = env_int("SECURE_HSTS_SECONDS")
# How many reverse proxies in front of the app append to X-Forwarded-For (0: none, trust REMOTE_ADDR).
# Above 0, X-Forwarded-Proto from the proxy also tells Django the request came over HTTPS.
TRUSTED_PROXY_COUNT = int(env_str("TRUSTED_PROXY_COUNT", "0"))
# Where public media (images, documents) are kept on disk (MEDIA_STORAGE=local): with several app
# servers, a folder they all share, or object storage (MEDIA_STORAGE=s3). Default: media/ in the project.
MEDIA_ROOT = env_str("MEDIA_ROOT")
# Where citizens' uploads are kept on disk (MEDIA_STORAGE=local): private, persistent, shared by all
# app servers, never served.
ESERVICE_PRIVATE_ROOT = env_str("ESERVICE_PRIVATE_ROOT")
# Media storage (rangpur_cms/settings/storage.py, docs/storage.md): "local" (this server's disk, the
# embedded default) or "s3" (S3-compatible object storage shared by every app server: a public
# media bucket and a private bucket for citizens' uploads). S3_ENDPOINT_URL is empty for AWS itself.
MEDIA_STORAGE = (env_str("MEDIA_STORAGE", "local") or "local").lower()
S3_ENDPOINT_URL = env_str("S3_ENDPOINT_URL")
S3_ACCESS_KEY_ID = env_str("S3_ACCESS_KEY_ID")
S3_SECRET_ACCESS_KEY = env_str("S3_SECRET_ACCESS_KEY")
S3_REGION = env_str("S3_REGION", "us-east-1")
S3_MEDIA_BUCKET = env_str("S3_MEDIA_BUCKET")
S3_PRIVATE_BUCKET = env_str("S3_PRIVATE_BUCKET")
# A CDN or custom host name in front of the media bucket (pictures' URLs use it, over HTTPS).
S3_MEDIA_CUSTOM_DOMAIN = env_str("S3_MEDIA_CUSTOM_DOMAIN")
# Off for buckets that refuse object ACLs: a bucket policy must then make only the picture folders public.
S3_OBJECT_ACLS = env_bool("S3_OBJECT_ACLS", True)
# Admin sign-in: wrong passwords before an account or address is locked, for how long, and how
# many password reset emails one address or one email may ask for.
LOGIN_FAILURE_LIMIT = int(env_str("LOGIN_FAILURE_LIMIT", "10"))
LOGIN_LOCKOUT_MINUTES = int(env_str("LOGIN_LOCKOUT_MINUTES", "30"))
PASSWORD_RESET_RATE = env_str("PASSWORD_RESET_RATE", "5/h")
# HTTP caching of public pages and API GETs (seconds), and the in-process page cache.
PAGE_CACHE_ENABLED = env_bool("PAGE_CACHE_ENABLED", True)
PAGE_CACHE_MAX_AGE = env_int("PAGE_CACHE_MAX_AGE", 60)
PAGE_CACHE_S_MAXAGE = env_int("PAGE_CACHE_S_MAXAGE", 600)
PAGE_CACHE_STALE_WHILE_REVALIDATE = env_int("PAGE_CACHE_STALE_WHILE_REVALIDATE", 60)
# How long the page cache keeps an answer (default: PAGE_CACHE_S_MAXAGE with Redis, 60 without).
PAGE_CACHE_TIMEOUT = env_int("PAGE_CACHE_TIMEOUT")
# Front caches purged when content changes (home/cache_invalidation.py, notices/purge.py):
# empty for none, `varnish` (VARNISH_PURGE_URLS: the Varnish addresses the app servers reach,
# comma-separated, e.g. http://10.0.0.5:6081), `cloudflare` (CLOUDFLARE_ZONE_ID and
# CLOUDFLARE_BEARER_TOKEN) or `cloudfront` (CLOUDFRONT_DISTRIBUTION_ID; AWS credentials as boto3 finds them).
FRONTEND_CACHE = env_str("FRONTEND_CACHE", "")
VARNISH_PURGE_URLS = env_list("VARNISH_PURGE_URLS")
CLOUDFLARE_ZONE_ID = env_str("CLOUDFLARE_ZONE_ID")
CLOUDFLARE_BEARER_TOKEN = env_str("CLOUDFLARE_BEARER_TOKEN")
CLOUDFRONT_DISTRIBUTION_ID = env_str("CLOUDFRONT_DISTRIBUTION_ID")
