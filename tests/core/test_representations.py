"""The API vocabulary in core/representations: typed `api_fields` and the one translation lookup.

`core/representations/fields.py` types computed page and snippet fields through Wagtail 8's
`APIField(name, serializer=...)` compatibility shim. Wagtail calls that shim temporary, so the
first test fails loudly when it changes or goes, before the OpenAPI document silently loses
its types (the snapshot test would then show where).
"""

import inspect

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.api.v3.schemas.generators.read import SchemaGenerator
from wagtail.models import Page

from core.representations.fields import PhotoField, RichTextHTMLField, TranslationsField
from core.representations.translations import page_translation_link, translations_of
from tests import factories
from tests.home.conftest import translate_page


def test_wagtail_still_types_serializer_fields_by_their_return_annotation():
    source = inspect.getsource(SchemaGenerator._custom_serializer_schema)
    assert 'get_type_hints(serializer.to_representation)["return"]' in source
    assert "serializer.get_attribute(obj)" in source
    assert "field.serializer is not None" in inspect.getsource(SchemaGenerator.build_schema)


def test_typed_fields_declare_their_schema():
    for field in (RichTextHTMLField, PhotoField, TranslationsField):
        assert "return" in inspect.get_annotations(field.to_representation), field


@pytest.mark.django_db
def test_translations_of_looks_up_every_item_at_once(bilingual_site):
    pages = [
        factories.ContentPageFactory(parent=bilingual_site.home_bn, slug=f"page-{number}", title=f"পাতা {number}")
        for number in range(5)
    ]
    english = [translate_page(page, bilingual_site.en, title=f"Page {number}") for number, page in enumerate(pages)]
    untranslated = factories.ContentPageFactory(parent=bilingual_site.home_bn, slug="only-bn", title="শুধু বাংলা")
    with CaptureQueriesContext(connection) as one:
        translations_of(pages[:1], Page.objects.live().public(), lambda other: other.pk)
    with CaptureQueriesContext(connection) as many:
        found = translations_of([*pages, untranslated], Page.objects.live().public(), lambda other: other.pk)
    # The translations in one query (`public()` adds its own for view restrictions), however many items.
    assert len(many) == len(one) <= 2
    assert found[untranslated.pk] == {}
    for page, twin in zip(pages, english, strict=True):
        assert found[page.pk] == {"en": twin.pk}
    links = translations_of(pages[:1], Page.objects.live().public(), page_translation_link)
    assert links[pages[0].pk]["en"]["title"] == "Page 0"
    assert links[pages[0].pk]["en"]["detail_url"].endswith(f"/api/v3/pages/{english[0].pk}/")
