"""The demo's nine portals: the district at the default site and its eight upazilas at
<slug>.localhost, each with its facts from the data files in both languages."""

import pytest
from django.core.management import call_command
from wagtail_localize.models import StringSegment, StringTranslation, Translation

from home.models import Portal, UpazilaHomePage

pytestmark = pytest.mark.django_db

UPAZILAS = {"rangpur-sadar", "badarganj", "gangachara", "kaunia", "mithapukur", "pirgachha", "pirganj", "taraganj"}


def test_the_demo_serves_the_district_and_its_eight_upazila_portals(moderation, client):
    call_command("load_demo_content")
    assert set(Portal.objects.filter(kind="upazila").values_list("slug", flat=True)) == UPAZILAS
    assert Portal.objects.get(kind="district").site.is_default_site

    mithapukur = UpazilaHomePage.objects.get(slug="mithapukur", locale__language_code="bn")
    assert (str(mithapukur.area_km2), mithapukur.population, len(mithapukur.unions)) == ("515.62", 527457, 17)
    page = client.get("/bn/", HTTP_HOST="mithapukur.localhost").content.decode()
    assert "মিঠাপুকুর" in page and "পায়রাবন্দ" in page
    english = client.get("/en/", HTTP_HOST="mithapukur.localhost").content.decode()
    assert "Pairaband, Begum Rokeya memorial centre" in english and "Balarhat" in english
    assert "?portal=mithapukur" in english  # the way to the district's e-service centre
    assert "মিঠাপুকুর" not in client.get("/bn/notices/").content.decode()


def test_each_upazila_portals_english_pages_are_complete_wagtail_localize_translations(moderation):
    call_command("load_demo_content")
    for home in UpazilaHomePage.objects.filter(locale__language_code="bn"):
        board = home.get_children().get(slug="notices")
        for page in (home, board):
            translation = Translation.objects.get(
                source__object_id=page.translation_key, target_locale__language_code="en"
            )
            segments = StringSegment.objects.filter(source=translation.source)
            translated = StringTranslation.objects.filter(
                locale=translation.target_locale,
                translation_of__in=segments.values("string"),
                context__in=segments.values("context"),
            )
            # Every Bengali string of the page has its English: translators see it complete.
            assert segments.count() > 0 and translated.count() == segments.count(), page.url_path
