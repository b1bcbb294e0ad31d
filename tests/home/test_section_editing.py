"""An editor can create every section page type in the admin, with the photo and attachments."""

import json

from django.contrib.auth import get_user_model
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from home.models import (
    AdministrationIndexPage,
    AgricultureIndexPage,
    BranchPage,
    ContactPage,
    ContentPage,
    FertilizerReportPage,
    GalleryPage,
    InvestmentIndexPage,
    InvestmentPage,
    MahalIndexPage,
    MahalPage,
    OfficeIndexPage,
    OfficePage,
    ProcurementReportPage,
    TouristSpotIndexPage,
    TouristSpotPage,
    UpazilaIndexPage,
    UpazilaPage,
)
from tests import factories
from tests.conftest import build_bilingual_site

TRIO = {"photo": "", "photo_alt": "", "attachment": "", "attachments": streamfield([])}


class EditorCanCreateTests(WagtailPageTestCase):
    def setUp(self):
        self.site = build_bilingual_site()
        self.home = self.site.home_bn
        user = get_user_model().objects.create_superuser("editor", "editor@example.com", "password")
        self.client.force_login(user)

    def test_content_page(self):
        table = {"data": [["শাখা", "কক্ষ"], ["রাজস্ব শাখা", "১০৫"]], "table_header_choice": "row"}
        self.assertCanCreate(
            self.home,
            ContentPage,
            nested_form_data(
                {
                    "title": "এক নজরে রংপুর",
                    "slug": "at-a-glance",
                    "intro": "জেলার সংক্ষিপ্ত তথ্য।",
                    "body": streamfield(
                        [
                            ("heading", {"text": "আয়তন", "level": "h2"}),
                            ("paragraph", rich_text("<p>রংপুর জেলা ৮টি উপজেলা নিয়ে গঠিত।</p>")),
                            ("quote", {"text": "তথ্য জনগণের সম্পদ।", "attribution": "", "style": "callout"}),
                            ("table", json.dumps(table)),
                        ]
                    ),
                    **TRIO,
                }
            ),
        )
        page = ContentPage.objects.get(slug="at-a-glance")
        self.assertEqual([block.block_type for block in page.body], ["heading", "paragraph", "quote", "table"])

    def test_branch_under_the_administration(self):
        index = factories.AdministrationIndexPageFactory(parent=self.home)
        self.assertCanCreate(
            index,
            BranchPage,
            nested_form_data(
                {
                    "title": "রেকর্ডরুম শাখা",
                    "slug": "record-room",
                    "intro": "",
                    "body": streamfield([]),
                    "duties": rich_text("<ul><li>খতিয়ানের নকল প্রদান</li></ul>"),
                    "officer_designation": "সহকারী কমিশনার",
                    "officer_name": "",
                    "room": "১০৫",
                    "phone": "",
                    "email": "",
                    "services": streamfield(
                        [("service", {"name": "খতিয়ানের নকল", "time_limit": "৭ দিন", "fee": "২০ টাকা", "link": ""})]
                    ),
                    **TRIO,
                }
            ),
        )
        self.assertEqual(BranchPage.objects.get(slug="record-room").services[0].value["fee"], "২০ টাকা")

    def test_office(self):
        index = factories.OfficeIndexPageFactory(parent=self.home)
        self.assertCanCreate(
            index,
            OfficePage,
            nested_form_data(
                {
                    "title": "জেলা সমবায় কার্যালয়",
                    "slug": "cooperative",
                    "intro": "",
                    "body": streamfield([]),
                    "category": "social",
                    "head_designation": "জেলা সমবায় কর্মকর্তা",
                    "address": "রংপুর",
                    "phone": "",
                    "email": "",
                    "website": "https://cooperative.rangpur.gov.bd",
                    "latitude": "25.75580",
                    "longitude": "89.24450",
                    **TRIO,
                }
            ),
        )

    def test_mahal(self):
        index = factories.MahalIndexPageFactory(parent=self.home)
        self.assertCanCreate(
            index,
            MahalPage,
            nested_form_data(
                {
                    "title": "ছেড়াছেড়ির বিল",
                    "slug": "chherachherir-beel",
                    "intro": "",
                    "body": streamfield([]),
                    "kind": "jalmahal",
                    "status": "leased",
                    "upazila": "pirganj",
                    "mouza": "জাহিদপুর",
                    "area_acres": "33.61",
                    "lease_year_from": "1432",
                    "lease_year_to": "1437",
                    "lease_starts": "2025-04-14",
                    "lease_ends": "2031-04-13",
                    "lease_value": "348726",
                    "lessee": "মৎস্যজীবী সমবায় সমিতি",
                    **TRIO,
                }
            ),
        )

    def test_mahal_rules_give_field_errors(self):
        index = factories.MahalIndexPageFactory(parent=self.home)
        data = nested_form_data(
            {
                "title": "ভুল মহাল",
                "slug": "wrong",
                "intro": "",
                "body": streamfield([]),
                "kind": "jalmahal",
                "status": "leased",
                "upazila": "pirganj",
                "mouza": "",
                "area_acres": "",
                "lease_year_from": "1437",
                "lease_year_to": "1432",
                "lease_starts": "",
                "lease_ends": "",
                "lease_value": "",
                "lessee": "",
                "action-publish": "action-publish",
                **TRIO,
            }
        )
        response = self.client.post(f"/admin/pages/add/home/mahalpage/{index.pk}/", data)
        self.assertEqual(response.status_code, 200)
        errors = response.context["form"].errors
        self.assertIn("lease_year_to", errors)
        self.assertIn("lessee", errors)
        self.assertFalse(MahalPage.objects.filter(slug="wrong").exists())

    def test_investment(self):
        index = factories.InvestmentIndexPageFactory(parent=self.home)
        self.assertCanCreate(
            index,
            InvestmentPage,
            nested_form_data(
                {
                    "title": "আম প্রক্রিয়াজাতকরণ",
                    "slug": "mango",
                    "intro": "",
                    "body": streamfield([]),
                    "sector": "agro-processing",
                    "upazila": "mithapukur",
                    "location": "মিঠাপুকুর",
                    "facility": "জমি",
                    "incentives": rich_text("<p>প্রণোদনা</p>"),
                    "contact_name": "সাধারণ শাখা",
                    "contact_phone": "",
                    "contact_email": "",
                    **TRIO,
                }
            ),
        )

    def test_upazila(self):
        index = factories.UpazilaIndexPageFactory(parent=self.home)
        self.assertCanCreate(
            index,
            UpazilaPage,
            nested_form_data(
                {
                    "title": "তারাগঞ্জ",
                    "slug": "taraganj",
                    "intro": "",
                    "body": streamfield([]),
                    "upazila": "taraganj",
                    "uno_name": "",
                    "uno_phone": "",
                    "uno_email": "",
                    "portal_url": "",
                    "area_km2": "128.64",
                    "population": "140823",
                    "population_year": "2011",
                    "latitude": "25.81110",
                    "longitude": "89.01670",
                    "unions": streamfield([("union", "আলমপুর"), ("union", "সয়ার")]),
                    **TRIO,
                }
            ),
        )
        self.assertEqual(UpazilaPage.objects.get(slug="taraganj").union_count, 2)

    def test_tourist_spot(self):
        index = factories.TouristSpotIndexPageFactory(parent=self.home)
        self.assertCanCreate(
            index,
            TouristSpotPage,
            nested_form_data(
                {
                    "title": "তাজহাট জমিদার বাড়ি",
                    "slug": "tajhat",
                    "intro": "",
                    "body": streamfield([]),
                    "upazila": "rangpur-sadar",
                    "how_to_get_there": rich_text("<p>রিকশায়</p>"),
                    "best_season": "শীতকাল",
                    "opening_hours": "",
                    "latitude": "25.72510",
                    "longitude": "89.28040",
                    "gallery": streamfield([]),
                    **TRIO,
                }
            ),
        )

    def test_fertilizer_report_with_rows(self):
        index = factories.AgricultureIndexPageFactory(parent=self.home)
        self.assertCanCreate(
            index,
            FertilizerReportPage,
            nested_form_data(
                {
                    "title": "সার বিতরণ",
                    "slug": "fertilizer",
                    "intro": "",
                    "body": streamfield([]),
                    "season": "rabi",
                    "fiscal_year": "2025-26",
                    "rows": inline_formset(
                        [
                            {"upazila": "kaunia", "fertilizer": "urea", "allocated": "1400", "distributed": "1300"},
                            {"upazila": "pirganj", "fertilizer": "tsp", "allocated": "900", "distributed": "850"},
                        ]
                    ),
                    **TRIO,
                }
            ),
        )
        page = FertilizerReportPage.objects.get(slug="fertilizer")
        self.assertEqual(page.rows.count(), 2)

    def test_procurement_report_with_rows(self):
        index = factories.AgricultureIndexPageFactory(parent=self.home)
        self.assertCanCreate(
            index,
            ProcurementReportPage,
            nested_form_data(
                {
                    "title": "বোরো ধান সংগ্রহ",
                    "slug": "boro",
                    "intro": "",
                    "body": streamfield([]),
                    "crop": "paddy",
                    "season": "boro",
                    "fiscal_year": "2024-25",
                    "price_per_kg": "36",
                    "starts": "2025-04-25",
                    "ends": "2025-08-31",
                    "rows": inline_formset([{"upazila": "kaunia", "target": "800", "procured": "760"}]),
                    **TRIO,
                }
            ),
        )

    def test_fiscal_year_is_checked(self):
        index = factories.AgricultureIndexPageFactory(parent=self.home)
        data = nested_form_data(
            {
                "title": "ভুল",
                "slug": "wrong-year",
                "intro": "",
                "body": streamfield([]),
                "season": "rabi",
                "fiscal_year": "২০২৫",
                "rows": inline_formset([]),
                "action-publish": "action-publish",
                **TRIO,
            }
        )
        response = self.client.post(f"/admin/pages/add/home/fertilizerreportpage/{index.pk}/", data)
        self.assertIn("fiscal_year", response.context["form"].errors)

    def test_gallery_and_contact(self):
        self.assertCanCreate(
            self.home,
            GalleryPage,
            nested_form_data(
                {
                    "title": "ফটো গ্যালারি",
                    "slug": "gallery",
                    "intro": "",
                    "body": streamfield([]),
                    "photos": streamfield([]),
                    **TRIO,
                }
            ),
        )
        self.assertCanCreate(
            self.home,
            ContactPage,
            nested_form_data(
                {
                    "title": "যোগাযোগ",
                    "slug": "contact",
                    "intro": "",
                    "body": streamfield([]),
                    "address": "রংপুর-৫৪০০",
                    "phone": "",
                    "email": "",
                    "office_hours": "",
                    "contacts": streamfield(
                        [("person", {"designation": "জেলা প্রশাসক", "name": "", "phone": "", "email": ""})]
                    ),
                    "directions": rich_text(""),
                    "latitude": "",
                    "longitude": "",
                    **TRIO,
                }
            ),
        )

    def test_index_pages(self):
        for model, slug in (
            (AdministrationIndexPage, "administration"),
            (OfficeIndexPage, "offices"),
            (MahalIndexPage, "mahals"),
            (InvestmentIndexPage, "investment"),
            (UpazilaIndexPage, "upazilas"),
            (TouristSpotIndexPage, "tourism"),
            (AgricultureIndexPage, "agriculture"),
        ):
            with self.subTest(model=model.__name__):
                self.assertCanCreate(
                    self.home,
                    model,
                    nested_form_data({"title": slug, "slug": slug, "intro": "", "body": streamfield([]), **TRIO}),
                )
