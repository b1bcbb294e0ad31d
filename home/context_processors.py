"""Reading options (text size, contrast) chosen with the header's plain links, and the portal's
office settings from the cache.

Only the reading options' normalised values reach the page (core/http_cache.py), so a page has
at most six variants in any cache."""

from core.http_cache import reading_options
from home.fragments import prime_office_settings


def accessibility(request):
    options = reading_options(request)
    return {"accessibility": {"text": options.text, "contrast": options.contrast, "css_classes": options.css_classes}}


def cached_office_settings(request):
    """Hands Wagtail's `settings.home.OfficeSettings` the cached copy (home/fragments.py), so the
    title, header and footer of a page cost no query for them (and pages that show none, nothing)."""
    prime_office_settings(request)
    return {}
