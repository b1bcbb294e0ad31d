"""Every section page renders in Bengali and English, in the menu and the admin edit form."""

import pytest
from django.contrib.auth import get_user_model

from tests import factories
from tests.home.conftest import translate_page

# --- Rendering in both languages -------------------------------------------------------------------

DETAIL_PAGES = [
    ("administration", factories.BranchPageFactory, {}),
    ("offices", factories.OfficePageFactory, {}),
    ("mahals", factories.MahalPageFactory, {}),
    ("investment", factories.InvestmentPageFactory, {}),
    ("upazilas", factories.UpazilaPageFactory, {}),
    ("tourism", factories.TouristSpotPageFactory, {}),
    ("agriculture", factories.FertilizerReportPageFactory, {}),
    ("agriculture", factories.ProcurementReportPageFactory, {}),
]


@pytest.mark.django_db
@pytest.mark.parametrize(("section", "factory", "extra"), DETAIL_PAGES)
def test_detail_pages_render_in_both_languages(client, sections, section, factory, extra):
    page = factory(parent=sections.indexes_bn[section], slug="detail", **extra)
    english = translate_page(page, sections.site.en, title="An English title")
    bengali_html = client.get(f"/bn/{sections.indexes_bn[section].slug}/detail/")
    english_html = client.get(f"/en/{sections.indexes_en[section].slug}/detail/")
    assert bengali_html.status_code == english_html.status_code == 200
    assert '<html lang="bn"' in bengali_html.text and page.title in bengali_html.text
    assert '<html lang="en"' in english_html.text and english.title in english_html.text
    assert english_html.text.count("<h1") == 1


@pytest.mark.django_db
@pytest.mark.parametrize(
    "section",
    ["administration", "offices", "mahals", "investment", "upazilas", "tourism", "agriculture", "gallery", "contact"],
)
def test_section_indexes_render_in_both_languages(client, sections, section):
    bengali = client.get(sections.indexes_bn[section].url)
    english = client.get(sections.indexes_en[section].url)
    assert bengali.status_code == english.status_code == 200
    assert sections.indexes_en[section].title in english.text


@pytest.mark.django_db
def test_mahal_shows_bangla_years_and_taka_in_bengali_digits(client, sections):
    factories.MahalPageFactory(parent=sections.indexes_bn["mahals"], slug="beel")
    html = client.get("/bn/sairat-mahals/beel/").text
    assert "১৪৩২–১৪৩৭ বঙ্গাব্দ" in html
    assert "৩,৪৮,৭২৬" in html  # Indian grouping with Bengali digits
    assert "৩৩.৬১" in html
    assert "পীরগঞ্জ" in html  # the upazila's label, translated


@pytest.mark.django_db
def test_every_section_is_in_the_menu_in_its_own_language(client, sections):
    bengali = client.get("/bn/").text
    english = client.get("/en/").text
    for key, page in sections.indexes_bn.items():
        assert f'href="{page.url}"' in bengali, key
        assert f'href="{sections.indexes_en[key].url}"' in english, key
    # The English menu carries English titles only.
    assert "সায়রাত মহাল" not in english.split('<nav class="main-nav"')[1].split("</nav>")[0]


@pytest.mark.django_db
def test_branch_service_links_to_the_e_service_charter_in_the_readers_language(client, sections):
    centre = factories.EServiceCentrePageFactory(parent=sections.site.home_bn)
    translate_page(centre, sections.site.en, title="District e-Service Centre")
    service = factories.ServiceFactory(slug="khatian-copy")
    factories.BranchPageFactory(
        parent=sections.indexes_bn["administration"],
        slug="record-room",
        services=[
            ("service", {"name": "খতিয়ানের নকল", "time_limit": "৭ দিন", "fee": "২০ টাকা", "charter_service": service}),
            ("service", {"name": "জাতীয় সেবা", "link": "https://bangladesh.gov.bd"}),
            ("service", {"name": "সাধারণ সেবা"}),
        ],
    )
    html = client.get("/bn/district-administration/record-room/").text
    assert f'<a href="{centre.url}service/khatian-copy/">খতিয়ানের নকল</a>' in html
    assert '<a href="https://bangladesh.gov.bd" rel="external">জাতীয় সেবা</a>' in html
    assert '<th scope="row">সাধারণ সেবা</th>' in html


@pytest.mark.django_db
def test_admin_edit_forms_open_for_every_section_page(client, sections):
    client.force_login(get_user_model().objects.create_superuser("admin2", "admin2@example.com", "password"))
    pages = [*sections.indexes_bn.values()]
    for section, factory, extra in DETAIL_PAGES:
        pages.append(factory(parent=sections.indexes_bn[section], **extra))
    pages.append(factories.ContentPageFactory(parent=sections.site.home_bn))
    for page in pages:
        response = client.get(f"/admin/pages/{page.pk}/edit/")
        assert response.status_code == 200, type(page).__name__
