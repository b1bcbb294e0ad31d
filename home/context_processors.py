"""Reading options (text size, contrast) chosen with the header's plain links."""

TEXT_SIZES = ("normal", "large", "larger")


def accessibility(request):
    text = request.COOKIES.get("a11y_text", "normal")
    if text not in TEXT_SIZES:
        text = "normal"
    contrast = request.COOKIES.get("a11y_contrast") == "on"
    classes = [f"text-{text}"] + (["high-contrast"] if contrast else [])
    return {"accessibility": {"text": text, "contrast": contrast, "css_classes": " ".join(classes)}}
