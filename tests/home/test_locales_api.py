"""GET /api/v3/locales/: the site's languages, each with its home page, where a front end starts."""

import pytest
from wagtail.models import Page

from tests import factories
from tests.home.conftest import translate_page

pytestmark = pytest.mark.django_db


def test_locales_name_their_home_pages(client, bilingual_site):
    response = client.get("/api/v3/locales/")
    assert response.status_code == 200
    assert "public" in response["Cache-Control"] and response.has_header("ETag")
    bengali, english = response.json()
    assert (bengali["code"], bengali["name"], bengali["name_en"], bengali["default"]) == ("bn", "বাংলা", "Bengali", True)
    assert (english["code"], english["name"], english["default"]) == ("en", "English", False)
    assert bengali["home_page"]["id"] == bilingual_site.home_bn.pk
    assert english["home_page"] == {
        "id": bilingual_site.home_en.pk,
        "title": bilingual_site.home_en.title,
        "url": bilingual_site.home_en.get_full_url(),
        "detail_url": f"http://testserver/api/v3/pages/{bilingual_site.home_en.pk}/",
    }


def test_a_language_without_a_published_home_page_names_none(client, bilingual_site):
    Page.objects.get(pk=bilingual_site.home_en.pk).unpublish()
    english = client.get("/api/v3/locales/").json()[1]
    assert english["code"] == "en" and english["home_page"] is None


def test_from_a_locale_to_its_sections(client, bilingual_site):
    section = factories.ContentPageFactory(parent=bilingual_site.home_bn, slug="history", title="ইতিহাস")
    english_section = translate_page(section, bilingual_site.en, title="History")
    homes = {locale["code"]: locale["home_page"]["id"] for locale in client.get("/api/v3/locales/").json()}
    english = client.get("/api/v3/pages/", {"child_of": homes["en"]}).json()["items"]
    assert [(item["id"], item["translations"]["bn"]["id"]) for item in english] == [(english_section.pk, section.pk)]
