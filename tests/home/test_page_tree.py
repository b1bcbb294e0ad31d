"""Where every section page type may live in the tree (parent and child page types)."""

from wagtail.test.utils import WagtailPageTestCase

from home.models import (
    AdministrationIndexPage,
    AgricultureIndexPage,
    BranchPage,
    ContactPage,
    ContentPage,
    FertilizerReportPage,
    GalleryPage,
    HomePage,
    InvestmentIndexPage,
    InvestmentPage,
    MahalIndexPage,
    MahalPage,
    OfficeIndexPage,
    OfficePage,
    ProcurementReportPage,
    TouristSpotIndexPage,
    TouristSpotPage,
    UpazilaHomePage,
    UpazilaIndexPage,
    UpazilaPage,
)
from notices.models import NoticeIndexPage
from tests import factories
from tests.conftest import build_bilingual_site


class TreeRulesTests(WagtailPageTestCase):
    def test_section_indexes_live_only_under_the_home_page(self):
        for model in (
            AdministrationIndexPage,
            OfficeIndexPage,
            MahalIndexPage,
            InvestmentIndexPage,
            UpazilaIndexPage,
            TouristSpotIndexPage,
            AgricultureIndexPage,
        ):
            with self.subTest(model=model.__name__):
                self.assertAllowedParentPageTypes(model, {HomePage})
        # Every portal has its contact page: the district's and each upazila's.
        self.assertAllowedParentPageTypes(ContactPage, {HomePage, UpazilaHomePage})

    def test_an_upazila_portal_home_takes_its_board_contact_and_content_pages(self):
        self.assertAllowedSubpageTypes(UpazilaHomePage, {NoticeIndexPage, ContactPage, ContentPage})

    def test_detail_pages_live_only_under_their_index(self):
        self.assertAllowedParentPageTypes(BranchPage, {AdministrationIndexPage})
        self.assertAllowedParentPageTypes(OfficePage, {OfficeIndexPage})
        self.assertAllowedParentPageTypes(MahalPage, {MahalIndexPage})
        self.assertAllowedParentPageTypes(InvestmentPage, {InvestmentIndexPage})
        self.assertAllowedParentPageTypes(UpazilaPage, {UpazilaIndexPage})
        self.assertAllowedParentPageTypes(TouristSpotPage, {TouristSpotIndexPage})
        self.assertAllowedParentPageTypes(FertilizerReportPage, {AgricultureIndexPage})
        self.assertAllowedParentPageTypes(ProcurementReportPage, {AgricultureIndexPage})
        self.assertAllowedParentPageTypes(GalleryPage, {HomePage, GalleryPage})
        self.assertAllowedParentPageTypes(
            ContentPage, {HomePage, UpazilaHomePage, ContentPage, AdministrationIndexPage, AgricultureIndexPage}
        )

    def test_what_each_index_may_hold(self):
        self.assertAllowedSubpageTypes(AdministrationIndexPage, {BranchPage, ContentPage})
        self.assertAllowedSubpageTypes(OfficeIndexPage, {OfficePage})
        self.assertAllowedSubpageTypes(MahalIndexPage, {MahalPage})
        self.assertAllowedSubpageTypes(InvestmentIndexPage, {InvestmentPage})
        self.assertAllowedSubpageTypes(UpazilaIndexPage, {UpazilaPage})
        self.assertAllowedSubpageTypes(TouristSpotIndexPage, {TouristSpotPage})
        self.assertAllowedSubpageTypes(AgricultureIndexPage, {FertilizerReportPage, ProcurementReportPage, ContentPage})
        self.assertAllowedSubpageTypes(ContactPage, set())
        self.assertAllowedSubpageTypes(MahalPage, set())

    def test_home_page_still_takes_other_apps_pages(self):
        # HomePage.subpage_types stays open so the notice board and e-service pages fit under it.
        self.assertCanCreateAt(HomePage, ContentPage)
        self.assertFalse(HomePage.subpage_types if hasattr(HomePage, "subpage_types") else None)

    def test_one_index_of_each_kind_per_home_page(self):
        site = build_bilingual_site()
        factories.MahalIndexPageFactory(parent=site.home_bn)
        self.assertFalse(MahalIndexPage.can_create_at(site.home_bn))
        # The English home page has its own (translated) index.
        self.assertTrue(MahalIndexPage.can_create_at(site.home_en))
