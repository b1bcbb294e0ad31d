"""Demo images and PDFs made on this machine (Pillow and WeasyPrint): nothing is downloaded.

Each helper is idempotent by title, so running the demo loader twice adds nothing.
"""

import io
from pathlib import Path

from django.conf import settings
from django.core.files.base import ContentFile
from PIL import Image as PILImage
from PIL import ImageDraw
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from weasyprint import HTML

FONT_DIR = Path(settings.BASE_DIR) / "rangpur_cms" / "static" / "fonts"

PDF_STYLE = f"""
@font-face {{ font-family: "Noto Sans Bengali"; font-weight: 400;
  src: url("{(FONT_DIR / "noto-sans-bengali-bengali-400-normal.woff2").as_uri()}"); }}
@font-face {{ font-family: "Noto Sans Bengali"; font-weight: 700;
  src: url("{(FONT_DIR / "noto-sans-bengali-bengali-700-normal.woff2").as_uri()}"); }}
@font-face {{ font-family: "Noto Sans Bengali"; font-weight: 400;
  src: url("{(FONT_DIR / "noto-sans-bengali-latin-400-normal.woff2").as_uri()}"); unicode-range: U+0000-00FF; }}
@page {{ size: A4; margin: 20mm; }}
body {{ font-family: "Noto Sans Bengali", sans-serif; font-size: 11pt; line-height: 1.6; }}
h1 {{ font-size: 16pt; color: #004d38; }}
"""


def demo_image(title: str, label: str = "", colour: str = "#006a4e", size: tuple[int, int] = (1200, 800)):
    """A generated illustration (a landscape of flat shapes), stored as a Wagtail image."""
    Image = get_image_model()
    existing = Image.objects.filter(title=title).first()
    if existing:
        return existing
    width, height = size
    picture = PILImage.new("RGB", size, colour)
    draw = ImageDraw.Draw(picture)
    draw.rectangle([0, height * 0.62, width, height], fill="#3d7a3a")
    draw.ellipse([width * 0.62, height * 0.12, width * 0.8, height * 0.12 + width * 0.18], fill="#f4c542")
    draw.polygon(
        [(width * 0.1, height * 0.62), (width * 0.3, height * 0.3), (width * 0.5, height * 0.62)], fill="#e8e4d8"
    )
    draw.rectangle([width * 0.18, height * 0.45, width * 0.42, height * 0.62], fill="#b8553a")
    if label:
        draw.text((24, height - 40), label, fill="#ffffff")
    buffer = io.BytesIO()
    picture.save(buffer, format="JPEG", quality=82)
    filename = f"{_safe_name(title)}.jpg"
    return Image.objects.create(title=title, file=ContentFile(buffer.getvalue(), name=filename))


def demo_pdf(title: str, html_body: str):
    """A PDF made with WeasyPrint from a little HTML, stored as a Wagtail document."""
    Document = get_document_model()
    existing = Document.objects.filter(title=title).first()
    if existing:
        return existing
    html = (
        f'<html lang="bn"><head><meta charset="utf-8"><style>{PDF_STYLE}</style></head><body>{html_body}</body></html>'
    )
    pdf = HTML(string=html).write_pdf()
    return Document.objects.create(title=title, file=ContentFile(pdf, name=f"{_safe_name(title)}.pdf"))


def _safe_name(title: str) -> str:
    ascii_name = "".join(ch if ch.isascii() and ch.isalnum() else "-" for ch in title).strip("-").lower()
    return (ascii_name or "file")[:60]
