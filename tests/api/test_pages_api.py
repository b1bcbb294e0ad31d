"""The page part of the headless API: typed schemas, typed output with public URLs,
translations, strict inputs (4xx problem+json, never 500) and constant list queries."""

import re
from decimal import Decimal

import pytest
import wagtail_factories
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page, get_page_models
from wagtail.rich_text import RichText

from home.models import FertilizerRow
from tests import factories
from tests.home.conftest import translate_page

pytestmark = pytest.mark.django_db

SCHEMA_KEYWORDS = {"type", "$ref", "anyOf", "oneOf", "allOf", "enum", "const"}


def _untyped_spots(schemas: dict, name: str) -> list[str]:
    """Every place under components/schemas/`name` (following $refs) that says nothing of its type."""
    spots: list[str] = []
    seen: set[str] = set()

    def walk(node, path: str) -> None:
        if not isinstance(node, dict):
            return
        if "$ref" in node:
            target = node["$ref"].rsplit("/", 1)[-1]
            if target not in seen:
                seen.add(target)
                walk(schemas[target], target)
            return
        if not SCHEMA_KEYWORDS & node.keys():
            spots.append(path)
        if node.get("type") == "array" and not node.get("items"):
            spots.append(f"{path}[items]")
        if node.get("type") == "object" and not (node.get("properties") or node.get("additionalProperties")):
            spots.append(f"{path}{{}}")
        for key in ("anyOf", "oneOf", "allOf"):
            for index, member in enumerate(node.get(key, [])):
                walk(member, f"{path}.{key}[{index}]")
        for field, member in (node.get("properties") or {}).items():
            walk(member, f"{path}.{field}")
        if isinstance(node.get("items"), dict):
            walk(node["items"], f"{path}[]")
        if isinstance(node.get("additionalProperties"), dict):
            walk(node["additionalProperties"], f"{path}{{*}}")

    seen.add(name)
    walk(schemas[name], name)
    return spots


@pytest.fixture
def openapi(client, bilingual_site) -> dict:
    response = client.get("/api/v3/openapi.json")
    assert response.status_code == 200
    return response.json()


def test_every_page_type_has_a_fully_typed_read_schema(openapi):
    schemas = openapi["components"]["schemas"]
    page_types = [model for model in get_page_models() if model is not Page]
    assert len(page_types) >= 20
    untyped = {}
    for model in page_types:
        name = f"{model._meta.object_name}Schema"
        assert name in schemas, name
        if spots := _untyped_spots(schemas, name):
            untyped[name] = spots
    assert untyped == {}


def test_every_page_type_names_its_translations(openapi):
    schemas = openapi["components"]["schemas"]
    missing = [
        model._meta.object_name
        for model in get_page_models()
        if model is not Page and "translations" not in schemas[f"{model._meta.object_name}Schema"]["properties"]
    ]
    assert missing == []


def test_section_schemas_name_their_structured_fields(openapi):
    schemas = openapi["components"]["schemas"]
    content = schemas["ContentPageSchema"]["properties"]
    assert content["body"]["anyOf"][0]["items"] == {"$ref": "#/components/schemas/BodyBlock"}
    assert content["photo_detail"]["anyOf"][0] == {"$ref": "#/components/schemas/PhotoSchema"}
    assert content["attachment_files"]["anyOf"][0]["items"] == {"$ref": "#/components/schemas/AttachmentSchema"}
    assert content["translations"]["anyOf"][0]["propertyNames"] == {"enum": ["bn", "en"]}
    body = schemas["BodyBlock"]
    assert body["discriminator"]["propertyName"] == "type"
    assert set(body["discriminator"]["mapping"]) == {
        "heading",
        "paragraph",
        "image",
        "table",
        "documents",
        "quote",
        "embed",
    }
    assert set(schemas["PhotoSchema"]["required"]) == {"url", "alt", "width", "height", "renditions"}
    assert set(schemas["AttachmentSchema"]["properties"]) == {"title", "url", "size", "content_type"}
    assert schemas["FertilizerReportPageSchema"]["properties"]["rows"]["items"]["$ref"].endswith("FertilizerRowSchema")
    assert schemas["UpazilaPageSchema"]["properties"]["unions"]["anyOf"][0]["items"]["$ref"].endswith("UnionItem")
    assert schemas["BranchPageSchema"]["properties"]["services"]["anyOf"][0]["items"]["$ref"].endswith("ServiceItem")
    assert schemas["GalleryPageSchema"]["properties"]["photos"]["anyOf"][0]["items"]["$ref"].endswith(
        "GalleryPhotoItem"
    )


