"""Settings shared by every environment. Safe for production on their own:
nothing here turns on debugging, invents a secret or allows every host."""

import datetime
from pathlib import Path
from urllib.parse import urlsplit

import dj_database_url
from csp.constants import NONCE, NONE, SELF
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _

from . import environment as env
from .frontend_cache import frontend_cache_backends
from .storage import configured_storages

PROJECT_DIR = Path(__file__).resolve().parent.parent
BASE_DIR = PROJECT_DIR.parent

DEBUG = False
SECRET_KEY = env.SECRET_KEY
ALLOWED_HOSTS = env.ALLOWED_HOSTS
CSRF_TRUSTED_ORIGINS = env.CSRF_TRUSTED_ORIGINS

INSTALLED_APPS = [
    "api",
    "accounts",
    "home",
    "core",
    "notices",
    "eservice",
    "preview",
    "search",
    "demo",
    "portals",
    # The database queue of django-tasks (TASKS_BACKEND=django_tasks_db.DatabaseBackend, worked by
    # `manage.py db_worker`). Always installed, so the schema is the same whichever backend runs.
    "django_tasks_db",
    "axes",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "django_otp.plugins.otp_static",
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.api.v3",
    "csp",
    "ninja",  # serves the API docs' Swagger UI from our own static files, not a CDN
    "corsheaders",
    "wagtail.contrib.settings",
    "wagtail.contrib.frontend_cache",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.sitemaps",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.table_block",
    "wagtail.contrib.typed_table_block",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.sitemaps",
    "django.contrib.staticfiles",
]

MIDDLEWARE = [
    "core.health.HealthCheckMiddleware",  # first: load balancers ask by IP address over HTTP
    "django.middleware.security.SecurityMiddleware",
    "django_permissions_policy.PermissionsPolicyMiddleware",
    "core.headers.SiteCSPMiddleware",
    "corsheaders.middleware.CorsMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # HEAD on the API as GET, then ETags and 304s for everything below, page cache hits included.
    "api.http.ApiHeadMiddleware",
    "django.middleware.http.ConditionalGetMiddleware",
    # Stored public answers go out from here without a view or a query (core/page_cache.py); the
    # policy below it decides what may be stored, and must see every cookie set further in.
    "core.page_cache.PageCacheMiddleware",
    "core.http_cache.CachePolicyMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "api.http.LocaleMiddleware",
    # Before anything reads a request's body (CSRF, the API's checks, the views).
    "core.request_limits.RequestBodyLimitMiddleware",
    "django.middleware.common.CommonMiddleware",
    "api.http.ApiHttpMiddleware",
    "api.queries.QueryGuardMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django_otp.middleware.OTPMiddleware",
    "accounts.middleware.TwoFactorMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Last, as django-axes asks: it answers for a sign-in its backend refused as locked out.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "rangpur_cms.urls"
WSGI_APPLICATION = "rangpur_cms.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
                "home.context_processors.accessibility",
                "home.context_processors.cached_office_settings",
            ],
            # Wagtail's admin library with people's numbers, dates and times in the reader's
            # digits (Bengali in the Bengali admin); every other tag and filter is Wagtail's.
            "libraries": {"wagtailadmin_tags": "core.templatetags.wagtailadmin_bengali"},
        },
    },
]
# That replacement is deliberate, so Django's warning that two modules answer to the name
# "wagtailadmin_tags" is silenced (tests/core/test_admin_digits.py checks which one does).
SILENCED_SYSTEM_CHECKS = ["templates.W003"]

