"""Demo images and PDFs made on this machine (Pillow and WeasyPrint): nothing is downloaded.
The pictures themselves are drawn in demo/pictures.py, one scene per subject.

Each helper is idempotent by title, so running the demo loader twice adds nothing.
"""

import io
from pathlib import Path

from django.conf import settings
from django.core.files.base import ContentFile
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from weasyprint import HTML

from demo.pictures import draw_scene

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


def demo_image(title: str, scene: str, size: tuple[int, int] = (1200, 800)):
    """A generated illustration of ``scene`` (demo/pictures.py), stored as a Wagtail image."""
    Image = get_image_model()
    existing = Image.objects.filter(title=title).first()
    if existing:
        return existing
    buffer = io.BytesIO()
    draw_scene(scene, size).save(buffer, format="JPEG", quality=82)
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