def test_openapi_document_is_english_whatever_the_request_language(client, bilingual_site):
    bengali = client.get("/api/v3/openapi.json", HTTP_ACCEPT_LANGUAGE="bn")
    english = client.get("/api/v3/openapi.json?locale=en", HTTP_ACCEPT_LANGUAGE="en")
    also_bengali = client.get("/api/v3/openapi.json?locale=bn")
    assert bengali.content == english.content == also_bengali.content
    intro = bengali.json()["components"]["schemas"]["MahalPageSchema"]["properties"]["intro"]
    assert intro["title"] == "Summary"
    assert "সারসংক্ষেপ" not in bengali.content.decode()
    # Titles of every schema, those that Wagtail's snippets, images and documents apps build in
    # their own ready() included (examples may be Bengali: they are content).
    assert not [title for title in _titles(bengali.json()["components"]) if re.search("[\u0980-\u09ff]", title)]
    notice_create = bengali.json()["components"]["schemas"]["NoticeCreateSchema"]["properties"]
    assert notice_create["title"]["title"] == "Title"


def _titles(node):
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "title" and isinstance(value, str):
                yield value
            yield from _titles(value)
    elif isinstance(node, list):
        for value in node:
            yield from _titles(value)


def _paragraph_with_links(target: Page, document) -> RichText:
    return RichText(
        f'<p>দেখুন <a linktype="page" id="{target.pk}">এই পাতা</a> ও '
        f'<a linktype="document" id="{document.pk}">ফরম</a>।</p>'
    )


def test_content_page_body_photo_and_attachments_are_typed_with_public_urls(client, bilingual_site):
    home = bilingual_site.home_bn
    photo = wagtail_factories.ImageFactory(file__width=1200, file__height=900)
    single = wagtail_factories.DocumentFactory(title="নীতিমালা")
    several = wagtail_factories.DocumentFactory(title="ফরম")
    target = factories.ContentPageFactory(parent=home, slug="about")
    page = factories.ContentPageFactory(
        parent=home,
        slug="policy",
        photo=photo,
        photo_alt="নীতিমালার প্রচ্ছদ",
        attachment=single,
        attachments=[("document", several)],
        body=[
            ("heading", {"text": "পটভূমি", "level": "h2"}),
            ("paragraph", _paragraph_with_links(target, several)),
            ("image", {"image": photo, "alt_text": "জেলা প্রশাসকের কার্যালয়", "caption": "কার্যালয়"}),
            ("documents", {"heading": "ফরম", "documents": [several]}),
            ("quote", {"text": "তথ্য জনগণের সম্পদ।", "attribution": "", "style": "callout"}),
            ("table", {"first_row_is_table_header": True, "data": [["শাখা", "কর্মকর্তা"], ["রাজস্ব", "এডিসি"]]}),
            ("embed", "https://www.youtube.com/watch?v=dQw4w9WgXcQ"),
        ],
    )
    response = client.get(f"/api/v3/pages/{page.pk}/")
    assert response.status_code == 200
    data = response.json()
    assert "linktype" not in response.content.decode()

    assert data["photo_detail"]["alt"] == "নীতিমালার প্রচ্ছদ"
    assert (data["photo_detail"]["width"], data["photo_detail"]["height"]) == (1200, 900)
    assert set(data["photo_detail"]["renditions"]) == {"thumbnail", "medium", "large"}
    thumbnail = data["photo_detail"]["renditions"]["thumbnail"]
    assert (thumbnail["width"], thumbnail["height"]) == (320, 240)
    assert thumbnail["url"].startswith("http://testserver/media/images/")
    assert [document["title"] for document in data["attachment_files"]] == ["নীতিমালা", "ফরম"]
    first = data["attachment_files"][0]
    assert first == {
        "title": "নীতিমালা",
        "url": f"http://testserver{single.url}",
        "size": single.get_file_size(),
        "content_type": single.content_type,
    }

    blocks = {block["type"]: block for block in data["body"]}
    assert blocks["heading"]["value"] == {"text": "পটভূমি", "level": "h2"}
    assert blocks["heading"]["id"]
    paragraph = blocks["paragraph"]["value"]
    assert f'href="http://testserver{target.url}"' in paragraph
    assert f'href="http://testserver{several.url}"' in paragraph
    image = blocks["image"]["value"]
    # The alt text is the block's (translated with the page), not the image's title.
    assert image["image"]["alt"] == "জেলা প্রশাসকের কার্যালয়"
    assert image["image"]["renditions"]["large"]["url"].startswith("http://testserver/media/images/")
    assert image["caption"] == "কার্যালয়"
    assert blocks["documents"]["value"]["documents"][0]["url"] == f"http://testserver{several.url}"
    assert blocks["quote"]["value"] == {"text": "তথ্য জনগণের সম্পদ।", "attribution": "", "style": "callout"}
    assert blocks["table"]["value"]["data"] == [["শাখা", "কর্মকর্তা"], ["রাজস্ব", "এডিসি"]]
    assert blocks["table"]["value"]["first_row_is_table_header"] is True
    assert blocks["embed"]["value"] == "https://www.youtube.com/watch?v=dQw4w9WgXcQ"


