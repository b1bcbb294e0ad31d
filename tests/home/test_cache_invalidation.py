"""Publishing, unpublishing, deleting, moving, renaming and translating a page, and changing a
portal's settings, purge exactly the URLs that show them, with the portal's own host."""

import pytest
from wagtail.models import Page, Site
from wagtail_localize.models import StringSegment, StringTranslation, TranslationSource
from wagtail_localize.operations import TranslationCreator

from home.models import OfficeSettings
from tests import factories
from tests.home.conftest import translate_page
from tests.notices.conftest import build_boards

pytestmark = pytest.mark.django_db

HOST = "http://testserver"


def portal(*extra: str) -> set[str]:
    """What any change on the test portal purges: the sitemap and the canonical page lists."""
    return {
        f"{HOST}/sitemap.xml",
        f"{HOST}/api/v3/pages/",
        f"{HOST}/api/v3/pages/?locale=bn",
        f"{HOST}/api/v3/pages/?locale=en",
        *extra,
    }


def mahal_urls(page_bn, page_en, sections, slug: str = "teesta", section: str = "mahals") -> set[str]:
    index_bn, index_en = sections.indexes_bn[section], sections.indexes_en[section]
    urls = portal(
        f"{HOST}/bn/{index_bn.slug}/{slug}/",
        f"{HOST}/bn/{index_bn.slug}/",
        f"{HOST}/api/v3/pages/{page_bn.pk}/",
        f"{HOST}/api/v3/pages/?child_of={index_bn.pk}",
    )
    if page_en is not None:
        urls |= {
            f"{HOST}/en/{index_en.slug}/{slug}/",
            f"{HOST}/en/{index_en.slug}/",
            f"{HOST}/api/v3/pages/{page_en.pk}/",
            f"{HOST}/api/v3/pages/?child_of={index_en.pk}",
        }
    return urls


@pytest.fixture
def mahal(sections):
    page_bn = factories.MahalPageFactory(parent=sections.indexes_bn["mahals"], slug="teesta")
    page_en = translate_page(page_bn, sections.site.en, title="Teesta jalmahal")
    return page_bn, page_en


def test_publishing_a_page_purges_it_in_both_languages_its_listings_sitemap_and_api(sections, mahal, purged):
    page_bn, page_en = mahal
    with purged.watch():
        page_bn.save_revision().publish()
    assert purged.urls() == mahal_urls(page_bn, page_en, sections)


def test_publishing_the_translation_purges_the_same_set(sections, mahal, purged):
    page_bn, page_en = mahal
    with purged.watch():
        page_en.save_revision().publish()
    assert purged.urls() == mahal_urls(page_bn, page_en, sections)


def test_unpublishing_purges_the_page_and_where_it_was_listed(sections, mahal, purged):
    page_bn, page_en = mahal
    with purged.watch():
        page_en.unpublish()
    assert purged.urls() == mahal_urls(page_bn, page_en, sections)


def test_deleting_purges_the_addresses_it_had(sections, mahal, purged):
    page_bn, page_en = mahal
    expected = mahal_urls(page_bn, page_en, sections)
    with purged.watch():
        Page.objects.get(pk=page_en.pk).delete()
    assert purged.urls() == expected


def test_moving_purges_the_old_and_the_new_addresses_and_both_listings(sections, purged):
    page_bn = factories.MahalPageFactory(parent=sections.indexes_bn["mahals"], slug="teesta")
    with purged.watch():
        page_bn.move(sections.indexes_bn["offices"], pos="last-child")
    page_bn.refresh_from_db()
    old = mahal_urls(page_bn, None, sections)
    new = mahal_urls(page_bn, None, sections, section="offices")
    # Wagtail's redirects app also purges the old path it now redirects (stored without the slash).
    redirect = f"{HOST}/bn/sairat-mahals/teesta"
    assert purged.urls() == old | new | {redirect}


