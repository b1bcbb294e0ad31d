"""Production: refuses to start unless the operator has configured it.

SECRET_KEY, ALLOWED_HOSTS and DATABASE_URL must come from the environment; nothing is
invented here when they are missing.
"""

from .base import *  # noqa: F403
from .base import env

DEBUG = False
SECRET_KEY = env.env_required("SECRET_KEY")
ALLOWED_HOSTS = env.env_list("ALLOWED_HOSTS") or [env.env_required("ALLOWED_HOSTS")]
env.env_required("DATABASE_URL")

SECURE_SSL_REDIRECT = env.SECURE_SSL_REDIRECT
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SECURE_HSTS_SECONDS = env.SECURE_HSTS_SECONDS if env.SECURE_HSTS_SECONDS is not None else 60 * 60 * 24 * 365
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True

if not SECURE_SSL_REDIRECT:
    # Plain HTTP on loopback for benchmarks: cookies must then travel without TLS.
    SESSION_COOKIE_SECURE = False
    CSRF_COOKIE_SECURE = False
    SILENCED_SYSTEM_CHECKS = [*SILENCED_SYSTEM_CHECKS, "security.W008", "security.W012", "security.W016"]

# Email goes through the operator's SMTP server; without one, messages are written to the
# log instead of failing against a server that is not there.
if env.EMAIL_HOST:
    EMAIL_HOST = env.EMAIL_HOST
    EMAIL_PORT = env.EMAIL_PORT
    EMAIL_HOST_USER = env.EMAIL_HOST_USER
    EMAIL_HOST_PASSWORD = env.EMAIL_HOST_PASSWORD
    EMAIL_USE_TLS = env.EMAIL_USE_TLS
else:
    EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