def test_page_without_photo_or_files_gives_null_and_empty_lists(client, bilingual_site):
    page = factories.ContentPageFactory(parent=bilingual_site.home_bn, slug="plain")
    data = client.get(f"/api/v3/pages/{page.pk}/").json()
    assert data["photo_detail"] is None
    assert data["attachment_files"] == []
    assert data["body"] == []
    assert data["translations"] == {}


def test_mahal_page_is_typed(client, bilingual_site):
    index = factories.MahalIndexPageFactory(parent=bilingual_site.home_bn)
    mahal = factories.MahalPageFactory(parent=index, slug="jahidpur", lease_value=Decimal("348726"))
    data = client.get(f"/api/v3/pages/{mahal.pk}/").json()
    assert data["meta"]["type"] == "home.MahalPage"
    assert data["kind"] == "jalmahal"
    assert data["upazila"] == "pirganj"
    assert Decimal(data["area_acres"]) == Decimal("33.61")
    assert (data["lease_year_from"], data["lease_year_to"]) == (1432, 1437)
    assert Decimal(data["lease_value"]) == Decimal("348726")
    assert data["status"] == "leased"


def test_report_page_rows_are_typed(client, bilingual_site):
    index = factories.AgricultureIndexPageFactory(parent=bilingual_site.home_bn)
    report = factories.FertilizerReportPageFactory(parent=index, slug="rabi-2025-26")
    FertilizerRow.objects.create(page=report, upazila="pirganj", fertilizer="urea", allocated=120, distributed=110)
    report.save_revision().publish()
    data = client.get(f"/api/v3/pages/{report.pk}/").json()
    assert data["season"] == "rabi"
    assert len(data["rows"]) == 1
    row = data["rows"][0]
    assert (row["upazila"], row["fertilizer"]) == ("pirganj", "urea")
    assert Decimal(str(row["allocated"])) == 120


def test_child_rows_and_streams_are_typed(client, bilingual_site):
    home = bilingual_site.home_bn
    upazilas = factories.UpazilaIndexPageFactory(parent=home)
    upazila = factories.UpazilaPageFactory(parent=upazilas, unions=[("union", "চতরা"), ("union", "মদনখালী")])
    gallery = factories.GalleryPageFactory(
        parent=home,
        photos=[("photo", {"image": wagtail_factories.ImageFactory(), "alt_text": "নদী", "caption": ""})],
    )
    contact = factories.ContactPageFactory(
        parent=home, contacts=[("person", {"designation": "জেলা প্রশাসক", "phone": "০৫২১-৬৩০০১"})]
    )
    unions = client.get(f"/api/v3/pages/{upazila.pk}/").json()["unions"]
    assert [(item["type"], item["value"]) for item in unions] == [("union", "চতরা"), ("union", "মদনখালী")]
    photos = client.get(f"/api/v3/pages/{gallery.pk}/").json()["photos"]
    assert photos[0]["type"] == "photo" and photos[0]["value"]["image"]["alt"] == "নদী"
    contacts = client.get(f"/api/v3/pages/{contact.pk}/").json()["contacts"]
    assert contacts[0]["value"]["designation"] == "জেলা প্রশাসক"


