"""Settings shared by every environment. Safe for production on their own:
nothing here turns on debugging, invents a secret or allows every host."""

from pathlib import Path

import dj_database_url
from django.utils.translation import gettext_lazy as _

from . import environment as env

PROJECT_DIR = Path(__file__).resolve().parent.parent
BASE_DIR = PROJECT_DIR.parent

DEBUG = False
SECRET_KEY = env.SECRET_KEY
ALLOWED_HOSTS = env.ALLOWED_HOSTS
CSRF_TRUSTED_ORIGINS = env.CSRF_TRUSTED_ORIGINS

INSTALLED_APPS = [
    "api",
    "home",
    "core",
    "notices",
    "eservice",
    "preview",
    "search",
    "demo",
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.api.v3",
    "ninja",  # serves the API docs' Swagger UI from our own static files, not a CDN
    "corsheaders",
    "wagtail.contrib.settings",
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
    "django.middleware.security.SecurityMiddleware",
    "corsheaders.middleware.CorsMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "api.http.LocaleMiddleware",
    # Before anything reads a request's body (CSRF, the API's checks, the views).
    "core.request_limits.RequestBodyLimitMiddleware",
    "django.middleware.common.CommonMiddleware",
    "api.http.ApiHeadMiddleware",
    "django.middleware.http.ConditionalGetMiddleware",
    "api.http.ApiHttpMiddleware",
    "api.queries.QueryGuardMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
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
            ],
        },
    },
]

# The embedded default is an SQLite file in the project folder; DATABASE_URL selects
# PostgreSQL (psycopg2) for production and CI.
DATABASES = {
    "default": dj_database_url.parse(env.DATABASE_URL, conn_max_age=60)
    if env.DATABASE_URL
    else {"ENGINE": "django.db.backends.sqlite3", "NAME": BASE_DIR / "db.sqlite3"}
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

if env.REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": env.REDIS_URL,
            "KEY_PREFIX": "rangpur",
        }
    }

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Languages: Bengali is the source language and the default, English the translation.
LANGUAGE_CODE = "bn"
LANGUAGES = [("bn", "বাংলা"), ("en", "English")]
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
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
MEDIA_ROOT = BASE_DIR / "media"
MEDIA_URL = "/media/"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

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

DEFAULT_FROM_EMAIL = env.DEFAULT_FROM_EMAIL
SERVER_EMAIL = env.DEFAULT_FROM_EMAIL

# Wagtail
WAGTAIL_SITE_NAME = _("Deputy Commissioner's Office, Rangpur")
WAGTAILADMIN_BASE_URL = env.WAGTAILADMIN_BASE_URL
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
# The admin must work offline: no avatars from Gravatar, no call home for updates.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAIL_ENABLE_UPDATE_CHECK = False
# Attachments: PDF, Word, Excel, JPEG and PNG only, checked by content (core/uploads.py) in the
# form bases Wagtail uses for every document and image upload (core/upload_forms.py). One size
# limit for both.
UPLOAD_MAX_SIZE = 10 * 1024 * 1024
WAGTAILDOCS_EXTENSIONS = ["pdf", "doc", "docx", "xls", "xlsx", "jpg", "jpeg", "png"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = UPLOAD_MAX_SIZE
WAGTAILDOCS_DOCUMENT_FORM_BASE = "core.upload_forms.CheckedDocumentForm"
WAGTAILIMAGES_EXTENSIONS = ["jpg", "jpeg", "png"]
WAGTAILIMAGES_MAX_UPLOAD_SIZE = UPLOAD_MAX_SIZE
WAGTAILIMAGES_IMAGE_FORM_BASE = "core.upload_forms.CheckedImageForm"
WAGTAILAPI_BASE_URL = env.WAGTAILADMIN_BASE_URL
WAGTAILAPI_LIMIT_MAX = 100
# Rich text goes out as HTML with real URLs, never with Wagtail's internal <a linktype=...> markup.
WAGTAILAPI_RICH_TEXT_FORMAT = "html"
API_ANON_RATE = env.API_ANON_RATE
API_CACHE_SECONDS = 60
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
