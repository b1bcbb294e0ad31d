"""Agriculture reports: figures as a table and as an SVG chart drawn by the server."""

import re
from decimal import Decimal
from xml.etree import ElementTree

import pytest

from home.models import FertilizerRow, ProcurementRow
from tests import factories
from tests.home.conftest import translate_page

pytestmark = pytest.mark.django_db

SVG = re.compile(r"<svg class=\"bar-chart\".*?</svg>", re.S)


@pytest.fixture
def fertilizer_report(sections):
    report = factories.FertilizerReportPageFactory(
        parent=sections.indexes_bn["agriculture"],
        slug="rabi",
        rows=[
            FertilizerRow(upazila="kaunia", fertilizer="urea", allocated=Decimal("1400"), distributed=Decimal("1300")),
            FertilizerRow(upazila="pirganj", fertilizer="urea", allocated=Decimal("3900"), distributed=Decimal("3510")),
            FertilizerRow(upazila="kaunia", fertilizer="dap", allocated=Decimal("560"), distributed=Decimal("500")),
        ],
    )
    translate_page(report, sections.site.en, title="Fertilizer distribution: Rabi 2025-26")
    return report


def test_report_draws_one_accessible_svg_chart_per_fertilizer(client, fertilizer_report):
    html = client.get("/bn/agriculture/rabi/").text
    charts = SVG.findall(html)
    assert len(charts) == 2  # urea and DAP; no empty chart for TSP or MOP
    svg = ElementTree.fromstring(charts[0])  # noqa: S314 - our own server's output
    namespace = "{http://www.w3.org/2000/svg}"
    assert svg.get("role") == "img"
    title, desc = svg.find(f"{namespace}title"), svg.find(f"{namespace}desc")
    assert svg.get("aria-labelledby") == f"{title.get('id')} {desc.get('id')}"
    assert "ইউরিয়া" in title.text
    bars = [rect for rect in svg.iter(f"{namespace}rect") if rect.find(f"{namespace}title") is not None]
    assert len(bars) == 4  # two upazilas x (allocated, distributed)
    widths = [float(rect.get("width").removesuffix("%")) for rect in bars]  # of the chart's width
    assert max(widths) == widths[2]  # Pirganj's allocation is the largest bar
    assert "<script" not in html


def test_chart_and_table_use_bengali_digits_and_labels(client, fertilizer_report):
    html = client.get("/bn/agriculture/rabi/").text
    assert "৩,৯০০" in SVG.findall(html)[0]
    assert "কাউনিয়া" in html and "পীরগঞ্জ" in html
    assert "৫,৩০০.০০" in html  # district total of urea allocation, in the table
    assert "৯০.০" in html  # Pirganj distributed 90.0 % of its urea


def test_english_report_has_english_labels_and_digits(client, fertilizer_report):
    html = client.get("/en/agriculture/rabi/").text
    assert "Urea: allocation and distribution by upazila (tonnes)" in html
    assert "3,900" in html and "Kaunia" in html
    assert "৩" not in SVG.findall(html)[0]


def test_procurement_report_chart_and_totals(client, sections):
    factories.ProcurementReportPageFactory(
        parent=sections.indexes_bn["agriculture"],
        slug="boro",
        rows=[
            ProcurementRow(upazila="mithapukur", target=Decimal("3000"), procured=Decimal("2700")),
            ProcurementRow(upazila="taraganj", target=Decimal("800"), procured=Decimal("800")),
        ],
    )
    html = client.get("/bn/agriculture/boro/").text
    assert len(SVG.findall(html)) == 1
    assert "৩,৮০০.০০" in html and "৩,৫০০.০০" in html  # totals
    assert "প্রতি কেজি ৩৬ টাকা" in html


def test_report_rows_go_out_typed_in_the_api(client, fertilizer_report):
    response = client.get(f"/api/v3/pages/{fertilizer_report.pk}/")
    assert response.status_code == 200
    rows = response.json()["rows"]
    assert {"upazila": "kaunia", "fertilizer": "urea"}.items() <= rows[0].items()
    assert Decimal(str(rows[0]["allocated"])) == Decimal("1400")