def test_branch_services_link_to_the_charter_service_in_the_api(client, bilingual_site):
    service = factories.ServiceFactory(locale=bilingual_site.bn, slug="khatian-copy")
    administration = factories.AdministrationIndexPageFactory(parent=bilingual_site.home_bn)
    branch = factories.BranchPageFactory(
        parent=administration,
        services=[
            ("service", {"name": "খতিয়ানের নকল", "time_limit": "৭ কর্মদিবস", "fee": "২০ টাকা", "charter_service": service}),
            ("service", {"name": "ভূমি উন্নয়ন কর", "link": "https://ldtax.gov.bd"}),
        ],
    )
    data = client.get(f"/api/v3/pages/{branch.pk}/").json()
    charter, other = (item["value"] for item in data["services"])
    assert charter["charter_service"] == {
        "id": service.pk,
        "slug": "khatian-copy",
        "name": service.name,
        "locale": "bn",
        "detail_url": "http://testserver/api/v3/services/khatian-copy/?locale=bn",
    }
    assert client.get(charter["charter_service"]["detail_url"]).status_code == 200
    assert other["charter_service"] is None
    assert other["link"] == "https://ldtax.gov.bd"
    assert "<li>নথি সংরক্ষণ</li>" in data["duties"]


def test_page_names_its_translations(client, bilingual_site):
    page = factories.ContentPageFactory(parent=bilingual_site.home_bn, slug="history", title="ইতিহাস")
    english = translate_page(page, bilingual_site.en, title="History")
    bengali_data = client.get(f"/api/v3/pages/{page.pk}/").json()
    assert bengali_data["meta"]["locale"] == "bn"
    assert bengali_data["translations"] == {
        "en": {
            "id": english.pk,
            "title": "History",
            "url": english.get_full_url(),
            "detail_url": f"http://testserver/api/v3/pages/{english.pk}/",
        }
    }
    english_data = client.get(f"/api/v3/pages/{english.pk}/").json()
    assert english_data["translations"]["bn"]["id"] == page.pk
    home = client.get(f"/api/v3/pages/{bilingual_site.home_bn.pk}/").json()
    assert home["translations"]["en"]["id"] == bilingual_site.home_en.pk


def test_lists_take_locale(client, bilingual_site):
    page = factories.ContentPageFactory(parent=bilingual_site.home_bn, slug="history", title="ইতিহাস")
    translate_page(page, bilingual_site.en, title="History")
    english = client.get("/api/v3/pages/", {"type": "home.ContentPage", "locale": "en"}).json()
    bengali = client.get("/api/v3/pages/", {"type": "home.ContentPage", "locale": "bn"}).json()
    assert [item["title"] for item in english["items"]] == ["History"]
    assert [item["title"] for item in bengali["items"]] == ["ইতিহাস"]
    others = client.get("/api/v3/pages/", {"translation_of": page.pk}).json()
    assert [(item["meta"]["locale"], item["title"]) for item in others["items"]] == [("en", "History")]


def test_list_items_name_their_translations(client, bilingual_site):
    page = factories.ContentPageFactory(parent=bilingual_site.home_bn, slug="history", title="ইতিহাস")
    english = translate_page(page, bilingual_site.en, title="History")
    untranslated = factories.ContentPageFactory(parent=bilingual_site.home_bn, slug="only-bn", title="শুধু বাংলা")
    items = client.get("/api/v3/pages/", {"type": "home.ContentPage", "locale": "bn"}).json()["items"]
    by_id = {item["id"]: item for item in items}
    assert by_id[page.pk]["translations"] == {
        "en": {
            "id": english.pk,
            "title": "History",
            "url": english.get_full_url(),
            "detail_url": f"http://testserver/api/v3/pages/{english.pk}/",
        }
    }
    assert by_id[untranslated.pk]["translations"] == {}
    english_items = client.get("/api/v3/pages/", {"type": "home.ContentPage", "locale": "en"}).json()["items"]
    assert [item["translations"]["bn"]["id"] for item in english_items] == [page.pk]
    # The detail page and the list agree on what a translation is.
    assert client.get(f"/api/v3/pages/{page.pk}/").json()["translations"] == by_id[page.pk]["translations"]


def test_list_leaves_out_unpublished_translations(client, bilingual_site):
    page = factories.ContentPageFactory(parent=bilingual_site.home_bn, slug="history", title="ইতিহাস")
    english = translate_page(page, bilingual_site.en, title="History")
    english.unpublish()
    items = client.get("/api/v3/pages/", {"type": "home.ContentPage"}).json()["items"]
    assert [item["translations"] for item in items] == [{}]


