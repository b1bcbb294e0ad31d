"""The sections' demo content: every section in both languages, no Bengali on an English page, idempotent."""

import re

import pytest
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Locale, Page, Revision, WorkflowPage

from demo import site as demo_site
from demo.loader import load_sections
from home.models import HomePage

pytestmark = pytest.mark.django_db

BENGALI = re.compile(r"[\u0980-\u09FF]")


def test_sections_demo_is_bilingual_and_idempotent(client, moderation):
    home = demo_site.load()
    load_sections(home)
    counts = (
        Page.objects.count(),
        Revision.objects.count(),
        get_image_model().objects.count(),
        get_document_model().objects.count(),
    )
    demo_site.load()
    load_sections(home)
    assert (
        Page.objects.count(),
        Revision.objects.count(),
        get_image_model().objects.count(),
        get_document_model().objects.count(),
    ) == counts

    english_home = home.get_translation(Locale.objects.get(language_code="en"))
    for key in ("sairat-mahals", "upazilas", "tourism", "agriculture", "offices", "district-administration"):
        bengali_index = home.get_children().get(slug=key)
        english_index = english_home.get_children().get(slug=key)
        assert bengali_index.show_in_menus and english_index.show_in_menus
        assert english_index.get_children().live().count() == bengali_index.get_children().live().count() > 0
    assert home.get_children().get(slug="upazilas").get_children().count() == 8
    assert {mahal.kind for mahal in home.get_children().get(slug="sairat-mahals").get_children().specific()} == {
        "jalmahal",
        "balumahal",
        "pathormahal",
        "other",
    }
    for page in english_home.get_descendants().specific():
        assert not BENGALI.search(page.title), page.title
        assert not BENGALI.search(getattr(page, "intro", "") or ""), page.title
    # No English page shows Bengali text unless it is marked lang="bn" (documents are not translated).
    for page in english_home.get_descendants(inclusive=True).live():
        response = client.get(page.url)
        assert response.status_code == 200, page.url
        main = response.text.split("<main", 1)[1].split("</main>", 1)[0]
        main = re.sub(r'<a [^>]*lang="bn"[^>]*>.*?</a>', "", main)
        assert not BENGALI.search(re.sub(r"<[^>]+>", " ", main)), page.url
    # The home pages in both languages go through moderation.
    assert WorkflowPage.objects.filter(page__in=[home, english_home]).count() == 2
    assert isinstance(english_home.specific, HomePage)