def test_renaming_purges_the_old_address_and_its_descendants(sections, purged):
    parent = factories.ContentPageFactory(parent=sections.indexes_bn["mahals"], slug="old-name")
    child = factories.ContentPageFactory(parent=parent, slug="child")
    parent.slug = "new-name"
    with purged.watch():
        parent.save_revision().publish()
    assert {
        f"{HOST}/bn/sairat-mahals/old-name/",
        f"{HOST}/bn/sairat-mahals/old-name/child/",
        f"{HOST}/bn/sairat-mahals/new-name/",
        f"{HOST}/bn/sairat-mahals/new-name/child/",
        f"{HOST}/api/v3/pages/{parent.pk}/",
    } <= purged.urls()
    assert f"{HOST}/api/v3/pages/{child.pk}/" not in purged.urls()


def test_translating_with_wagtail_localize_purges_both_languages(sections, purged):
    page_bn = factories.MahalPageFactory(parent=sections.indexes_bn["mahals"], slug="teesta")
    with purged.watch():
        TranslationCreator(user=None, target_locales=[sections.site.en]).create_translations(page_bn)
    page_en = page_bn.get_translation(sections.site.en)
    assert page_en.live
    assert purged.urls() == mahal_urls(page_bn, page_en, sections)

    # A later sync (a translated string, published) purges the same set again.
    source = TranslationSource.objects.get_for_instance(page_bn)
    segment = StringSegment.objects.filter(source=source).first()
    StringTranslation.objects.create(
        translation_of=segment.string, locale=sections.site.en, context=segment.context, data="Teesta jalmahal"
    )
    with purged.watch():
        source.translations.get(target_locale=sections.site.en).save_target(publish=True)
    assert purged.urls() == mahal_urls(page_bn, page_en, sections)


def every_page_url(sections) -> set[str]:
    """Every live page of the test portal, in both languages, and its API detail."""
    urls = set()
    pages = Page.objects.live().descendant_of(
        sections.site.home_bn, inclusive=True
    ) | Page.objects.live().descendant_of(sections.site.home_en, inclusive=True)
    for page in pages:
        urls.add(page.get_full_url())
        urls.add(f"{HOST}/api/v3/pages/{page.pk}/")
    return urls


@pytest.fixture
def other_portal(db):
    """A second portal (its own host and tree), whose URLs no change on the first may purge."""
    home = factories.HomePageFactory(parent=Page.get_first_root_node(), slug="pirganj")
    return Site.objects.create(hostname="pirganj.localhost", port=80, root_page=home, site_name="Pirganj")


def test_a_menu_section_change_purges_the_whole_portal_and_no_other(sections, other_portal, purged):
    boards = build_boards(sections.site)
    notice = factories.NoticeFactory()
    factories.MahalPageFactory(parent=sections.indexes_bn["mahals"], slug="teesta")
    with purged.watch():
        sections.indexes_en["tourism"].save_revision().publish()
    urls = purged.urls()
    assert every_page_url(sections) <= urls
    assert {
        f"{HOST}/bn/notices/{notice.pk}/",
        f"{HOST}/en/notices/{notice.pk}/",
        f"{HOST}/bn/notices/archive/",
        f"{HOST}/en/notices/feed/",
        f"{HOST}/api/v3/notices/{notice.pk}/",
        f"{HOST}/api/v3/locales/",
    } <= urls
    assert boards.en.get_full_url() in urls
    assert not [url for url in urls if not url.startswith(f"{HOST}/")]


def test_office_settings_change_purges_the_whole_portal(sections, other_portal, purged):
    office = OfficeSettings.for_site(sections.site.site)
    office.phone = "০৫২১-৬৩১০০"
    with purged.watch():
        office.save()
    urls = purged.urls()
    assert every_page_url(sections) <= urls
    assert not [url for url in urls if not url.startswith(f"{HOST}/")]

    other = OfficeSettings.for_site(other_portal)
    with purged.watch():
        other.save()
    assert "http://pirganj.localhost/sitemap.xml" in purged.urls()
    assert not [url for url in purged.urls() if url.startswith(f"{HOST}/")]


def test_a_page_on_another_portal_is_purged_with_that_portals_host(sections, other_portal, purged):
    page = factories.ContentPageFactory(parent=other_portal.root_page, slug="about")
    with purged.watch():
        page.save_revision().publish()
    assert "http://pirganj.localhost/bn/about/" in purged.urls()
    assert "http://pirganj.localhost/sitemap.xml" in purged.urls()
    assert not [url for url in purged.urls() if url.startswith(f"{HOST}/")]
