import pytest

pytestmark = pytest.mark.django_db


def test_root_redirects_to_bengali_by_default(client, bilingual_site):
    response = client.get("/")
    assert response.status_code == 302
    assert response["Location"] == "/bn/"


def test_root_redirects_to_english_when_browser_prefers_it(client, bilingual_site):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE="en-GB,en;q=0.9,bn;q=0.5")
    assert response["Location"] == "/en/"


def test_home_renders_in_both_languages_with_right_lang(client, bilingual_site):
    bengali = client.get("/bn/")
    english = client.get("/en/")
    assert bengali.status_code == english.status_code == 200
    assert '<html lang="bn"' in bengali.text
    assert '<html lang="en"' in english.text
    assert "জেলা প্রশাসকের কার্যালয়, রংপুর" in bengali.text
    assert "Deputy Commissioner&#x27;s Office, Rangpur" in english.text
    assert bengali.text.count("<h1") == english.text.count("<h1") == 1


def test_language_switcher_links_to_the_translation(client, bilingual_site):
    bengali = client.get("/bn/")
    assert 'href="/en/" hreflang="en"' in bengali.text
    english = client.get("/en/")
    assert 'href="/bn/" hreflang="bn"' in english.text


def test_page_chrome_is_accessible(client, bilingual_site):
    html = client.get("/bn/").text
    assert 'class="skip-link" href="#main"' in html
    assert '<main id="main"' in html
    assert "<header" in html and "<footer" in html and "<nav" in html
    # Bengali font is served by the site itself, never from a CDN.
    css = client.get("/static/css/site.css")
    assert b"noto-sans-bengali-bengali-400-normal.woff2" in b"".join(css.streaming_content)
    assert "fonts.googleapis" not in html


def test_text_size_and_contrast_work_without_javascript(client, bilingual_site):
    response = client.get("/accessibility/", {"text": "larger", "next": "/bn/"})
    assert response.status_code == 302 and response["Location"] == "/bn/"
    html = client.get("/bn/").text
    assert 'class="text-larger"' in html
    client.get("/accessibility/", {"contrast": "on", "next": "/bn/"})
    assert "high-contrast" in client.get("/bn/").text


def test_accessibility_view_refuses_to_redirect_elsewhere(client, bilingual_site):
    response = client.get("/accessibility/", {"text": "large", "next": "https://evil.example/"})
    assert response["Location"] == "/"


def test_footer_shows_office_contacts_from_site_settings(client, bilingual_site):
    from home.models import OfficeSettings

    office = OfficeSettings.for_site(bilingual_site.site)
    office.address_bn = "রংপুর-৫৪০০"
    office.address_en = "Rangpur 5400"
    office.phone = "+880 521 00000"
    office.save()
    assert "রংপুর-৫৪০০" in client.get("/bn/").text
    english = client.get("/en/").text
    assert "Rangpur 5400" in english and "+880 521 00000" in english


def test_robots_and_unknown_pages(client, bilingual_site):
    robots = client.get("/robots.txt")
    assert robots.status_code == 200
    assert "Sitemap: http://testserver/sitemap.xml" in robots.text
    assert client.get("/bn/no-such-page/").status_code == 404


def test_api_serves_one_openapi_document_and_docs(client, bilingual_site):
    schema = client.get("/api/v3/openapi.json")
    assert schema.status_code == 200
    assert schema.json()["info"]["title"] == "Rangpur CMS API"
    assert client.get("/api/v3/docs/").status_code == 200
    pages = client.get("/api/v3/pages/").json()
    assert {item["meta"]["locale"] for item in pages["items"]} == {"bn", "en"}


def test_header_has_a_search_form_in_the_readers_language(client, bilingual_site):
    assert 'action="/bn/search/"' in client.get("/bn/").text
    assert 'action="/en/search/"' in client.get("/en/").text
