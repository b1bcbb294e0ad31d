"""Receipts: the QR code that leads to the track page, and the PDF made with WeasyPrint."""

from pathlib import Path

import qrcode
import qrcode.image.svg
from django.conf import settings
from django.utils.safestring import SafeString, mark_safe

FONT_DIR = Path(settings.BASE_DIR) / "rangpur_cms" / "static" / "fonts"


def qr_svg(url: str) -> SafeString:
    """An inline SVG QR code for `url` (no image file, so it prints and goes into the PDF as is)."""
    image = qrcode.make(url, image_factory=qrcode.image.svg.SvgPathImage, box_size=8, border=2)
    svg = image.to_string(encoding="unicode")
    # Drop the XML declaration: the SVG is embedded in an HTML page.
    if svg.startswith("<?xml"):
        svg = svg[svg.index("?>") + 2 :]
    return mark_safe(svg)  # noqa: S308 - qrcode's own markup around our URL, which it escapes


def font_faces() -> str:
    """@font-face rules pointing at the bundled Noto Sans Bengali files, for WeasyPrint."""
    rules = []
    for weight in (400, 700):
        for script, unicode_range in (
            ("bengali", "U+0951-0952, U+0964-0965, U+0980-09FE, U+200C-200D"),
            ("latin", "U+0000-00FF, U+2000-206F"),
        ):
            font = (FONT_DIR / f"noto-sans-bengali-{script}-{weight}-normal.woff2").as_uri()
            rules.append(
                f'@font-face {{ font-family: "Noto Sans Bengali"; font-weight: {weight}; '
                f'src: url("{font}") format("woff2"); unicode-range: {unicode_range}; }}'
            )
    return "\n".join(rules)


def render_pdf(html: str, base_url: str) -> bytes:
    from weasyprint import HTML

    return HTML(string=html, base_url=base_url).write_pdf()