# The embedded default is an SQLite file in the project folder; DATABASE_URL selects
# PostgreSQL (psycopg2) for production and CI.
# Persistent connections are checked before reuse, so a restarted database costs no request an
# error; a database that does not answer gives up after DATABASE_CONNECT_TIMEOUT seconds and the
# request answers 503 (api/faults.py) instead of hanging.
DATABASE_CONNECT_TIMEOUT = 5
DATABASES = {
    "default": dj_database_url.parse(env.DATABASE_URL, conn_max_age=60, conn_health_checks=True)
    if env.DATABASE_URL
    else {"ENGINE": "django.db.backends.sqlite3", "NAME": BASE_DIR / "db.sqlite3"}
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    DATABASES["default"].setdefault("OPTIONS", {}).setdefault("connect_timeout", DATABASE_CONNECT_TIMEOUT)
# Behind PgBouncer in transaction mode each transaction may run on a different server connection:
# a server-side cursor (opened by .iterator()) would be lost between them. Nothing else here keeps
# session state: no advisory locks, no SET (the tracking-number counter is a row lock that ends
# with its transaction), and Django's time zone is UTC, as the database's should be (deploy/README.md).
DATABASE_POOLERS = ("", "pgbouncer")
if env.DATABASE_POOLER not in DATABASE_POOLERS:
    raise ImproperlyConfigured(f"DATABASE_POOLER must be empty or 'pgbouncer', not {env.DATABASE_POOLER!r}.")
if env.DATABASE_POOLER == "pgbouncer":
    DATABASES["default"]["DISABLE_SERVER_SIDE_CURSORS"] = True
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Redis failing must never take the site down (core/cache.py): short socket timeouts, and after
# a failure Redis is left alone for CACHE_RETRY_SECONDS. The `default` cache then answers as an
# empty cache (and logs); `ratelimit` raises core.cache.CacheUnavailable instead, so a rate
# limiter can fall back to a local count rather than to no limit at all.
CACHE_SOCKET_TIMEOUT = 0.5
CACHE_RETRY_SECONDS = 5


def redis_caches(url: str) -> dict:
    """The cache aliases on the Redis at `url`."""
    options = {
        "socket_connect_timeout": CACHE_SOCKET_TIMEOUT,
        "socket_timeout": CACHE_SOCKET_TIMEOUT,
        "RETRY_SECONDS": CACHE_RETRY_SECONDS,
    }
    backend = "core.cache.FailSafeRedisCache"
    return {
        "default": {"BACKEND": backend, "LOCATION": url, "KEY_PREFIX": "rangpur", "OPTIONS": options},
        # Whole pages (core/page_cache.py), shared by every process and app server, so that a
        # purge made anywhere (the publishing worker, the task worker) reaches all of them.
        "pagecache": {"BACKEND": backend, "LOCATION": url, "KEY_PREFIX": "rangpur-page", "OPTIONS": options},
        "ratelimit": {
            "BACKEND": backend,
            "LOCATION": url,
            "KEY_PREFIX": "rangpur",
            "OPTIONS": {**options, "FAIL_SAFE": False},
        },
    }


# Without Redis (the embedded default) each process keeps its own cache in memory.
PAGE_CACHE_LOCAL = {
    "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
    "LOCATION": "pagecache",
    "OPTIONS": {"MAX_ENTRIES": 1000},
}
CACHES = (
    redis_caches(env.REDIS_URL)
    if env.REDIS_URL
    else {
        # Fragments (menus, settings, each notice item of a list, search results): Django's 300
        # entries would have a few lists and searches push the menus and settings out.
        "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "OPTIONS": {"MAX_ENTRIES": 5000}},
        "ratelimit": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "ratelimit"},
        "pagecache": PAGE_CACHE_LOCAL,
    }
)

# django-axes checks every sign-in before the password is: it must come first.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]

