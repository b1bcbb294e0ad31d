"""Reading options (text size, contrast) chosen with the header's plain links, and the portal's
office settings from the cache."""

from home.fragments import prime_office_settings

TEXT_SIZES = ("normal", "large", "larger")


def accessibility(request):
    text = request.COOKIES.get("a11y_text", "normal")
    if text not in TEXT_SIZES:
        text = "normal"
    contrast = request.COOKIES.get("a11y_contrast") == "on"
    classes = [f"text-{text}"] + (["high-contrast"] if contrast else [])
    return {"accessibility": {"text": text, "contrast": contrast, "css_classes": " ".join(classes)}}


def cached_office_settings(request):
    """Hands Wagtail's `settings.home.OfficeSettings` the cached copy (home/fragments.py), so the
    title, header and footer of a page cost no query for them (and pages that show none, nothing)."""
    prime_office_settings(request)
    return {}
