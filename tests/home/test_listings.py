"""Section index listings: constant query counts as they grow, pagination that survives bad
page numbers, and filters validated by a form before they reach a query."""

import pytest
import wagtail_factories
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests import factories

pytestmark = pytest.mark.django_db


def count_queries(client, url: str) -> int:
    client.get(url)  # warm-up: renditions and per-process caches are made once
    with CaptureQueriesContext(connection) as context:
        response = client.get(url)
    assert response.status_code == 200
    return len(context.captured_queries)


def add_children(parent, factory, count: int, start: int = 0, **fields) -> None:
    for number in range(start, start + count):
        factory(parent=parent, slug=f"item-{number}", **fields)


LISTINGS = [
    ("administration", factories.BranchPageFactory, {}),
    ("offices", factories.OfficePageFactory, {}),
    ("mahals", factories.MahalPageFactory, {}),
    ("investment", factories.InvestmentPageFactory, {"with_photo": True}),
    ("upazilas", factories.UpazilaPageFactory, {}),
    ("tourism", factories.TouristSpotPageFactory, {"with_photo": True}),
    ("agriculture", factories.FertilizerReportPageFactory, {}),
]


@pytest.mark.parametrize(("section", "factory", "options"), LISTINGS)
def test_listing_query_count_is_the_same_for_5_and_50_items(client, sections, section, factory, options):
    index = sections.indexes_bn[section]
    fields = {}
    if options.get("with_photo"):
        fields = {"photo": wagtail_factories.ImageFactory(), "photo_alt": "ছবি"}
    add_children(index, factory, 5, **fields)
    if section == "agriculture":
        add_children(index, factories.ProcurementReportPageFactory, 2, start=100)
    few = count_queries(client, index.url)
    add_children(index, factory, 45, start=5, **fields)
    many = count_queries(client, index.url)
    assert few == many


def test_tourism_listing_with_a_photo_each_stays_constant(client, sections):
    index = sections.indexes_bn["tourism"]
    for number in range(5):
        factories.TouristSpotPageFactory(
            parent=index, slug=f"a{number}", photo=wagtail_factories.ImageFactory(), photo_alt="ছবি"
        )
    few = count_queries(client, index.url)
    for number in range(5, 50):
        factories.TouristSpotPageFactory(
            parent=index, slug=f"a{number}", photo=wagtail_factories.ImageFactory(), photo_alt="ছবি"
        )
    assert count_queries(client, index.url) == few


@pytest.mark.parametrize("page", ["abc", "-1", "0", "999", "১", "2.5", ""])
def test_pagination_survives_bad_page_numbers(client, sections, page):
    index = sections.indexes_bn["mahals"]
    add_children(index, factories.MahalPageFactory, 30)
    response = client.get(index.url, {"page": page})
    assert response.status_code == 200
    assert response.context["items"].number in (1, 2)


def test_pagination_links_keep_the_filters_and_use_bengali_digits(client, sections):
    index = sections.indexes_bn["mahals"]
    add_children(index, factories.MahalPageFactory, 30)
    html = client.get(index.url, {"kind": "jalmahal"}).text
    assert 'href="?kind=jalmahal&amp;page=2"' in html
    assert ">২</a>" in html
    second = client.get(index.url, {"kind": "jalmahal", "page": "2"})
    assert second.context["items"].number == 2
    assert len(second.context["items"]) == 5


def test_mahal_filters_narrow_the_table(client, sections):
    index = sections.indexes_bn["mahals"]
    factories.MahalPageFactory(parent=index, slug="beel", title="ছেড়াছেড়ির বিল", kind="jalmahal", upazila="pirganj")
    factories.MahalPageFactory(
        parent=index,
        slug="sand",
        title="তিস্তা বালুমহাল",
        kind="balumahal",
        upazila="gangachara",
        status="vacant",
        lessee="",
    )
    html = client.get(index.url, {"kind": "balumahal"}).text
    assert "তিস্তা বালুমহাল" in html and "ছেড়াছেড়ির বিল" not in html
    html = client.get(index.url, {"upazila": "pirganj", "status": "leased"}).text
    assert "ছেড়াছেড়ির বিল" in html and "তিস্তা বালুমহাল" not in html
    assert "<table" in html and "বঙ্গাব্দ" in html


def test_a_bad_filter_value_gets_a_field_error_in_the_readers_language(client, sections):
    index = sections.indexes_bn["mahals"]
    factories.MahalPageFactory(parent=index, slug="beel", title="ছেড়াছেড়ির বিল")
    bengali = client.get(index.url, {"kind": "'; DROP TABLE", "upazila": "pirganj"})
    assert bengali.status_code == 200
    assert "তালিকার একটি বিকল্প বেছে নিন।" in bengali.text
    # The valid filter still applies; the bad one is ignored.
    assert "ছেড়াছেড়ির বিল" in bengali.text
    english = client.get(sections.indexes_en["mahals"].url, {"status": "nonsense"})
    assert english.status_code == 200
    assert "Choose one of the options in the list." in english.text


def test_office_directory_filters_by_category(client, sections):
    index = sections.indexes_bn["offices"]
    factories.OfficePageFactory(parent=index, slug="dae", title="কৃষি সম্প্রসারণ অধিদপ্তর", category="agriculture")
    factories.OfficePageFactory(parent=index, slug="coop", title="জেলা সমবায় কার্যালয়", category="social")
    html = client.get(index.url, {"category": "social"}).text
    assert "জেলা সমবায় কার্যালয়" in html and "কৃষি সম্প্রসারণ অধিদপ্তর" not in html


def test_agriculture_filters_by_kind_and_season(client, sections):
    index = sections.indexes_bn["agriculture"]
    factories.FertilizerReportPageFactory(parent=index, slug="fert", title="সার প্রতিবেদন", season="rabi")
    factories.ProcurementReportPageFactory(parent=index, slug="boro", title="বোরো সংগ্রহ", season="boro")
    html = client.get(index.url, {"kind": "procurement"}).text
    assert "বোরো সংগ্রহ" in html and "সার প্রতিবেদন" not in html
    html = client.get(index.url, {"season": "rabi"}).text
    assert "সার প্রতিবেদন" in html and "বোরো সংগ্রহ" not in html


def test_listing_shows_only_live_public_pages_of_its_own_locale(client, sections):
    index = sections.indexes_bn["investment"]
    factories.InvestmentPageFactory(parent=index, slug="live", title="চালু সুযোগ")
    draft = factories.InvestmentPageFactory(parent=index, slug="draft", title="খসড়া সুযোগ")
    draft.unpublish()
    html = client.get(index.url).text
    assert "চালু সুযোগ" in html and "খসড়া সুযোগ" not in html
    assert "চালু সুযোগ" not in client.get(sections.indexes_en["investment"].url).text