# Sign-in lockout (django-axes). Failures are counted per account and, separately, per client
# address. They are kept by the database handler, not the cache: every app server shares the
# database, so a lockout holds across servers; a Redis restart or outage cannot forget (or
# break) a lockout; and the records are an audit trail that superusers can review and release
# under Settings → Locked sign-ins (or `manage.py axes_reset_username`).
AXES_HANDLER = "axes.handlers.database.AxesDatabaseHandler"
AXES_FAILURE_LIMIT = env.LOGIN_FAILURE_LIMIT
AXES_LOCKOUT_PARAMETERS = ["username", "ip_address"]
# A lock lifts by itself after this long, so a stranger cannot keep an officer out for good.
AXES_COOLOFF_TIME = datetime.timedelta(minutes=env.LOGIN_LOCKOUT_MINUTES)
AXES_RESET_ON_SUCCESS = True
AXES_CLIENT_IP_CALLABLE = "accounts.throttling.client_ip"
AXES_LOCKOUT_CALLABLE = "accounts.lockout.lockout_response"
AXES_HTTP_RESPONSE_CODE = 429
# Password reset requests per client address and per email address (accounts/throttling.py).
PASSWORD_RESET_RATE = env.PASSWORD_RESET_RATE

# Two-factor authentication (django-otp, accounts/): required for superusers and these groups,
# who see citizens' NID and mobile numbers; optional for everyone else.
TWO_FACTOR_REQUIRED_GROUPS = ["E-service officers", "Front desk"]
TWO_FACTOR_RECOVERY_CODES = 10
OTP_TOTP_ISSUER = "Rangpur CMS"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Languages: Bengali is the source language and the default, English the translation.
LANGUAGE_CODE = "bn"
LANGUAGES = [("bn", "বাংলা"), ("en", "English")]
# The admin labels content by language in the reader's own language ("ইংরেজি" for a Bengali
# reader); LANGUAGES keeps each language's own name for the site's language switch.
WAGTAIL_CONTENT_LANGUAGES = [("bn", _("Bengali")), ("en", _("English"))]
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES
WAGTAIL_I18N_ENABLED = True
LOCALE_PATHS = [BASE_DIR / "locale"]
USE_I18N = True
USE_TZ = True
TIME_ZONE = "Asia/Dhaka"

STATICFILES_FINDERS = [
    "django.contrib.staticfiles.finders.FileSystemFinder",
    "django.contrib.staticfiles.finders.AppDirectoriesFinder",
]
STATICFILES_DIRS = [PROJECT_DIR / "static"]
STATIC_ROOT = BASE_DIR / "static"
STATIC_URL = "/static/"
MEDIA_ROOT = Path(env.MEDIA_ROOT) if env.MEDIA_ROOT else BASE_DIR / "media"
# Pictures and documents (`default`), citizens' uploads and receipts (`private`): on this disk, or
# in S3-compatible buckets with MEDIA_STORAGE=s3 (settings/storage.py); MEDIA_URL follows.
STORAGES, MEDIA_URL = configured_storages("/media/")

DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000
# Request bodies (core/request_limits.py): form fields and JSON kept in memory up to 2.5 MB;
# uploads above 2.5 MB go to a temporary file while the form checks them.
DATA_UPLOAD_MAX_MEMORY_SIZE = 2_621_440
FILE_UPLOAD_MAX_MEMORY_SIZE = 2_621_440

# Security defaults that hold everywhere; production.py adds HTTPS-only settings.
SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_HTTPONLY = False
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
# Wagtail relaxes this to SAMEORIGIN on its own preview views.
X_FRAME_OPTIONS = "DENY"
# HSTS: production.py sets a year unless the operator says otherwise; 0 sends no header.
SECURE_HSTS_SECONDS = env.SECURE_HSTS_SECONDS if env.SECURE_HSTS_SECONDS is not None else 0
# X-Forwarded-Proto says "this came over HTTPS" only when a proxy the operator declares sets
# it; with no proxy any client could send it, so it is not read at all.
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https") if env.TRUSTED_PROXY_COUNT > 0 else None
# A database or service outage answers 503 with this Retry-After (api/faults.py).
SERVICE_UNAVAILABLE_RETRY_AFTER = 30


