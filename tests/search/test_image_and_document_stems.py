"""Images and documents are found by any form of their titles' words, as pages and notices are
(api/wagtail_overrides.index_the_forms_of_image_and_document_words): the whole-word searches of
the API (`/api/v3/images/?search=`, `/api/v3/documents/?search=`) hold the corpus in both
directions and still never match the inside of a word."""

from pathlib import Path

import pytest
import yaml
from wagtail.documents import get_document_model
from wagtail.documents.models import Document
from wagtail.images import get_image_model
from wagtail.images.models import Image
from wagtail_factories import DocumentFactory, ImageFactory

from core.text import STEMS_FIELD_NAME

pytestmark = pytest.mark.django_db

CORPUS = yaml.safe_load((Path(__file__).parent / "data" / "bengali_search_corpus.yaml").read_text(encoding="utf-8"))


def test_the_models_are_wagtails_own_with_the_stems_indexed():
    for model, wagtails in ((get_image_model(), Image), (get_document_model(), Document)):
        assert model is wagtails
        assert [field for field in model.search_fields if field.field_name == STEMS_FIELD_NAME]
        assert [field for field in model.search_fields if field.field_name == "title"]


def titles(client, kind: str, query: str) -> set[str]:
    response = client.get(f"/api/v3/{kind}/", {"search": query, "limit": 100})
    assert response.status_code == 200, response.text
    return {item["title"] for item in response.json()["items"]}


@pytest.mark.parametrize(("kind", "factory"), [("images", ImageFactory), ("documents", DocumentFactory)])
def test_the_api_finds_titles_by_any_form_of_their_words(client, bilingual_site, kind, factory):
    made = set()
    for pair in CORPUS["found"] + CORPUS["not_found"]:
        if pair["document"] not in made:
            made.add(pair["document"])
            factory(title=pair["document"])
    missed = [pair for pair in CORPUS["found"] if pair["document"] not in titles(client, kind, pair["query"])]
    wrongly = [pair for pair in CORPUS["not_found"] if pair["document"] in titles(client, kind, pair["query"])]
    assert not missed, missed
    assert not wrongly, wrongly


def test_a_renamed_image_is_found_by_its_new_words(client, bilingual_site):
    image = ImageFactory(title="নদীর ছবি")
    assert titles(client, "images", "নদী") == {"নদীর ছবি"}
    image.title = "জমিতে সেচ"
    image.save()
    assert titles(client, "images", "জমি") == {"জমিতে সেচ"}
    assert titles(client, "images", "নদী") == set()
