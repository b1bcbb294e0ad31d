"""The front caches to purge, chosen by the environment (FRONTEND_CACHE and its variables)."""

from django.core.exceptions import ImproperlyConfigured

from . import environment as env

BACKENDS = "wagtail.contrib.frontend_cache.backends"


def _required(name: str, value: str | list | None, kind: str):
    if not value:
        raise ImproperlyConfigured(f"FRONTEND_CACHE={kind} needs the environment variable {name}.")
    return value


def frontend_cache_backends(kind: str | None = None) -> dict:
    """WAGTAILFRONTENDCACHE entries for `kind` (default: FRONTEND_CACHE), none when it is empty."""
    kind = (env.FRONTEND_CACHE if kind is None else kind).strip().lower()
    if not kind:
        return {}
    if kind == "varnish":
        # One entry per Varnish: each server keeps its own cache, and each must forget the page.
        urls = _required("VARNISH_PURGE_URLS", env.VARNISH_PURGE_URLS, kind)
        return {
            f"varnish-{number}": {"BACKEND": f"{BACKENDS}.HTTPBackend", "LOCATION": url}
            for number, url in enumerate(urls, start=1)
        }
    if kind == "cloudflare":
        return {
            "cloudflare": {
                "BACKEND": f"{BACKENDS}.CloudflareBackend",
                "ZONEID": _required("CLOUDFLARE_ZONE_ID", env.CLOUDFLARE_ZONE_ID, kind),
                "BEARER_TOKEN": _required("CLOUDFLARE_BEARER_TOKEN", env.CLOUDFLARE_BEARER_TOKEN, kind),
            }
        }
    if kind == "cloudfront":
        return {
            "cloudfront": {
                "BACKEND": f"{BACKENDS}.CloudfrontBackend",
                "DISTRIBUTION_ID": _required("CLOUDFRONT_DISTRIBUTION_ID", env.CLOUDFRONT_DISTRIBUTION_ID, kind),
            }
        }
    raise ImproperlyConfigured(f"FRONTEND_CACHE must be varnish, cloudflare, cloudfront or empty, not {kind!r}.")