def origin_of(url: str) -> list[str]:
    """`https://cdn.example` for an absolute URL, nothing for a path on this site."""
    parts = urlsplit(url or "")
    return [f"{parts.scheme}://{parts.netloc}"] if parts.scheme and parts.netloc else []


# Content-Security-Policy (django-csp, core/headers.py): the public site runs no inline script or
# style; a template that needs one asks for `request.csp_nonce`. Static files and media may come
# from another origin (a CDN, object storage), and the editors' userbar from the admin's address.
# Embedded videos and maps come from their providers over HTTPS. The admin gets it report-only.
_ASSET_ORIGINS = [*origin_of(STATIC_URL), *origin_of(MEDIA_URL), *origin_of(env.WAGTAILADMIN_BASE_URL)]
CONTENT_SECURITY_POLICY = {
    "EXCLUDE_URL_PREFIXES": ["/admin/"],
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF, NONCE, *_ASSET_ORIGINS],
        "style-src": [SELF, NONCE, *_ASSET_ORIGINS],
        "img-src": [SELF, "data:", *_ASSET_ORIGINS],
        "font-src": [SELF, *_ASSET_ORIGINS],
        "connect-src": [SELF],
        "frame-src": [SELF, "https:"],
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [SELF],
    },
}
CONTENT_SECURITY_POLICY_REPORT_ONLY = {"DIRECTIVES": CONTENT_SECURITY_POLICY["DIRECTIVES"]}
CSP_REPORT_ONLY_PREFIXES = ["/admin/"]
# Features no page of the site uses are switched off for it and for anything it embeds.
PERMISSIONS_POLICY = {
    "accelerometer": [],
    "ambient-light-sensor": [],
    "autoplay": [],
    "camera": [],
    "display-capture": [],
    "geolocation": [],
    "gyroscope": [],
    "magnetometer": [],
    "microphone": [],
    "midi": [],
    "payment": [],
    "usb": [],
    "xr-spatial-tracking": [],
}

DEFAULT_FROM_EMAIL = env.DEFAULT_FROM_EMAIL
SERVER_EMAIL = env.DEFAULT_FROM_EMAIL

