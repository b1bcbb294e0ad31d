"""An upazila portal's English pages are wagtail-localize translations of its Bengali pages, with
the English words from the portal's facts, editable in wagtail-localize's editor."""

import pytest
from django.contrib.auth.models import Group
from wagtail.models import Page
from wagtail_localize.models import StringSegment, StringTranslation, Translation, TranslationSource

from home.models import UpazilaHomePage
from portals.provision import create_portal
from tests.portals.conftest import MITHAPUKUR_HOST, mithapukur_facts

pytestmark = pytest.mark.django_db

UNIONS = {"bn": ["পায়রাবন্দ", "বালারহাট"], "en": ["Pairaband", "Balarhat"]}


def facts_with_unions():
    """Mithapukur's facts with two unions and a welcome message in both languages."""
    stream = UpazilaHomePage._meta.get_field("unions").stream_block

    def home(language: str, message: str) -> dict:
        unions = [
            {"type": "union", "value": {"name": name, "digital_centre": "", "digital_centre_phone": "01712345678"}}
            for name in UNIONS[language]
        ]
        return {"unions": stream.to_python(unions), "welcome_message": f"<p>{message}</p>"}

    return mithapukur_facts(
        home=home("bn", "মিঠাপুকুর উপজেলায় স্বাগতম।"), home_en=home("en", "Welcome to Mithapukur Upazila.")
    )


def english_words(page: Page) -> dict[str, str]:
    """Each Bengali string of `page`'s translation source, with its English in translation memory."""
    source = TranslationSource.objects.get(object_id=page.translation_key, locale=page.locale)
    words = {}
    for segment in StringSegment.objects.filter(source=source).select_related("string", "context"):
        translation = StringTranslation.objects.filter(
            translation_of=segment.string, context=segment.context, locale__language_code="en"
        ).first()
        words[segment.string.data] = translation.data if translation else None
    return words


def test_english_home_and_board_are_translations_with_the_facts_english_words(bilingual_site):
    portal = create_portal(facts_with_unions())
    home = portal.site.root_page.specific
    english = home.get_translation(bilingual_site.en).specific
    assert (english.translation_key, english.locale, english.live) == (home.translation_key, bilingual_site.en, True)
    translation = Translation.objects.get(source__object_id=home.translation_key, target_locale=bilingual_site.en)
    assert translation.source.locale == bilingual_site.bn and translation.enabled
    # Every Bengali string has its English: translators see a complete translation.
    words = english_words(home)
    assert words["মিঠাপুকুর"] == "Mithapukur"
    assert words["উপজেলা নির্বাহী অফিসার, মিঠাপুকুর"] == "Upazila Nirbahi Officer, Mithapukur"
    assert words["স্বাগতম"] == "Welcome"
    assert words["পায়রাবন্দ"] == "Pairaband" and words["বালারহাট"] == "Balarhat"
    assert words["মিঠাপুকুর উপজেলায় স্বাগতম।"] == "Welcome to Mithapukur Upazila."
    assert None not in words.values()
    # wagtail-localize built the English page from them, block by block.
    assert english.title == "Mithapukur" and english.uno_name == "Upazila Nirbahi Officer, Mithapukur"
    assert english.slug == "mithapukur-en"  # as Wagtail names a home page's translation
    assert [block.value["name"] for block in english.unions] == UNIONS["en"]
    assert [block.id for block in english.unions] == [block.id for block in home.unions]
    assert english.unions[0].value["digital_centre_phone"] == "01712345678"
    assert english.welcome_message == "<p>Welcome to Mithapukur Upazila.</p>"

    board = home.get_children().get(slug="notices")
    english_board = board.get_translation(bilingual_site.en)
    assert english_board.get_parent().pk == english.pk and english_board.title == "Notice board"
    assert Translation.objects.filter(source__object_id=board.translation_key, target_locale=bilingual_site.en).exists()
    assert english_words(board)["নোটিশ বোর্ড"] == "Notice board"


def test_the_portal_editor_edits_the_english_home_in_wagtail_localizes_editor(client, django_user_model, portals):
    editor = django_user_model.objects.create_user("mithapukur-editor", password="a-strong-test-password")
    editor.groups.add(Group.objects.get(name="mithapukur editors"))
    client.force_login(editor)
    english = portals.mithapukur.site.root_page.get_translation(portals.mithapukur_board_en.locale)
    response = client.get(f"/admin/pages/{english.pk}/edit/")
    assert response.status_code == 200
    # wagtail-localize's translation editor, not Wagtail's page form, and it offers the English words.
    assert "translation-editor" in response.content.decode()
    assert "Upazila Nirbahi Officer, Mithapukur" in response.content.decode()


def test_english_home_is_served_at_en_on_the_portals_host(client, bilingual_site):
    create_portal(facts_with_unions())
    response = client.get("/en/", HTTP_HOST=MITHAPUKUR_HOST)
    assert response.status_code == 200
    page = response.content.decode()
    assert "Welcome to Mithapukur Upazila." in page and "Pairaband" in page and "পায়রাবন্দ" not in page


def test_an_english_page_made_as_a_plain_copy_gets_its_translation_unchanged(bilingual_site):
    """A portal made before its English pages were translations: the next run records the
    translation from the English page's own words and leaves the page as it is."""
    portal = create_portal(facts_with_unions())
    home = portal.site.root_page
    english = home.get_translation(bilingual_site.en)
    Translation.objects.all().delete()
    TranslationSource.objects.all().delete()
    StringTranslation.objects.all().delete()
    revision = english.latest_revision_id

    create_portal(facts_with_unions())
    english.refresh_from_db()
    assert english.latest_revision_id == revision
    assert Translation.objects.filter(source__object_id=home.translation_key, target_locale=bilingual_site.en).exists()
    words = english_words(home)
    assert words["বালারহাট"] == "Balarhat" and words["মিঠাপুকুর"] == "Mithapukur" and None not in words.values()