def test_list_item_translations_are_in_the_openapi_document(openapi):
    schema = openapi["components"]["schemas"]["PageListItemSchema"]
    assert "translations" in schema["properties"]
    listing = openapi["paths"]["/api/v3/pages/"]["get"]["responses"]["200"]["content"]["application/json"]
    assert listing["schema"]["$ref"].endswith("PagedPageListItemSchema")


BAD_REQUESTS = [
    ("/api/v3/pages/?limit=101", 400),
    ("/api/v3/pages/?limit=0", 422),
    ("/api/v3/pages/?limit=abc", 422),
    ("/api/v3/pages/?offset=-1", 422),
    ("/api/v3/pages/?offset=99999999999999999999999", 422),
    ("/api/v3/pages/?type=home.NoSuchPage", 422),
    ("/api/v3/pages/?child_of=abc", 422),
    ("/api/v3/pages/?child_of=999999", 422),
    ("/api/v3/pages/?descendant_of=-1", 422),
    ("/api/v3/pages/?child_of=1&descendant_of=1", 422),
    ("/api/v3/pages/?translation_of=999999", 422),
    ("/api/v3/pages/?locale=xx", 404),
    ("/api/v3/pages/?site=::::", 422),
    ("/api/v3/pages/?site=testserver:http", 422),
    ("/api/v3/pages/?site=testserver:99999999999999999999", 422),
    ("/api/v3/pages/?order=no_such_field", 422),
    ("/api/v3/pages/?search_operator=maybe&search=x", 422),
    ("/api/v3/pages/?no_such_filter=1", 422),
    ("/api/v3/pages/?fields=*", 422),
    ("/api/v3/pages/?type=home.MahalPage&photo_detail=x", 422),
    ("/api/v3/pages/?type=home.MahalPage&translations=x", 422),
    ("/api/v3/pages/?type=home.MahalPage&lease_year_from=abc", 422),
    ("/api/v3/pages/?type=home.MahalPage&lease_starts=not-a-date", 422),
    ("/api/v3/pages/?show_in_menus=maybe", 422),
    ("/api/v3/pages/?id=abc", 422),
    ("/api/v3/pages/abc/", 422),
    ("/api/v3/pages/0/", 404),
    ("/api/v3/pages/99999999999999999999999/", 404),
    ("/api/v3/pages/{home}/?version=old", 422),
    ("/api/v3/pages/{home}/?rich_text_format=pdf", 422),
    ("/api/v3/pages/{home}/?unknown=1", 422),
    ("/api/v3/pages/{home}/?rich_text_format=db_html", 422),
    ("/api/v3/pages/{home}/?rich_text_format=db_markdown", 422),
    ("/api/v3/pages/find/?id=abc", 422),
    ("/api/v3/pages/find/?html_path=/no/such/page/", 404),
    ("/api/v3/pages/find/?html_path=/en/no/such/page/", 404),
    ("/api/v3/pages/find/?html_path=/en/&site=no.such.site", 404),
    ("/api/v3/pages/find/?html_path=/en/&site=testserver:port", 422),
    ("/api/v3/pages/find/?unknown=1", 422),
    ("/api/v3/pages/find/?html_path=/x/&site=i%23%12&site=FALSE:true&version=draft", 422),
]


@pytest.mark.parametrize(("url", "status"), BAD_REQUESTS)
def test_bad_inputs_answer_problem_json_never_500(client, bilingual_site, url, status):
    response = client.get(url.format(home=bilingual_site.home_bn.pk))
    assert response.status_code == status
    assert response["Content-Type"] == "application/problem+json"
    assert response.json()["status"] == status


def test_unknown_filter_is_named_in_the_request_language(client, bilingual_site):
    english = client.get("/api/v3/pages/?no_such_filter=1&locale=en").json()
    assert english["errors"] == [
        {
            "type": "unknown_parameter",
            "loc": ["query", "no_such_filter"],
            "msg": "This query parameter is not known here.",
        }
    ]
    bengali = client.get("/api/v3/pages/?no_such_filter=1", HTTP_ACCEPT_LANGUAGE="bn").json()
    assert bengali["errors"][0]["msg"] == "এখানে এই কুয়েরি প্যারামিটার গ্রহণযোগ্য নয়।"


