"""gunicorn settings for one Rangpur CMS app server (`gunicorn -c deploy/gunicorn.conf.py
rangpur_cms.wsgi:application`). Read by the systemd unit and `make cluster`; every value can be
changed through the environment named next to it."""

import multiprocessing
import os


def _int(name: str, default: int) -> int:
    return int(os.environ.get(name) or default)


# GUNICORN_BIND: where this instance listens (one port per instance: rangpur-web@<port>.service).
bind = os.environ.get("GUNICORN_BIND", "127.0.0.1:8000")
# Sync workers: the app is CPU-bound (templates, PDFs) and holds one database connection per
# worker, so workers × instances must stay under PgBouncer's / PostgreSQL's connection limit.
workers = _int("GUNICORN_WORKERS", multiprocessing.cpu_count() * 2 + 1)
worker_class = "sync"
# A receipt PDF is the slowest answer (about half a second); 30 s means a stuck worker, not a slow page.
timeout = _int("GUNICORN_TIMEOUT", 30)
graceful_timeout = _int("GUNICORN_GRACEFUL_TIMEOUT", 30)
# Varnish keeps connections to the app servers open between requests.
keepalive = _int("GUNICORN_KEEPALIVE", 5)
# Restart workers now and then, so a slow leak in a library never grows without bound.
max_requests = _int("GUNICORN_MAX_REQUESTS", 2000)
max_requests_jitter = _int("GUNICORN_MAX_REQUESTS_JITTER", 200)

# Request heads are bounded here; gunicorn has no setting for the body. The body's bound is
# Django's (core/request_limits.py: Content-Length checked against each address's allowance before
# anything is read) and the proxy's (deploy/nginx/rangpur.conf: client_max_body_size).
limit_request_line = 8190
limit_request_fields = 100
limit_request_field_size = 8190

# The proxies whose X-Forwarded-Proto gunicorn believes (Varnish on the same machine by default).
# Django itself reads the header only when TRUSTED_PROXY_COUNT > 0 (rangpur_cms/settings/base.py).
forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1,::1")

# Access log on stdout (journald), without query strings and referrers: a receipt's link carries
# its secret token in the query (?t=...), and a referrer can carry someone else's. Only the path.
accesslog = os.environ.get("GUNICORN_ACCESS_LOG", "-")
access_log_format = '%(h)s %(t)s "%(m)s %(U)s %(H)s" %(s)s %(B)s %(M)sms'
errorlog = "-"
loglevel = os.environ.get("GUNICORN_LOG_LEVEL", "info")
# Import the app before forking: workers share its memory and a broken settings file stops the
# server at once instead of each worker failing alone.
preload_app = True
proc_name = os.environ.get("GUNICORN_PROC_NAME", "rangpur-web")