# Wagtail
WAGTAIL_SITE_NAME = _("Deputy Commissioner's Office, Rangpur")
WAGTAILADMIN_BASE_URL = env.WAGTAILADMIN_BASE_URL
# Wagtail's database backend, asking for every form of each word typed (core/search_backend.py).
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "core.search_backend"}}
# The admin must work offline: no avatars from Gravatar, no call home for updates.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAIL_ENABLE_UPDATE_CHECK = False
# Wagtail's sign-in form with a translatable "Password" label (accounts/forms.py).
WAGTAILADMIN_USER_LOGIN_FORM = "accounts.forms.AdminLoginForm"
# Attachments: PDF, Word, Excel, JPEG and PNG only, checked by content (core/uploads.py) in the
# form bases Wagtail uses for every document and image upload (core/upload_forms.py). One size
# limit for both.
UPLOAD_MAX_SIZE = 10 * 1024 * 1024
WAGTAILDOCS_EXTENSIONS = ["pdf", "doc", "docx", "xls", "xlsx", "jpg", "jpeg", "png"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = UPLOAD_MAX_SIZE
WAGTAILDOCS_DOCUMENT_FORM_BASE = "core.upload_forms.CheckedDocumentForm"
# Documents go out only through Wagtail's document view, whatever the storage (never a redirect
# to the storage's own URL): it applies collection privacy and passwords, and sends them with
# `Content-Security-Policy: default-src 'none'` and `nosniff`. PDFs and pictures open in the
# browser; everything else (Word, Excel) is downloaded as an attachment.
WAGTAILDOCS_SERVE_METHOD = "serve_view"
WAGTAILDOCS_INLINE_CONTENT_TYPES = ["application/pdf", "image/jpeg", "image/png"]
WAGTAILDOCS_BLOCK_EMBEDDED_CONTENT = True
WAGTAILIMAGES_EXTENSIONS = ["jpg", "jpeg", "png"]
WAGTAILIMAGES_MAX_UPLOAD_SIZE = UPLOAD_MAX_SIZE
WAGTAILIMAGES_IMAGE_FORM_BASE = "core.upload_forms.CheckedImageForm"
# Pictures are resized for every rendition: 40 megapixels (8000 × 5000) is more than any camera
# an office uses, and is measured from the file's header before anything decodes it.
WAGTAILIMAGES_MAX_IMAGE_PIXELS = 40_000_000
WAGTAILAPI_BASE_URL = env.WAGTAILADMIN_BASE_URL
WAGTAILAPI_LIMIT_MAX = 100
# Rich text goes out as HTML with real URLs, never with Wagtail's internal <a linktype=...> markup.
WAGTAILAPI_RICH_TEXT_FORMAT = "html"
API_ANON_RATE = env.API_ANON_RATE

# HTTP caching (core/http_cache.py, docs/caching.md): public pages and API GETs may be kept by
# browsers for PAGE_CACHE_MAX_AGE seconds and by shared caches (the page cache, Varnish, a CDN)
# for PAGE_CACHE_S_MAXAGE, served stale while revalidating for PAGE_CACHE_STALE_WHILE_REVALIDATE.
# Publishing purges what changed, so the shared lifetime can be long.
PAGE_CACHE_MAX_AGE = env.PAGE_CACHE_MAX_AGE
PAGE_CACHE_S_MAXAGE = env.PAGE_CACHE_S_MAXAGE
PAGE_CACHE_STALE_WHILE_REVALIDATE = env.PAGE_CACHE_STALE_WHILE_REVALIDATE
# The in-process page cache (core/page_cache.py, cache alias `pagecache`) and how long it keeps
# an answer at most.
# A purge reaches every process only through Redis: without it, each process's copy lives a
# minute at most, so a purge made in another gunicorn worker or the task worker is soon caught up.
PAGE_CACHE_ENABLED = env.PAGE_CACHE_ENABLED
PAGE_CACHE_TIMEOUT = env.PAGE_CACHE_TIMEOUT or (PAGE_CACHE_S_MAXAGE if env.REDIS_URL else 60)
# How long the route cache (core/route_cache.py) keeps which page answers an address. Changes
# retire entries at once through the shared cache (Redis); with a cache of each process's own
# (no REDIS_URL, several gunicorn workers) another process learns of a change only when its
# entry expires, so there it is kept as briefly as the page cache keeps a page.
ROUTE_CACHE_TIMEOUT = 60 * 60 if env.REDIS_URL else 60
# Paths whose answers concern one reader: `private, no-store` whatever else holds.
HTTP_CACHE_PRIVATE_PATHS = [
    r"^/admin/",
    r"^/accessibility/",
    r"^/api/v3/(applications|preview)/",
    # Every e-service centre, on any portal: apply, the receipt (HTML and PDF), track.
    r"^/[a-z]{2}/(.+/)?(apply/[-\w]+|receipt/RNG-[-\d]+|track)/",
]
# Purges on publish and unpublish (wagtail.contrib.frontend_cache): the page cache first; a
# front proxy or CDN is added from the environment.
WAGTAILFRONTENDCACHE = {"pagecache": {"BACKEND": "core.page_cache.PageCacheBackend"}}
# Headless preview: the front end's address, and how long a preview link works (seconds).
HEADLESS_PREVIEW_URL = env.HEADLESS_PREVIEW_URL
HEADLESS_PREVIEW_MAX_AGE = 60 * 60

# Front ends on other origins may read the API (and only the API).
CORS_ALLOWED_ORIGINS = env.CORS_ALLOWED_ORIGINS
CORS_URLS_REGEX = r"^/api/.*$"

# Logging never includes request bodies, so citizens' personal data stays out of logs.
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": "WARNING"},
    "loggers": {
        "django": {"handlers": ["console"], "level": "WARNING", "propagate": False},
        "rangpur": {"handlers": ["console"], "level": "INFO", "propagate": False},
    },
}

