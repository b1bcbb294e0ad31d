"""Reading options (text size, contrast) chosen with the header's plain links.

Only their normalised values reach the page (core/http_cache.py), so a page has at most six
variants in any cache."""

from core.http_cache import reading_options


def accessibility(request):
    options = reading_options(request)
    return {"accessibility": {"text": options.text, "contrast": options.contrast, "css_classes": options.css_classes}}