def test_public_rich_text_formats_still_work(client, bilingual_site):
    for rich_text_format in ("html", "markdown"):
        response = client.get(f"/api/v3/pages/{bilingual_site.home_bn.pk}/", {"rich_text_format": rich_text_format})
        assert response.status_code == 200


def test_find_with_a_good_site_and_port_still_redirects_to_the_page(client, bilingual_site):
    response = client.get("/api/v3/pages/find/", {"html_path": "/", "site": "testserver:80"})
    assert response.status_code == 302
    assert response["Location"].startswith(f"/api/v3/pages/{bilingual_site.home_bn.pk}/")


@pytest.mark.parametrize(
    ("html_path", "expected"),
    [
        ("/en/history/", "english"),
        ("/bn/history/", "bengali"),
        ("/history/", "bengali"),  # Wagtail's own find: under the site's root, the Bengali home page
        ("/en/", "home_en"),
        ("/bn/", "home_bn"),
    ],
)
def test_find_takes_the_website_paths_of_both_languages(client, bilingual_site, html_path, expected):
    page = factories.ContentPageFactory(parent=bilingual_site.home_bn, slug="history", title="ইতিহাস")
    english = translate_page(page, bilingual_site.en, title="History")
    pages = {"english": english, "bengali": page, "home_en": bilingual_site.home_en, "home_bn": bilingual_site.home_bn}
    response = client.get("/api/v3/pages/find/", {"html_path": html_path, "version": "live"})
    assert response.status_code == 302
    assert response["Location"] == f"/api/v3/pages/{pages[expected].pk}/?version=live"
    assert client.get(response["Location"]).json()["id"] == pages[expected].pk


def test_find_never_gives_an_unpublished_page_by_its_path(client, bilingual_site):
    page = factories.ContentPageFactory(parent=bilingual_site.home_bn, slug="history", title="ইতিহাস")
    english = translate_page(page, bilingual_site.en, title="History")
    english.unpublish()
    assert client.get("/api/v3/pages/find/", {"html_path": "/en/history/"}).status_code == 404
    # As in Wagtail's find, an id answers when the path finds nothing.
    fallback = client.get("/api/v3/pages/find/", {"html_path": "/en/history/", "id": page.pk})
    assert fallback["Location"].startswith(f"/api/v3/pages/{page.pk}/")


def test_known_field_filters_still_work(client, bilingual_site):
    index = factories.MahalIndexPageFactory(parent=bilingual_site.home_bn)
    factories.MahalPageFactory(parent=index, slug="a", status="leased")
    factories.MahalPageFactory(parent=index, slug="b", status="vacant")
    response = client.get("/api/v3/pages/", {"type": "home.MahalPage", "status": "vacant", "limit": 100})
    assert response.status_code == 200
    assert [item["meta"]["slug"] for item in response.json()["items"]] == ["b"]


def test_limit_is_capped_at_the_setting(client, bilingual_site, settings):
    assert settings.WAGTAILAPI_LIMIT_MAX == 100
    assert client.get("/api/v3/pages/?limit=100").status_code == 200
    assert client.get("/api/v3/pages/?limit=101").status_code == 400


def _count_queries(client, url: str, params: dict) -> tuple[int, int]:
    client.get(url, params)  # warm-up: per-process caches (content types, sites) are made once
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url, params)
    assert response.status_code == 200
    return len(queries), response.json()["count"]


@pytest.mark.parametrize("listing", ["children", "type", "all"])
def test_page_list_queries_stay_constant_from_5_to_50_pages(client, bilingual_site, listing):
    index = factories.MahalIndexPageFactory(parent=bilingual_site.home_bn)
    translate_page(index, bilingual_site.en)
    params = {
        "children": {"child_of": index.pk, "limit": 100},
        "type": {"type": "home.MahalPage", "limit": 100},
        "all": {"limit": 100},
    }[listing]
    counts = []
    for total in (5, 50):
        while index.get_children().count() < total:
            mahal = factories.MahalPageFactory(parent=index)
            if mahal.pk % 5 == 0:  # some items have translations to name
                translate_page(mahal, bilingual_site.en)
        queries, count = _count_queries(client, "/api/v3/pages/", params)
        assert count >= total
        counts.append(queries)
    assert counts[0] == counts[1]