# E-service: the office closes at 17:00 (Asia/Dhaka); an application received later counts
# from the next working day. Citizens' uploads live outside MEDIA_ROOT and have no URL.
ESERVICE_OFFICE_CLOSING_TIME = "17:00"
ESERVICE_PRIVATE_ROOT = Path(env.ESERVICE_PRIVATE_ROOT) if env.ESERVICE_PRIVATE_ROOT else BASE_DIR / "private"
TRUSTED_PROXY_COUNT = env.TRUSTED_PROXY_COUNT
# Citizens' documents on an application (PDF, JPEG or PNG, eservice/domain/uploads.py).
ESERVICE_UPLOAD_MAX_BYTES = 5 * 1024 * 1024
ESERVICE_UPLOAD_MAX_FILES = 5

# The largest request body any address takes, checked (Content-Length) before it is read: the
# form fields' limit, except where files are uploaded, which get their real maximums on top.
REQUEST_BODY_MAX_BYTES = DATA_UPLOAD_MAX_MEMORY_SIZE
REQUEST_BODY_ALLOWANCES = [
    # Documents and images in the admin (one file a request, also in multiple upload) and the API.
    (r"^/admin/(documents|images)/", UPLOAD_MAX_SIZE + REQUEST_BODY_MAX_BYTES),
    (r"^/api/v3/(documents|images)/", UPLOAD_MAX_SIZE + REQUEST_BODY_MAX_BYTES),
    # The e-service apply form, on any portal's centre, in either language.
    (
        r"^/(bn|en)/(.+/)?apply/[-\w]+/$",
        ESERVICE_UPLOAD_MAX_BYTES * ESERVICE_UPLOAD_MAX_FILES + REQUEST_BODY_MAX_BYTES,
    ),
]

# Notifications to applicants go through Wagtail's task framework (django-tasks). The immediate
# backend runs each task right after the change commits, in the same process; a worker backend
# can be named in TASKS_BACKEND. A failed task never undoes the change it announces.
TASKS = {"default": {"BACKEND": env.TASKS_BACKEND}}
# SMS: the default backend writes messages (numbers masked) to the log; set SMS_BACKEND to
# "eservice.notifications.backends.HttpSmsBackend" and the SMS_GATEWAY_* variables to send them.
ESERVICE_SMS_BACKEND = env.SMS_BACKEND
SMS_GATEWAY_URL = env.SMS_GATEWAY_URL
SMS_GATEWAY_API_KEY = env.SMS_GATEWAY_API_KEY
SMS_GATEWAY_SENDER_ID = env.SMS_GATEWAY_SENDER_ID
# Messages one address may send, from the feedback page and the API together.
ESERVICE_FEEDBACK_RATE = env.FEEDBACK_RATE
# Wrong mobiles tried for one tracking number, from any address (the page and the API together).
ESERVICE_TRACK_GUESS_RATE = "10/h"
# Receipt PDFs one address may ask for (each is rendered once per state, then served stored).
ESERVICE_RECEIPT_PDF_RATE = "30/h"

# Front caches purged on publish (rangpur_cms/settings/frontend_cache.py): Varnish, Cloudflare or
# CloudFront as FRONTEND_CACHE says, next to any entry defined above (the in-process page cache).
# The apps purge each translation's own URL (home/cache_invalidation.py, notices/purge.py), so
# Wagtail must not rewrite /bn/ into /en/ for them: translated slugs differ, notices' ids too.
WAGTAILFRONTENDCACHE = {**WAGTAILFRONTENDCACHE, **frontend_cache_backends()}
WAGTAILFRONTENDCACHE_LANGUAGES: list[str] = []
