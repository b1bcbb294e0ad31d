"""Receipts: the QR code that leads to the track page, and the PDF made with WeasyPrint.

A PDF costs about half a second of CPU, so each is rendered once per state of its application
(and language, paper and address of the centre) and kept in the private storage of citizens'
uploads; asking again serves the stored file."""

import atexit
import hashlib
import threading
from collections.abc import Callable, Iterable
from functools import cache
from pathlib import Path

import qrcode
import qrcode.image.svg
from django.conf import settings
from django.core.files.base import ContentFile
from django.utils.safestring import SafeString, mark_safe

from eservice.models.storage import private_storage

FONT_DIR = Path(settings.BASE_DIR) / "rangpur_cms" / "static" / "fonts"
# Part of every stored PDF's state: raise it when what a receipt prints changes (2: tracking
# numbers in ASCII digits), so receipts stored before are made anew, not served as they were.
RECEIPT_LAYOUT = "2"


def qr_svg(url: str) -> SafeString:
    """An inline SVG QR code for `url` (no image file, so it prints and goes into the PDF as is)."""
    image = qrcode.make(url, image_factory=qrcode.image.svg.SvgPathImage, box_size=8, border=2)
    svg = image.to_string(encoding="unicode")
    # Drop the XML declaration: the SVG is embedded in an HTML page.
    if svg.startswith("<?xml"):
        svg = svg[svg.index("?>") + 2 :]
    return mark_safe(svg)  # noqa: S308 - qrcode's own markup around our URL, which it escapes


def font_faces() -> str:
    """@font-face rules for WeasyPrint: the bundled Noto Sans Bengali files, one family per script.

    The Bengali and Latin subsets are separate font files; under one family name WeasyPrint
    mixes up their glyph numbers in the PDF's text layer, so each gets its own family and the
    stylesheet lists Latin first, falling back to Bengali for Bengali letters and digits.
    """
    rules = []
    for weight in (400, 700):
        for script in ("bengali", "latin"):
            font = (FONT_DIR / f"noto-sans-bengali-{script}-{weight}-normal.woff2").as_uri()
            rules.append(
                f'@font-face {{ font-family: "Receipt {script.title()}"; font-weight: {weight}; '
                f'src: url("{font}") format("woff2"); }}'
            )
    return "\n".join(rules)


# One WeasyPrint font configuration per process, with the receipt's fonts loaded into it once.
# @font-face rules in each document made WeasyPrint load the four font files into a new
# configuration on every render, and a worker's memory grew with every receipt it printed (one
# gunicorn worker: 141 MB before, 223 MB after 80 receipts; 191 MB with one configuration, and
# still 192 MB after 240). Pango's font map is not safe to share between
# threads, so renders in one process take turns (gunicorn's sync workers have one thread anyway).
_render_lock = threading.Lock()


@cache
def receipt_fonts():
    """The process's (FontConfiguration, stylesheet of the receipt fonts), made on first use.

    WeasyPrint is imported here, not at start-up: it takes long to import (it loads Pango and
    its fonts), and most requests, and every worker that only sends messages, never print."""
    from weasyprint import CSS
    from weasyprint.text.fonts import FontConfiguration

    font_config = FontConfiguration()
    return font_config, CSS(string=font_faces(), font_config=font_config)


# Let the configuration go while the interpreter can still free it (at exit, after module
# teardown, its destructor finds cffi gone and prints an error).
atexit.register(receipt_fonts.cache_clear)


def render_pdf(html: str, base_url: str) -> bytes:
    """`html` as a PDF, with the receipt fonts (families "Receipt Latin" and "Receipt Bengali")."""
    from weasyprint import HTML  # imported by receipt_fonts() already; see there why not at the top

    with _render_lock:
        font_config, fonts = receipt_fonts()
        return HTML(string=html, base_url=base_url).write_pdf(stylesheets=[fonts], font_config=font_config)


def stored_pdf(tracking_number: str, state: Iterable[str], render: Callable[[], bytes]) -> bytes:
    """The receipt PDF for this state of the application: the stored copy, else ``render()``'d
    once and stored. ``state`` lists everything the PDF shows that can change (status, last
    update, language, paper, the centre's address); a new state gets a new file."""
    digest = hashlib.sha256("\x1f".join(state).encode()).hexdigest()[:32]
    name = f"receipts/{tracking_number}/{digest}.pdf"
    storage = private_storage()
    if storage.exists(name):
        with storage.open(name, "rb") as stored:
            return stored.read()
    pdf = render()
    storage.save(name, ContentFile(pdf))
    return pdf
