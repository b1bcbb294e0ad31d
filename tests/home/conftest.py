"""Fixtures for the section pages: every section index in Bengali with its English translation."""

from dataclasses import dataclass

import pytest
from wagtail.models import Page

from tests import factories


def translate_page(page: Page, locale, **fields) -> Page:
    """The English twin of `page`, made as an editor would (copy for translation), then published."""
    english = page.copy_for_translation(locale)
    for name, value in fields.items():
        setattr(english, name, value)
    english.save_revision().publish()
    english.refresh_from_db()
    return english.specific


@dataclass
class Sections:
    site: object
    indexes_bn: dict
    indexes_en: dict


INDEX_FACTORIES = {
    "administration": (factories.AdministrationIndexPageFactory, "District administration"),
    "offices": (factories.OfficeIndexPageFactory, "Government offices"),
    "mahals": (factories.MahalIndexPageFactory, "Sairat mahals"),
    "investment": (factories.InvestmentIndexPageFactory, "Investment opportunities"),
    "upazilas": (factories.UpazilaIndexPageFactory, "Upazilas"),
    "tourism": (factories.TouristSpotIndexPageFactory, "Places to visit"),
    "agriculture": (factories.AgricultureIndexPageFactory, "Agriculture"),
    "gallery": (factories.GalleryPageFactory, "Photo gallery"),
    "contact": (factories.ContactPageFactory, "Contact"),
}


@pytest.fixture
def sections(bilingual_site) -> Sections:
    indexes_bn, indexes_en = {}, {}
    for key, (factory, english_title) in INDEX_FACTORIES.items():
        page = factory(parent=bilingual_site.home_bn)
        indexes_bn[key] = page
        indexes_en[key] = translate_page(page, bilingual_site.en, title=english_title)
    return Sections(site=bilingual_site, indexes_bn=indexes_bn, indexes_en=indexes_en)
