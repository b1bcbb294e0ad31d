"""Receipt PDFs load their fonts once per process, not once per receipt.

With @font-face rules inside each document, WeasyPrint loaded the four font files into a new
font configuration on every render, and an app worker's memory grew with every receipt it
printed (223 MB after 80 receipts in one gunicorn worker, against 191 MB with one shared
configuration; docs/performance.md, "Worker memory").
"""

import io

from pypdf import PdfReader
from weasyprint.text.fonts import FontConfiguration

from eservice.domain import receipts

PAGE = "<html><body style=\"font-family: 'Receipt Latin', 'Receipt Bengali'\"><p>জেলা সেবা RNG-1</p></body></html>"


def test_two_receipts_load_the_four_font_files_once(monkeypatch):
    receipts.receipt_fonts.cache_clear()
    loaded = []
    add_font_face = FontConfiguration.add_font_face

    def counting(self, rule_descriptors, url_fetcher):
        loaded.append((rule_descriptors["font_family"], rule_descriptors.get("font_weight")))
        return add_font_face(self, rule_descriptors, url_fetcher)

    monkeypatch.setattr(FontConfiguration, "add_font_face", counting)
    first = receipts.render_pdf(PAGE, "http://testserver/")
    second = receipts.render_pdf(PAGE, "http://testserver/")

    assert len(loaded) == 4  # Bengali and Latin, regular and bold: by the first receipt only
    assert {family for family, _weight in loaded} == {"Receipt Bengali", "Receipt Latin"}
    for pdf in (first, second):
        page = PdfReader(io.BytesIO(pdf)).pages[0]
        assert "জেলা" in page.extract_text()
        fonts = {str(font["/BaseFont"]) for font in page["/Resources"]["/Font"].values()}
        assert any(name.endswith("+Receipt-Bengali") for name in fonts), fonts


def test_the_configuration_is_made_once_per_process():
    receipts.receipt_fonts.cache_clear()
    assert receipts.receipt_fonts() is receipts.receipt_fonts()
