"""Demo content for every section of the portal, in Bengali with English translations.

Facts come from /work/shared/seed/rangpur-facts.md (confirmed ones only). Where the facts file
has nothing (per-upazila fertilizer and procurement figures, most mahals' lease details,
branch services of Rangpur's own charter), the demo says on the page that the figures are
samples, so nothing made up reads as official. Every loader looks before it creates, so a
second run adds and changes nothing.
"""

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from wagtail.models import Page, Workflow, WorkflowPage
from wagtail.rich_text import RichText

from core.choices import Upazila
from core.i18n import nfc
from home.demo.media import demo_image, demo_pdf
from home.demo.translation import english_locale, translate
from home.models import (
    AdministrationIndexPage,
    AgricultureIndexPage,
    BranchPage,
    ContactPage,
    ContentPage,
    FertilizerReportPage,
    FertilizerRow,
    GalleryPage,
    HomePage,
    InvestmentIndexPage,
    InvestmentPage,
    MahalIndexPage,
    MahalPage,
    OfficeIndexPage,
    OfficePage,
    ProcurementReportPage,
    ProcurementRow,
    TouristSpotIndexPage,
    TouristSpotPage,
    UpazilaIndexPage,
    UpazilaPage,
)
from home.models.choices import (
    Crop,
    CropSeason,
    Fertilizer,
    InvestmentSector,
    LeaseStatus,
    MahalKind,
    OfficeCategory,
)

SAMPLE_NOTE = (
    "এই পাতার পরিমাণগুলো পোর্টালের প্রদর্শনীর জন্য নমুনা তথ্য; এগুলো সরকারি হিসাব নয়।",
    "The quantities on this page are sample figures for demonstrating the portal; they are not official statistics.",
)


class Strings(dict):
    """Bengali text with its English twin: `t(bn, en)` records the pair and returns the Bengali."""

    def __call__(self, bengali: str, english: str) -> str:
        self[nfc(bengali)] = english
        return bengali

    def paragraphs(self, *pairs: tuple[str, str]) -> str:
        return "".join(f"<p>{self(bn, en)}</p>" for bn, en in pairs)

    def list_items(self, *pairs: tuple[str, str]) -> str:
        return "<ul>" + "".join(f"<li>{self(bn, en)}</li>" for bn, en in pairs) + "</ul>"


def add_page(parent: Page, model: type[Page], slug: str, strings: Strings, **fields) -> Page:
    """The child `slug` of `parent` (created and published if missing), translated into English."""
    page = model.objects.child_of(parent).filter(slug=slug).first()
    if page is None:
        page = model(slug=slug, locale_id=parent.locale_id, **fields)
        parent.add_child(instance=page)
        page.save_revision().publish()
    if page.get_translation_or_none(english_locale()) is None:
        translate(page, strings)
    return page


def paragraph(strings: Strings, *pairs: tuple[str, str]) -> tuple[str, RichText]:
    return ("paragraph", RichText(strings.paragraphs(*pairs)))


def heading(strings: Strings, bengali: str, english: str) -> tuple[str, dict]:
    return ("heading", {"text": strings(bengali, english), "level": "h2"})


def load(home: HomePage) -> None:
    _assign_moderation_workflow(home)
    _at_a_glance(home)
    _administration(home)
    _offices(home)
    _mahals(home)
    _investment(home)
    _upazilas(home)
    _tourism(home)
    _agriculture(home)
    _gallery(home)
    _contact(home)


def _assign_moderation_workflow(home: HomePage) -> None:
    """Both home pages go through the "Moderators approval" workflow made by home's migration."""
    workflow = Workflow.objects.filter(name="Moderators approval", active=True).first()
    if workflow is None:
        return
    for page in home.get_translations(inclusive=True):
        WorkflowPage.objects.get_or_create(page=page, defaults={"workflow": workflow})


# --- District at a glance (a general content page with a table) ---------------------------------


def _at_a_glance(home: HomePage) -> None:
    t = Strings()
    table = {
        "first_row_is_table_header": True,
        "first_col_is_header": True,
        "table_caption": t("রংপুর জেলা: মূল তথ্য", "Rangpur district: key facts"),
        "data": [
            [t("বিষয়", "Item"), t("তথ্য", "Fact")],
            [t("বিভাগ", "Division"), t("রংপুর বিভাগ (২৫ জানুয়ারি ২০১০-এ গঠিত)", "Rangpur Division (formed 25 January 2010)")],
            [t("আয়তন", "Area"), t("২,৩৬৭.৮৪ বর্গ কিলোমিটার (জেলা পরিষদ)", "2,367.84 km² (Zila Parishad)")],
            [
                t("জনসংখ্যা (জনশুমারি ২০২২)", "Population (2022 census)"),
                t(
                    "৩১,৬৯,৬১৪ জন: পুরুষ ১৫,৬৯,০২৬, নারী ১৬,০০,৪৩৮, হিজড়া ১৫০",
                    "3,169,614: male 1,569,026, female 1,600,438, hijra 150",
                ),
            ],
            [t("স্বাক্ষরতার হার (২০২২)", "Literacy (2022)"), t("৭০.৭৩%", "70.73%")],
            [t("উপজেলা", "Upazilas"), t("৮টি", "8")],
            [t("সিটি কর্পোরেশন", "City corporation"), t("রংপুর সিটি কর্পোরেশন (২০১২)", "Rangpur City Corporation (2012)")],
            [
                t("প্রধান নদী", "Main rivers"),
                t("তিস্তা, ঘাঘট, করতোয়া, যমুনেশ্বরী, আখিরা", "Teesta, Ghaghat, Karatoya, Jamuneshwari, Akhira"),
            ],
            [t("পোস্ট কোড (জেলা সদর)", "Post code (district HQ)"), "5400"],
        ],
    }
    body = [
        paragraph(
            t,
            (
                "রংপুর জেলার উত্তরে নীলফামারী ও লালমনিরহাট, দক্ষিণে গাইবান্ধা, পূর্বে কুড়িগ্রাম এবং পশ্চিমে দিনাজপুর জেলা। রংপুর শহর ঘাঘট নদীর তীরে অবস্থিত।",
                "Rangpur district borders Nilphamari and Lalmonirhat to the north, Gaibandha to the south, Kurigram to the east and Dinajpur to the west. Rangpur town stands on the Ghaghat river.",
            ),
        ),
        ("table", table),
        (
            "quote",
            {
                "text": t(
                    "হাঁড়িভাঙ্গা আম, বেগম রোকেয়ার জন্মস্থান পায়রাবন্দ এবং তাজহাট জমিদার বাড়ি রংপুরের পরিচয় বহন করে।",
                    "Haribhanga mangoes, Begum Rokeya's birthplace at Pairaband and the Tajhat palace are what Rangpur is known for.",
                ),
                "attribution": "",
                "style": "callout",
            },
        ),
    ]
    add_page(
        home,
        ContentPage,
        "rangpur-at-a-glance",
        t,
        title=t("এক নজরে রংপুর", "Rangpur at a glance"),
        intro=t(
            "রংপুর জেলার আয়তন, জনসংখ্যা, উপজেলা ও নদ-নদীর সংক্ষিপ্ত তথ্য।",
            "The district's area, population, upazilas and rivers in brief.",
        ),
        body=body,
        show_in_menus=True,
    )


# --- District administration and its branches ----------------------------------------------------


@dataclass
class Branch:
    slug: str
    title: tuple[str, str]
    intro: tuple[str, str]
    duties: list[tuple[str, str]]
    officer: tuple[str, str] = ("সহকারী কমিশনার (দায়িত্বপ্রাপ্ত)", "Assistant Commissioner (in charge)")
    services: list[tuple[tuple[str, str], tuple[str, str], tuple[str, str]]] = field(default_factory=list)


CHARTER_NOTE = (
    "সেবার সময়সীমা ও ফি অন্যান্য জেলার নাগরিক সনদ থেকে উদাহরণ হিসেবে দেখানো হয়েছে; রংপুরের হালনাগাদ তথ্য শাখায় জেনে নিন।",
    "Time limits and fees are shown as examples from other districts' citizen charters; ask the branch for Rangpur's current ones.",
)

BRANCHES = [
    Branch(
        "general-certificate",
        ("সাধারণ সার্টিফিকেট শাখা", "General Certificate Branch"),
        ("সরকারি পাওনা আদায়ের সার্টিফিকেট মামলা পরিচালনা করে।", "Runs certificate cases for recovering public dues."),
        [
            (
                "সরকারি দাবি আদায় আইনে সার্টিফিকেট মামলা দায়ের ও শুনানি",
                "Filing and hearing certificate cases under the Public Demands Recovery Act",
            ),
            ("মামলার নোটিশ জারি ও আদায়ের হিসাব রাখা", "Serving notices and keeping account of recoveries"),
        ],
        services=[
            (
                ("সার্টিফিকেট মামলা", "Certificate case"),
                ("১২০ দিন", "120 days"),
                ("৭.৫০ টাকা (কোর্ট ফি)", "Tk 7.50 (court fee)"),
            ),
        ],
    ),
    Branch(
        "revenue",
        ("রাজস্ব শাখা", "Revenue Branch"),
        ("ভূমি রাজস্ব, খাস জমি ও সায়রাত মহাল ব্যবস্থাপনা দেখে।", "Looks after land revenue, khas land and the sairat mahals."),
        [
            ("ভূমি উন্নয়ন কর আদায়ের তদারকি", "Supervising the collection of land development tax"),
            ("জলমহাল, বালুমহাল ও হাট-বাজার ইজারা কার্যক্রম", "Leasing jalmahals, balumahals and markets"),
            ("খাস জমি বন্দোবস্ত কার্যক্রমের তদারকি", "Supervising the settlement of khas land"),
        ],
        officer=("অতিরিক্ত জেলা প্রশাসক (রাজস্ব)", "Additional Deputy Commissioner (Revenue)"),
    ),
    Branch(
        "record-room",
        ("রেকর্ডরুম শাখা", "Record Room"),
        ("খতিয়ান ও মৌজা ম্যাপের সইমোহর নকল সরবরাহ করে।", "Supplies certified copies of khatians and mouza maps."),
        [
            ("সিএস, এসএ, আরএস ও বিআরএস খতিয়ান সংরক্ষণ", "Keeping the CS, SA, RS and BRS khatians"),
            ("খতিয়ান ও মৌজা ম্যাপের সইমোহর নকল প্রদান", "Issuing certified copies of khatians and mouza maps"),
        ],
        services=[
            (
                ("খতিয়ানের সইমোহর নকল (সাধারণ)", "Certified copy of a khatian (normal)"),
                ("৭ দিন", "7 days"),
                ("২০ টাকা কোর্ট ফি", "Tk 20 court fee"),
            ),
            (
                ("খতিয়ানের সইমোহর নকল (জরুরি)", "Certified copy of a khatian (urgent)"),
                ("৩ দিন", "3 days"),
                ("৪০ টাকা কোর্ট ফি", "Tk 40 court fee"),
            ),
        ],
    ),
    Branch(
        "judicial-munshikhana",
        ("জুডিশিয়াল মুন্সিখানা শাখা", "Judicial Munshikhana Branch"),
        ("আগ্নেয়াস্ত্র লাইসেন্স ও ম্যাজিস্ট্রেসি সংক্রান্ত কাজ করে।", "Handles firearm licences and magistracy work."),
        [
            ("আগ্নেয়াস্ত্র লাইসেন্স প্রদান ও নবায়ন", "Issuing and renewing firearm licences"),
            ("মোবাইল কোর্ট পরিচালনার হিসাব সংরক্ষণ", "Keeping the records of mobile courts"),
        ],
        services=[
            (
                ("আগ্নেয়াস্ত্র লাইসেন্স", "Firearm licence"),
                ("৬০ কর্মদিবস", "60 working days"),
                ("আবেদনে ১০ টাকা কোর্ট ফি", "Tk 10 court fee on the application"),
            ),
        ],
    ),
    Branch(
        "general",
        ("সাধারণ শাখা", "General Branch"),
        (
            "বিভিন্ন প্রত্যয়ন, প্রতিবেদন ও সাধারণ প্রশাসনিক কাজ করে।",
            "Issues countersignatures and reports and does general administration.",
        ),
        [
            ("ভর্তুকি সারের বিক্রয় রশিদে প্রতিস্বাক্ষর", "Countersigning sale receipts of subsidised fertilizer"),
            ("এনজিও নিবন্ধনের প্রতিবেদন প্রেরণ", "Sending reports on NGO registration"),
        ],
        services=[
            (
                ("ভর্তুকি সারের বিক্রয় রশিদে প্রতিস্বাক্ষর", "Countersignature on subsidised-fertilizer sale receipts"),
                ("৭ দিন পর্যন্ত", "Up to 7 days"),
                ("বিনা ফি", "Free"),
            ),
            (
                ("এনজিও নিবন্ধন প্রতিবেদন", "NGO registration report"),
                ("তদন্তের পর ১৫–৪০ দিন", "15–40 days, after inquiry"),
                ("বিনা ফি", "Free"),
            ),
        ],
    ),
    Branch(
        "business-and-commerce",
        ("ব্যবসা ও বাণিজ্য শাখা", "Business and Commerce Branch"),
        (
            "ডিলিং, হোটেল-রেস্তোরাঁ, ইটভাটা ও এসিড লাইসেন্স দেয়।",
            "Issues dealing, hotel and restaurant, brick-kiln and acid licences.",
        ),
        [
            ("ডিলিং লাইসেন্স প্রদান ও নবায়ন", "Issuing and renewing dealing licences"),
            ("ইটভাটা ও এসিড লাইসেন্স প্রদান", "Issuing brick-kiln and acid licences"),
        ],
        services=[
            (
                ("ডিলিং লাইসেন্স", "Dealing licence"),
                ("৬০ দিন; নবায়ন ১৫ দিন", "60 days; renewal 15 days"),
                ("সরকার নির্ধারিত", "Set by government"),
            ),
            (
                ("ইটভাটার লাইসেন্স", "Brick-kiln licence"),
                ("৬০ দিন", "60 days"),
                ("৫০০ টাকা ও ৩০,০০০ টাকা অগ্রিম আয়কর", "Tk 500 plus Tk 30,000 advance income tax"),
            ),
            (
                ("এসিড লাইসেন্স", "Acid licence"),
                ("৬০ দিন", "60 days"),
                ("৩,০০০ টাকা (সাধারণ ব্যবহার)", "Tk 3,000 (general use)"),
            ),
        ],
    ),
    Branch(
        "relief",
        ("ত্রাণ শাখা", "Relief Branch"),
        ("দুর্যোগে ত্রাণ ও পুনর্বাসন কার্যক্রম সমন্বয় করে।", "Coordinates relief and rehabilitation in disasters."),
        [
            ("দুর্যোগে ত্রাণ বরাদ্দ ও বিতরণের সমন্বয়", "Coordinating relief allocation and distribution in disasters"),
            ("ভিজিএফ কর্মসূচির তদারকি", "Supervising the VGF programme"),
        ],
    ),
    Branch(
        "front-desk",
        ("ফ্রন্ট ডেস্ক ও জেলা ই-সেবা কেন্দ্র", "Front Desk and District e-Service Centre"),
        (
            "২০১০ সালের ১৪ নভেম্বর চালু হওয়া ই-সেবা কেন্দ্র সব আবেদন গ্রহণ করে; ফ্রন্ট ডেস্ক (চালু ২০১৬) সেবাপ্রত্যাশীদের পথ দেখায়।",
            "The e-Service Centre, opened on 14 November 2010, receives every application; the front desk (opened 2016) guides visitors.",
        ),
        [
            (
                "কাউন্টার, ডাক, পোর্টাল, উপজেলা ই-সেবা কাউন্টার ও ইউনিয়ন ডিজিটাল সেন্টারের আবেদন গ্রহণ",
                "Receiving applications from the counter, post, the portal, upazila e-service counters and Union Digital Centres",
            ),
            (
                "প্রতিটি আবেদনের গ্রহণ রশিদ ও সম্ভাব্য সেবা প্রদানের তারিখ জানানো",
                "Giving a receipt with the probable delivery date for every application",
            ),
        ],
    ),
]


def _administration(home: HomePage) -> None:
    t = Strings()
    index = add_page(
        home,
        AdministrationIndexPage,
        "district-administration",
        t,
        title=t("জেলা প্রশাসন", "District administration"),
        intro=t(
            "জেলা প্রশাসকের কার্যালয়ের শাখাসমূহ, তাদের দায়িত্ব ও সেবা।",
            "The branches of the Deputy Commissioner's Office, their duties and services.",
        ),
        body=[
            paragraph(
                t,
                (
                    "জেলা প্রশাসক জেলার প্রশাসনিক প্রধান ও জেলা ম্যাজিস্ট্রেট। তাঁর কার্যালয় কয়েকটি শাখায় বিভক্ত; প্রতিটি শাখার দায়িত্বে একজন কর্মকর্তা থাকেন।",
                    "The Deputy Commissioner is the head of the district administration and the District Magistrate. The office works through branches, each with an officer in charge.",
                ),
            )
        ],
        show_in_menus=True,
    )
    for branch in BRANCHES:
        b = Strings()
        services = [
            (
                "service",
                {"name": b(*name), "time_limit": b(*limit), "fee": b(*fee), "link": ""},
            )
            for name, limit, fee in branch.services
        ]
        body = [paragraph(b, CHARTER_NOTE)] if branch.services else []
        add_page(
            index,
            BranchPage,
            branch.slug,
            b,
            title=b(*branch.title),
            intro=b(*branch.intro),
            duties=b.list_items(*branch.duties),
            officer_designation=b(*branch.officer),
            services=services,
            body=body,
        )


# --- Government offices ---------------------------------------------------------------------------

OFFICES = [
    (
        "dae",
        ("কৃষি সম্প্রসারণ অধিদপ্তর, উপপরিচালকের কার্যালয়", "Department of Agricultural Extension, Deputy Director's Office"),
        OfficeCategory.AGRICULTURE,
        ("উপপরিচালক", "Deputy Director"),
        "https://dae.rangpur.gov.bd",
        (
            "জেলার কৃষক পর্যায়ে প্রযুক্তি, বীজ ও সারের পরামর্শ দেয়।",
            "Advises farmers in the district on technology, seed and fertilizer.",
        ),
    ),
    (
        "cooperative",
        ("জেলা সমবায় কার্যালয়", "District Cooperative Office"),
        OfficeCategory.SOCIAL,
        ("জেলা সমবায় কর্মকর্তা", "District Cooperative Officer"),
        "https://cooperative.rangpur.gov.bd",
        ("সমবায় সমিতির নিবন্ধন, নিরীক্ষা ও প্রশিক্ষণ দেয়।", "Registers, audits and trains cooperative societies."),
    ),
    (
        "statistics",
        ("বাংলাদেশ পরিসংখ্যান ব্যুরো, জেলা পরিসংখ্যান কার্যালয়", "Bangladesh Bureau of Statistics, District Statistics Office"),
        OfficeCategory.ICT,
        ("উপপরিচালক", "Deputy Director"),
        "https://bbs.rangpur.gov.bd",
        ("জনশুমারি ও অন্যান্য জরিপের জেলা পর্যায়ের কাজ করে।", "Runs the census and other surveys in the district."),
    ),
    (
        "ttc",
        ("কারিগরি প্রশিক্ষণ কেন্দ্র, রংপুর", "Technical Training Centre, Rangpur"),
        OfficeCategory.EDUCATION,
        ("অধ্যক্ষ", "Principal"),
        "https://ttc.rangpur.gov.bd",
        ("দেশে-বিদেশে কাজের জন্য কারিগরি প্রশিক্ষণ দেয়।", "Gives technical training for work at home and abroad."),
    ),
    (
        "zila-parishad",
        ("জেলা পরিষদ, রংপুর", "Zila Parishad, Rangpur"),
        OfficeCategory.LOCAL_GOVERNMENT,
        ("প্রধান নির্বাহী কর্মকর্তা", "Chief Executive Officer"),
        "",
        ("জেলা পর্যায়ের স্থানীয় সরকার প্রতিষ্ঠান।", "The district's local government body."),
    ),
    (
        "education-engineering",
        (
            "শিক্ষা প্রকৌশল অধিদপ্তর, তত্ত্বাবধায়ক প্রকৌশলীর কার্যালয়, রংপুর অঞ্চল",
            "Education Engineering Department, Superintending Engineer's Office, Rangpur Zone",
        ),
        OfficeCategory.ENGINEERING,
        ("তত্ত্বাবধায়ক প্রকৌশলী", "Superintending Engineer"),
        "https://eed.rangpurdiv.gov.bd",
        ("শিক্ষা প্রতিষ্ঠানের ভবন নির্মাণ ও সংস্কার করে।", "Builds and repairs school and college buildings."),
    ),
]


def _offices(home: HomePage) -> None:
    t = Strings()
    index = add_page(
        home,
        OfficeIndexPage,
        "offices",
        t,
        title=t("সরকারি দপ্তর", "Government offices"),
        intro=t(
            "রংপুর জেলার সরকারি দপ্তরসমূহ; ধরন অনুযায়ী বাছাই করা যায়।",
            "Government offices in Rangpur district; filter them by category.",
        ),
        show_in_menus=True,
    )
    for slug, title, category, head, website, intro in OFFICES:
        o = Strings()
        extra = {}
        if slug == "education-engineering":
            extra["address"] = o("কাছারি বাজার, রংপুর", "Kachari Bazar, Rangpur")
        add_page(
            index,
            OfficePage,
            slug,
            o,
            title=o(*title),
            intro=o(*intro),
            category=category,
            head_designation=o(*head),
            website=website,
            **extra,
        )


# --- Sairat mahals --------------------------------------------------------------------------------

SAMPLE_STATUS = (
    "ইজারার বর্তমান অবস্থা ও অঙ্কগুলো প্রদর্শনীর জন্য নমুনা; হালনাগাদ তথ্য রাজস্ব শাখায় জানুন।",
    "The lease status and figures shown are samples for the demonstration; ask the Revenue Branch for current details.",
)
SAMPLE_MAHAL = (
    "এটি পোর্টালের প্রদর্শনীর জন্য একটি নমুনা মহাল; রংপুর জেলায় ঘোষিত কোনো মহালের তথ্য নয়।",
    "This is a sample mahal for demonstrating the portal, not a mahal declared in Rangpur district.",
)


@dataclass
class Mahal:
    slug: str
    title: tuple[str, str]
    kind: str
    upazila: str
    status: str
    note: tuple[str, str]
    mouza: tuple[str, str] | None = None
    area: str | None = None
    years: tuple[int, int] | None = None
    value: str | None = None
    lessee: tuple[str, str] | None = None


MAHALS = [
    Mahal(
        "chherachherir-beel",
        ("ছেড়াছেড়ির বিল", "Chherachherir Beel"),
        MahalKind.JALMAHAL,
        Upazila.PIRGANJ,
        LeaseStatus.LEASED,
        (
            "উন্নয়ন প্রকল্পের আওতায় ১৪৩২–১৪৩৭ বঙ্গাব্দের জন্য ইজারা দেওয়া বদ্ধ জলমহাল।",
            "A closed jalmahal leased for 1432–1437 BS as a development project.",
        ),
        mouza=("জাহিদপুর (জেএল ২৯৭), কাবিলপুর ইউনিয়ন", "Jahidpur (JL 297), Kabilpur union"),
        area="33.61",
        years=(1432, 1437),
        value="348726",
        lessee=("পাঁচগাছী ইউনিয়ন মৎস্যজীবী সমবায় সমিতি", "Panchgachhi Union fishermen's cooperative society"),
    ),
    Mahal(
        "shanerhat-nadir-beel-2",
        ("শানেরহাট নদীর বিল-২", "Shanerhat Nadir Beel-2"),
        MahalKind.JALMAHAL,
        Upazila.PIRGANJ,
        LeaseStatus.UNDER_TENDER,
        SAMPLE_STATUS,
        mouza=("হাজীপুর, বড়দরগাহ ইউনিয়ন", "Hajipur, Bara Dargah union"),
        years=(1433, 1435),
    ),
    Mahal(
        "bahadurpur-beel",
        ("বাহাদুরপুর বিল", "Bahadurpur Beel"),
        MahalKind.JALMAHAL,
        Upazila.PIRGANJ,
        LeaseStatus.VACANT,
        SAMPLE_STATUS,
        mouza=("রায়পুর ইউনিয়ন", "Raypur union"),
    ),
    Mahal(
        "chatra-beel",
        ("চতরা বিল", "Chatra Beel"),
        MahalKind.JALMAHAL,
        Upazila.PIRGANJ,
        LeaseStatus.UNDER_TENDER,
        SAMPLE_STATUS,
        mouza=("চতরা কাছারী", "Chatra Kachhari"),
        years=(1433, 1435),
    ),
    Mahal(
        "sample-balumahal-teesta-1",
        ("নমুনা বালুমহাল-১ (তিস্তা)", "Sample balumahal 1 (Teesta)"),
        MahalKind.BALUMAHAL,
        Upazila.GANGACHARA,
        LeaseStatus.VACANT,
        SAMPLE_MAHAL,
        area="12.50",
    ),
    Mahal(
        "sample-balumahal-teesta-2",
        ("নমুনা বালুমহাল-২ (তিস্তা)", "Sample balumahal 2 (Teesta)"),
        MahalKind.BALUMAHAL,
        Upazila.KAUNIA,
        LeaseStatus.UNDER_TENDER,
        SAMPLE_MAHAL,
        area="8.00",
        years=(1433, 1433),
    ),
    Mahal(
        "sample-balumahal-ghaghat",
        ("নমুনা বালুমহাল-৩ (ঘাঘট)", "Sample balumahal 3 (Ghaghat)"),
        MahalKind.BALUMAHAL,
        Upazila.RANGPUR_SADAR,
        LeaseStatus.IN_LITIGATION,
        SAMPLE_MAHAL,
        area="5.25",
    ),
    Mahal(
        "sample-pathormahal-1",
        ("নমুনা পাথরমহাল-১", "Sample pathormahal 1"),
        MahalKind.PATHORMAHAL,
        Upazila.TARAGANJ,
        LeaseStatus.VACANT,
        SAMPLE_MAHAL,
        area="3.00",
    ),
    Mahal(
        "sample-pathormahal-2",
        ("নমুনা পাথরমহাল-২", "Sample pathormahal 2"),
        MahalKind.PATHORMAHAL,
        Upazila.BADARGANJ,
        LeaseStatus.UNDER_TENDER,
        SAMPLE_MAHAL,
        area="4.50",
        years=(1433, 1433),
    ),
    Mahal(
        "sample-hat-bazar",
        ("নমুনা হাট-বাজার", "Sample market (hat-bazar)"),
        MahalKind.OTHER,
        Upazila.MITHAPUKUR,
        LeaseStatus.LEASED,
        SAMPLE_MAHAL,
        years=(1433, 1433),
        value="250000",
        lessee=("নমুনা ইজারাদার", "Sample lessee"),
    ),
    Mahal(
        "sample-ferry-ghat",
        ("নমুনা খেয়াঘাট", "Sample ferry ghat"),
        MahalKind.OTHER,
        Upazila.PIRGACHHA,
        LeaseStatus.VACANT,
        SAMPLE_MAHAL,
    ),
]


def _mahals(home: HomePage) -> None:
    t = Strings()
    lease_notice = demo_pdf(
        "জলমহাল ইজারা নীতিমালা: সংক্ষিপ্ত তথ্য",
        "<h1>সরকারি জলমহাল ব্যবস্থাপনা নীতি, ২০০৯: সংক্ষেপে</h1>"
        "<p>২০ একর পর্যন্ত জলমহাল উপজেলা পর্যায়ে, ২০ একরের বেশি জেলা পর্যায়ে ইজারা দেওয়া হয়। সাধারণ মেয়াদ ৩ বাংলা সন; "
        "ইজারা পায় নিবন্ধিত প্রকৃত মৎস্যজীবী সমবায় সমিতি। অনলাইনে আবেদন: jm.lams.gov.bd।</p>"
        "<p>Government Jalmahal Management Policy 2009 in brief: up to 20 acres at upazila level, above 20 acres at "
        "district level; normal term 3 Bangla years; leases go to registered fishermen's cooperatives; apply online at jm.lams.gov.bd.</p>",
    )
    index = add_page(
        home,
        MahalIndexPage,
        "sairat-mahals",
        t,
        title=t("সায়রাত মহাল", "Sairat mahals"),
        intro=t(
            "জেলার জলমহাল, বালুমহাল, পাথরমহাল ও অন্যান্য সায়রাত মহাল এবং তাদের ইজারার অবস্থা।",
            "The district's jalmahals, balumahals, pathormahals and other sairat mahals, with their lease status.",
        ),
        body=[
            paragraph(
                t,
                (
                    "সরকারি জলমহাল ব্যবস্থাপনা নীতি, ২০০৯ অনুযায়ী ২০ একর পর্যন্ত জলমহাল উপজেলা পর্যায়ে এবং ২০ একরের বেশি জলমহাল জেলা পর্যায়ে ইজারা দেওয়া হয়। সাধারণ মেয়াদ ৩ বাংলা সন।",
                    "Under the Government Jalmahal Management Policy 2009, jalmahals of up to 20 acres are leased at upazila level and larger ones at district level, normally for 3 Bangla years.",
                ),
                (
                    "বালুমহাল ও মাটি ব্যবস্থাপনা আইন, ২০১০ অনুযায়ী জেলা প্রশাসক বালুমহাল ঘোষণা ও ইজারা দেন। তালিকার নমুনা চিহ্নিত মহালগুলো কেবল প্রদর্শনীর জন্য।",
                    "Under the Balumahal and Soil Management Act 2010 the Deputy Commissioner declares and leases balumahals. Mahals marked as samples in the list are for demonstration only.",
                ),
            )
        ],
        attachment=lease_notice,
        show_in_menus=True,
    )
    for mahal in MAHALS:
        m = Strings()
        fields = {
            "kind": mahal.kind,
            "upazila": mahal.upazila,
            "status": mahal.status,
            "intro": m(*mahal.note),
            "mouza": m(*mahal.mouza) if mahal.mouza else "",
            "lessee": m(*mahal.lessee) if mahal.lessee else "",
            "area_acres": Decimal(mahal.area) if mahal.area else None,
            "lease_value": Decimal(mahal.value) if mahal.value else None,
        }
        if mahal.years:
            first, last = mahal.years
            # A Bangla year runs from 1 Baishakh (14 April) to 30 Chaitra (13 April): 1432 BS began in 2025.
            fields.update(
                lease_year_from=first,
                lease_year_to=last,
                lease_starts=date(first + 593, 4, 14),
                lease_ends=date(last + 594, 4, 13),
            )
        add_page(index, MahalPage, mahal.slug, m, title=m(*mahal.title), **fields)


# --- Investment -----------------------------------------------------------------------------------

INVESTMENTS = [
    (
        "mango-processing",
        ("হাঁড়িভাঙ্গা আম প্রক্রিয়াজাতকরণ", "Haribhanga mango processing"),
        InvestmentSector.AGRO_PROCESSING,
        Upazila.MITHAPUKUR,
        ("মিঠাপুকুর ও পীরগঞ্জের আমবাগান অঞ্চল", "The mango orchards of Mithapukur and Pirganj"),
        (
            "রংপুরের হাঁড়িভাঙ্গা আম দেশজুড়ে পরিচিত; মৌসুমে উদ্বৃত্ত আম সংরক্ষণ, প্যাকেজিং ও জুস-পাল্প তৈরির সুযোগ আছে।",
            "Rangpur's Haribhanga mango is known across the country; there is room for storing, packing and pulping the seasonal surplus.",
        ),
    ),
    (
        "maize-and-potato",
        ("ভুট্টা ও আলুভিত্তিক শিল্প", "Maize and potato based industry"),
        InvestmentSector.AGRO_PROCESSING,
        Upazila.PIRGACHHA,
        ("তিস্তার চরাঞ্চল", "The Teesta chars"),
        (
            "তিস্তার চরে ব্যাপক ভুট্টা চাষ হয়; পশুখাদ্য, স্টার্চ ও হিমাগার শিল্পের কাঁচামাল সহজলভ্য।",
            "Maize is widely grown on the Teesta chars; raw material for feed mills, starch and cold storage is close at hand.",
        ),
    ),
    (
        "heritage-tourism",
        ("ঐতিহ্য পর্যটন", "Heritage tourism"),
        InvestmentSector.TOURISM,
        Upazila.RANGPUR_SADAR,
        ("তাজহাট, পায়রাবন্দ ও ভিন্নজগত এলাকা", "Around Tajhat, Pairaband and Vinno Jagat"),
        (
            "তাজহাট জমিদার বাড়ি, বেগম রোকেয়ার জন্মস্থান ও ভিন্নজগতকে ঘিরে আবাসন, খাবার ও ভ্রমণসেবার সুযোগ।",
            "Lodging, food and tour services around Tajhat palace, Begum Rokeya's birthplace and Vinno Jagat.",
        ),
    ),
    (
        "beel-fisheries",
        ("বিলভিত্তিক মৎস্য চাষ", "Beel fisheries"),
        InvestmentSector.FISHERIES,
        Upazila.PIRGANJ,
        ("পীরগঞ্জের বিলাঞ্চল", "The beels of Pirganj"),
        (
            "‘বিলের উপজেলা’ পীরগঞ্জে মাছ চাষ, পোনা উৎপাদন ও মৎস্য প্রক্রিয়াজাতকরণের সুযোগ আছে।",
            "Pirganj, the 'upazila of beels', offers fish farming, hatcheries and fish processing.",
        ),
    ),
]


def _investment(home: HomePage) -> None:
    t = Strings()
    index = add_page(
        home,
        InvestmentIndexPage,
        "investment",
        t,
        title=t("বিনিয়োগের সুযোগ", "Investment opportunities"),
        intro=t(
            "রংপুর জেলার কৃষি, পর্যটন ও মৎস্য খাতে বিনিয়োগের সম্ভাবনা।",
            "Openings for investment in Rangpur's agriculture, tourism and fisheries.",
        ),
        show_in_menus=True,
    )
    for slug, title, sector, upazila, location, intro in INVESTMENTS:
        i = Strings()
        add_page(
            index,
            InvestmentPage,
            slug,
            i,
            title=i(*title),
            intro=i(*intro),
            sector=sector,
            upazila=upazila,
            location=i(*location),
            facility=i(
                "জমি ও অবকাঠামো খুঁজতে জেলা প্রশাসন সহায়তা করে; নির্দিষ্ট জমির তথ্য রাজস্ব শাখায় পাওয়া যায়।",
                "The district administration helps investors find land and facilities; the Revenue Branch has details of particular plots.",
            ),
            incentives=i.paragraphs(
                (
                    "সরকারি প্রণোদনার হালনাগাদ তথ্য বাংলাদেশ বিনিয়োগ উন্নয়ন কর্তৃপক্ষ (বিডা) থেকে জানা যায়।",
                    "The Bangladesh Investment Development Authority (BIDA) has current information on government incentives.",
                )
            ),
            contact_name=i(
                "জেলা প্রশাসকের কার্যালয়, রংপুর (সাধারণ শাখা)", "Deputy Commissioner's Office, Rangpur (General Branch)"
            ),
        )


# --- Upazilas -------------------------------------------------------------------------------------

UPAZILAS = [
    # slug, choice, (bn, en), area km², population 2011, portal, (lat, lon), unions [(bn, en)]
    (
        "rangpur-sadar",
        Upazila.RANGPUR_SADAR,
        ("রংপুর সদর", "Rangpur Sadar"),
        "330.33",
        None,
        "https://rangpursadar.rangpur.gov.bd",
        ("25.75360", "89.22940"),
        [
            ("চন্দনপাট", "Chandanpat"),
            ("দর্শানা", "Darshana"),
            ("হরিদেবপুর", "Haridebpur"),
            ("মমিনপুর", "Mominpur"),
            ("পরশুরাম", "Parshuram"),
            ("রাজেন্দ্রপুর", "Rajendrapur"),
            ("সদ্যপুস্করনী", "Sadyapuskarni"),
            ("সাতগারা", "Satgara"),
            ("তামপাট", "Tampat"),
            ("তপোধন", "Topodhan"),
            ("উত্তম", "Uttam"),
        ],
    ),
    (
        "badarganj",
        Upazila.BADARGANJ,
        ("বদরগঞ্জ", "Badarganj"),
        "301.29",
        287746,
        "",
        ("25.66700", "89.05000"),
        [
            ("বিষ্ণপুর", "Bishnupur"),
            ("দামোদরপুর", "Damodarpur"),
            ("গোপালপুর", "Gopalpur"),
            ("গোপীনাথপুর", "Gopinathpur"),
            ("কালুপাড়া", "Kalupara"),
            ("কুতুবপুর", "Kutubpur"),
            ("লোহানীপাড়া", "Lohanipara"),
            ("মধুপুর", "Madhupur"),
            ("রাধানগর", "Radhanagar"),
            ("রামনাথপুর", "Ramnathpur"),
        ],
    ),
    (
        "gangachara",
        Upazila.GANGACHARA,
        ("গংগাচড়া", "Gangachara"),
        "269.14",
        297869,
        "",
        ("25.85330", "89.21890"),
        [
            ("আলমবিদিতর", "Alambiditor"),
            ("বেতগাড়ী", "Betgari"),
            ("বড়বিল", "Borobil"),
            ("গজঘন্টা", "Gojoghonta"),
            ("গংগাচড়া", "Gangachara"),
            ("খলেয়া", "Kholeya"),
            ("কোলকোন্দ", "Kolkondo"),
            ("লক্ষীটারী", "Lakkhitari"),
            ("মর্ণেয়া", "Morneya"),
            ("নোহালী", "Nohali"),
        ],
    ),
    (
        "kaunia",
        Upazila.KAUNIA,
        ("কাউনিয়া", "Kaunia"),
        "147.60",
        227805,
        "",
        ("25.77080", "89.41670"),
        [
            ("বালাপাড়া", "Balapara"),
            ("হারাগাছ", "Haragachh"),
            ("কুর্শা", "Kursha"),
            ("সারাই", "Sarai"),
            ("শহীদবাগ", "Shahidbag"),
            ("টেপামধুপুর", "Tepamadhupur"),
        ],
    ),
    (
        "mithapukur",
        Upazila.MITHAPUKUR,
        ("মিঠাপুকুর", "Mithapukur"),
        "515.62",
        527457,
        "https://mithapukur.rangpur.gov.bd",
        ("25.53750", "89.28670"),
        [
            ("বালারহাট", "Balarhat"),
            ("বালুয়া মাসিমপুর", "Balua Masimpur"),
            ("বড় হযরতপুর", "Bara Hazratpur"),
            ("বড়বালা", "Borobala"),
            ("চেংমারী", "Chengmari"),
            ("দূর্গাপুর", "Durgapur"),
            ("ইমাদপুর", "Imadpur"),
            ("কাফ্রিখাল", "Kafrikhal"),
            ("খোরাগাছ", "Khoragachh"),
            ("লতিবপুর", "Latibpur"),
            ("গোপালপুর", "Gopalpur"),
            ("মিলনপুর", "Milonpur"),
            ("মির্জাপুর", "Mirzapur"),
            ("ময়েনপুর", "Moyenpur"),
            ("পায়রাবন্দ", "Pairaband"),
            ("রাণীপুকুর", "Ranipukur"),
            ("ভাংনী", "Bhangni"),
        ],
    ),
    (
        "pirgachha",
        Upazila.PIRGACHHA,
        ("পীরগাছা", "Pirgachha"),
        "265.32",
        329644,
        "",
        ("25.67000", "89.42000"),
        [
            ("অন্নদানগর", "Annadanagar"),
            ("ইটাকুমারী", "Itakumari"),
            ("কান্দি", "Kandi"),
            ("কৈকুড়ী", "Koikuri"),
            ("কল্যাণী", "Kalyani"),
            ("পারুল", "Parul"),
            ("পীরগাছা", "Pirgachha"),
            ("ছাওলা", "Chhaola"),
            ("তাম্বুলপুর", "Tambulpur"),
        ],
    ),
    (
        "pirganj",
        Upazila.PIRGANJ,
        ("পীরগঞ্জ", "Pirganj"),
        "411.34",
        385499,
        "https://pirgonj.rangpur.gov.bd",
        None,
        [
            ("বড় আলমপুর", "Bara Alampur"),
            ("বড়দরগাহ", "Bara Dargah"),
            ("চতরা", "Chatra"),
            ("চৈত্রকোল", "Chaitrakol"),
            ("কাবিলপুর", "Kabilpur"),
            ("কুমেদপুর", "Kumedpur"),
            ("মিঠিপুর", "Mithipur"),
            ("মদনখালী", "Madankhali"),
            ("পাঁচগাছী", "Panchgachhi"),
            ("পীরগঞ্জ", "Pirganj"),
            ("রামনাথপুর", "Ramnathpur"),
            ("রায়পুর", "Raypur"),
            ("শানেরহাট", "Shanerhat"),
            ("টুকুরিয়া", "Tukuria"),
            ("ভেন্ডাবাড়ী", "Bhendabari"),
        ],
    ),
    (
        "taraganj",
        Upazila.TARAGANJ,
        ("তারাগঞ্জ", "Taraganj"),
        "128.64",
        140823,
        "",
        ("25.81110", "89.01670"),
        [
            ("আলমপুর", "Alampur"),
            ("হাড়িয়ারকুঠি", "Hariarkuthi"),
            ("ইকরচালী", "Ikorchali"),
            ("কুর্শা", "Kursha"),
            ("সয়ার", "Soyar"),
        ],
    ),
]


def _upazilas(home: HomePage) -> None:
    t = Strings()
    index = add_page(
        home,
        UpazilaIndexPage,
        "upazilas",
        t,
        title=t("উপজেলা", "Upazilas"),
        intro=t(
            "রংপুর জেলার ৮টি উপজেলা: আয়তন, জনসংখ্যা, ইউনিয়ন ও উপজেলা নির্বাহী অফিসার।",
            "The 8 upazilas of Rangpur district: area, population, unions and the Upazila Nirbahi Officer.",
        ),
        body=[
            paragraph(
                t,
                (
                    "আয়তন বাংলাপিডিয়া ও উইকিপিডিয়া থেকে এবং জনসংখ্যা ২০১১ সালের জনশুমারি থেকে নেওয়া। ইউনিয়নের তালিকা একটি উন্মুক্ত ডেটাসেট থেকে; ২০১২ সালে কয়েকটি ইউনিয়ন সিটি কর্পোরেশনের অন্তর্ভুক্ত হয়েছে।",
                    "Areas are from Banglapedia and Wikipedia, populations from the 2011 census. Union lists come from an open dataset; several unions joined the City Corporation in 2012.",
                ),
            )
        ],
        show_in_menus=True,
    )
    for slug, choice, name, area, population, portal, position, unions in UPAZILAS:
        u = Strings()
        fields = {
            "upazila": choice,
            "area_km2": Decimal(area),
            "population": population,
            "population_year": 2011 if population else None,
            "portal_url": portal,
            "unions": [("union", u(*union)) for union in unions],
            "intro": u(
                f"{name[0]} উপজেলার প্রশাসন, ইউনিয়ন ও মূল তথ্য।",
                f"Administration, unions and key facts of {name[1]} upazila.",
            ),
        }
        if position:
            fields.update(latitude=Decimal(position[0]), longitude=Decimal(position[1]))
        if choice == Upazila.RANGPUR_SADAR:
            fields["body"] = [
                paragraph(
                    u,
                    (
                        "২০১২ সালে রংপুর সিটি কর্পোরেশন গঠনের সময় সদরের কয়েকটি ইউনিয়নের মৌজা সিটি কর্পোরেশনে যুক্ত হয়; তাই বর্তমান ইউনিয়নের সংখ্যা তালিকার চেয়ে কম হতে পারে।",
                        "When Rangpur City Corporation was formed in 2012, mouzas of several Sadar unions joined it, so the present number of unions may be smaller than this list.",
                    ),
                )
            ]
        add_page(index, UpazilaPage, slug, u, title=u(*name), **fields)


# --- Tourist spots --------------------------------------------------------------------------------

SPOTS = [
    (
        "tajhat-palace",
        ("তাজহাট জমিদার বাড়ি ও রংপুর জাদুঘর", "Tajhat Palace and Rangpur Museum"),
        Upazila.RANGPUR_SADAR,
        ("25.72510", "89.28040"),
        "#8a6d5a",
        (
            "১৮৯৬ সালের ভূমিকম্পে আগের প্রাসাদ ধসে পড়ার পর বিশ শতকের শুরুতে মহারাজা কুমার গোপাল লাল রায় এই দোতলা প্রাসাদ নির্মাণ করেন।",
            "Maharaja Kumar Gopal Lal Roy built this two-storey palace in the early twentieth century, after the earlier palace fell in the 1896 earthquake.",
        ),
        [
            (
                "১৯৮৪ থেকে ১৯৯১ সাল পর্যন্ত এখানে হাইকোর্টের একটি বেঞ্চ বসত। ১৯৯৫ সাল থেকে এটি সংরক্ষিত পুরাকীর্তি এবং ২০০৫ সাল থেকে এর দোতলায় রংপুর জাদুঘর।",
                "A bench of the High Court sat here from 1984 to 1991. It has been a protected monument since 1995, and Rangpur Museum has been on its upper floor since 2005.",
            ),
        ],
        (
            "শহরের তাজহাট-মাহিগঞ্জ এলাকায়; রিকশা বা অটোরিকশায় যাওয়া যায়।",
            "In the Tajhat–Mahiganj area of the city; reach it by rickshaw or auto-rickshaw.",
        ),
        ("শীতকাল (নভেম্বর–ফেব্রুয়ারি)", "Winter (November–February)"),
    ),
    (
        "pairaband-begum-rokeya",
        ("পায়রাবন্দ: বেগম রোকেয়া স্মৃতিকেন্দ্র", "Pairaband: Begum Rokeya Memorial Centre"),
        Upazila.MITHAPUKUR,
        None,
        "#6d5a8a",
        (
            "নারী জাগরণের অগ্রদূত বেগম রোকেয়া সাখাওয়াত হোসেন ১৮৮০ সালের ৯ ডিসেম্বর মিঠাপুকুরের পায়রাবন্দে জন্মগ্রহণ করেন।",
            "Begum Rokeya Sakhawat Hossain, pioneer of women's awakening, was born at Pairaband in Mithapukur on 9 December 1880.",
        ),
        [
            (
                "তাঁর পৈতৃক ভিটার ৩.১৫ একর জমিতে বেগম রোকেয়া স্মৃতিকেন্দ্র গড়ে তোলা হয়েছে। ১৯৯৪ সাল থেকে প্রতি বছর ৯ ডিসেম্বর এখানে সরকারিভাবে রোকেয়া দিবস পালিত হয়।",
                "The Begum Rokeya Memorial Centre stands on 3.15 acres of her family homestead. Rokeya Day has been marked officially here every 9 December since 1994.",
            ),
        ],
        (
            "মিঠাপুকুর উপজেলার পায়রাবন্দ ইউনিয়নে; রংপুর শহর থেকে সড়কপথে।",
            "In Pairaband union of Mithapukur upazila, by road from Rangpur city.",
        ),
        ("ডিসেম্বর (রোকেয়া দিবস)", "December (Rokeya Day)"),
    ),
    (
        "vinno-jagat",
        ("ভিন্নজগত", "Vinno Jagat"),
        Upazila.GANGACHARA,
        None,
        "#3a7a8a",
        (
            "প্রায় ১০০ একর জুড়ে বেসরকারি বিনোদন পার্ক, ২০০১ সালে চালু; এখানে দেশের প্রথম প্ল্যানেটেরিয়াম রয়েছে বলে দাবি করা হয়।",
            "A private amusement park of about 100 acres, opened in 2001; it claims the country's first planetarium.",
        ),
        [("রাইড, লেক ও পিকনিক স্পট রয়েছে।", "It has rides, a lake and picnic spots.")],
        (
            "রংপুর শহর থেকে প্রায় ১১ কিলোমিটার দূরে, রংপুর–সৈয়দপুর মহাসড়কের পাশে গঞ্জিপুরে।",
            "About 11 km from Rangpur city, at Ganjipur beside the Rangpur–Saidpur highway.",
        ),
        ("শীতকাল", "Winter"),
    ),
    (
        "carmichael-college",
        ("কারমাইকেল কলেজ", "Carmichael College"),
        Upazila.RANGPUR_SADAR,
        None,
        "#8a7a3a",
        (
            "১৯১৬ সালের ১০ নভেম্বর প্রতিষ্ঠিত; বাংলার গভর্নর লর্ড কারমাইকেলের নামে নামকরণ।",
            "Founded on 10 November 1916 and named after Lord Carmichael, Governor of Bengal.",
        ),
        [
            (
                "প্রায় ৩০০ একরের ক্যাম্পাসকে প্রায়ই দেশের বৃহত্তম কলেজ ক্যাম্পাস বলা হয়। ১৯৬৩ সালে কলেজটি সরকারি হয়।",
                "Its campus of about 300 acres is often called the country's largest college campus. The college was nationalised in 1963.",
            ),
        ],
        (
            "লালবাগে, শহরের জিরো পয়েন্ট থেকে প্রায় ৪ কিলোমিটার দক্ষিণে।",
            "At Lalbagh, about 4 km south of the city's zero point.",
        ),
        ("সারা বছর", "All year"),
    ),
    (
        "rangpur-zoo",
        ("বিনোদন উদ্যান ও রংপুর চিড়িয়াখানা", "Rangpur Zoo and Recreation Park"),
        Upazila.RANGPUR_SADAR,
        ("25.75560", "89.25150"),
        "#4a8a3a",
        ("১৯৮৯ সালে প্রতিষ্ঠিত, ২১.৫১ একর জুড়ে চিড়িয়াখানা।", "A zoo of 21.51 acres, founded in 1989."),
        [],
        ("হনুমানতলায়, পুলিশ লাইনস সড়কের কাছে।", "At Hanuman Tola, near the Police Lines road."),
        ("শীতকাল", "Winter"),
    ),
    (
        "mithapukur-mosque",
        ("মিঠাপুকুর তিন কাতারের মসজিদ", "Mithapukur three-row mosque"),
        Upazila.MITHAPUKUR,
        ("25.57830", "89.26950"),
        "#7a7a7a",
        (
            "শিলালিপি অনুযায়ী ১২২৬ হিজরিতে (১৮১০-১১ খ্রি.) নির্মিত তিন গম্বুজের মোগল-পরবর্তী মসজিদ।",
            "A late-Mughal, three-domed mosque which its inscription dates to 1226 AH (1810–11 CE).",
        ),
        [("মসজিদটি প্রত্নতত্ত্ব অধিদপ্তরের তালিকাভুক্ত।", "The mosque is listed by the Department of Archaeology.")],
        (
            "উপজেলা সদর থেকে প্রায় আধা কিলোমিটার উত্তর-পশ্চিমে, রংপুর–বগুড়া সড়কের পাশে।",
            "About half a kilometre north-west of the upazila headquarters, on the Rangpur–Bogura road.",
        ),
        ("সারা বছর", "All year"),
    ),
]


def _tourism(home: HomePage) -> None:
    t = Strings()
    index = add_page(
        home,
        TouristSpotIndexPage,
        "tourism",
        t,
        title=t("দর্শনীয় স্থান", "Places to visit"),
        intro=t(
            "রংপুর জেলার ঐতিহাসিক ও বিনোদনের স্থান; উপজেলা অনুযায়ী বাছাই করা যায়।",
            "Historic places and places to enjoy in Rangpur district; filter them by upazila.",
        ),
        show_in_menus=True,
    )
    for slug, title, upazila, position, colour, intro, paragraphs, how, season in SPOTS:
        s = Strings()
        photo = demo_image(f"{title[0]} (প্রতীকী ছবি)", colour=colour)
        second = demo_image(f"{title[0]} (প্রতীকী ছবি ২)", colour=colour, size=(900, 600))
        fields = {
            "upazila": upazila,
            "intro": s(*intro),
            "how_to_get_there": s.paragraphs(how),
            "best_season": s(*season),
            "photo": photo,
            "photo_alt": s(f"{title[0]}: প্রতীকী চিত্র", f"{title[1]}: an illustration"),
            "body": [paragraph(s, *paragraphs)] if paragraphs else [],
            "gallery": [
                (
                    "photo",
                    {
                        "image": second,
                        "alt_text": s(f"{title[0]}: আরেকটি প্রতীকী চিত্র", f"{title[1]}: another illustration"),
                        "caption": s(*title),
                    },
                )
            ],
        }
        if position:
            fields.update(latitude=Decimal(position[0]), longitude=Decimal(position[1]))
        add_page(index, TouristSpotPage, slug, s, title=s(*title), **fields)


# --- Agriculture ----------------------------------------------------------------------------------

# Shares of the district used to make the sample figures: each upazila's area (km²).
UPAZILA_AREAS = {row[1]: Decimal(row[3]) for row in UPAZILAS}
FERTILIZER_PER_KM2 = {Fertilizer.UREA: "9.5", Fertilizer.TSP: "3.2", Fertilizer.MOP: "2.4", Fertilizer.DAP: "3.8"}


def _sample_share(upazila: str, salt: int) -> Decimal:
    """A steady 86–98 % for the sample figures, different per upazila and fertilizer."""
    return Decimal(86 + (len(upazila) * 7 + salt * 5) % 13) / 100


def _agriculture(home: HomePage) -> None:
    t = Strings()
    index = add_page(
        home,
        AgricultureIndexPage,
        "agriculture",
        t,
        title=t("কৃষি", "Agriculture"),
        intro=t(
            "সার বিতরণ ও সরকারি খাদ্যশস্য সংগ্রহের প্রতিবেদন, উপজেলাভিত্তিক সারণি ও চিত্রসহ।",
            "Fertilizer distribution and government food-grain procurement reports, with tables and charts by upazila.",
        ),
        body=[
            paragraph(
                t,
                (
                    "রংপুরে তিন মৌসুমে ধান (আমন, বোরো, আউশ) এবং গম, আলু, ভুট্টা ও পাট চাষ হয়। হাঁড়িভাঙ্গা আম এ জেলার গর্ব।",
                    "Rangpur grows rice in three seasons (aman, boro, aus) as well as wheat, potato, maize and jute. The Haribhanga mango is the district's pride.",
                ),
            )
        ],
        show_in_menus=True,
    )

    f = Strings()
    rows = []
    for salt, (fertilizer, per_km2) in enumerate(FERTILIZER_PER_KM2.items()):
        for upazila, area in UPAZILA_AREAS.items():
            allocated = (area * Decimal(per_km2)).quantize(Decimal("1"))
            distributed = (allocated * _sample_share(upazila, salt)).quantize(Decimal("1"))
            rows.append(
                FertilizerRow(upazila=upazila, fertilizer=fertilizer, allocated=allocated, distributed=distributed)
            )
    fertilizer_pdf = demo_pdf(
        "সার বিতরণ প্রতিবেদন, রবি ২০২৫-২৬ (নমুনা)",
        "<h1>সার বিতরণ প্রতিবেদন, রবি মৌসুম ২০২৫-২৬ (নমুনা)</h1>"
        "<p>কৃষক পর্যায়ে সরকার নির্ধারিত মূল্য (প্রতি কেজি): ইউরিয়া ২৭ টাকা, টিএসপি ২৭ টাকা, ডিএপি ২১ টাকা, এমওপি ২০ টাকা।</p>"
        "<p>Farmer-level prices (Tk per kg): urea 27, TSP 27, DAP 21, MOP 20. Quantities in this demo report are samples.</p>",
    )
    add_page(
        index,
        FertilizerReportPage,
        "fertilizer-rabi-2025-26",
        f,
        title=f("সার বিতরণ প্রতিবেদন: রবি ২০২৫-২৬", "Fertilizer distribution report: Rabi 2025-26"),
        intro=f(
            "উপজেলাভিত্তিক ইউরিয়া, টিএসপি, এমওপি ও ডিএপি সারের বরাদ্দ ও বিতরণ (মেট্রিক টন)।",
            "Allocation and distribution of urea, TSP, MOP and DAP by upazila (tonnes).",
        ),
        season=CropSeason.RABI,
        fiscal_year="2025-26",
        rows=rows,
        attachment=fertilizer_pdf,
        body=[
            paragraph(
                f,
                SAMPLE_NOTE,
                (
                    "২০২৫-২৬ অর্থবছরে কৃষক পর্যায়ে সরকার নির্ধারিত মূল্য প্রতি কেজি: ইউরিয়া ২৭ টাকা, টিএসপি ২৭ টাকা, ডিএপি ২১ টাকা ও এমওপি ২০ টাকা।",
                    "Government farmer-level prices in FY 2025-26, per kg: urea Tk 27, TSP Tk 27, DAP Tk 21 and MOP Tk 20.",
                ),
            )
        ],
    )

    procurements = [
        (
            "boro-2025-paddy",
            ("বোরো ২০২৫: ধান সংগ্রহ", "Boro 2025: paddy procurement"),
            Crop.PADDY,
            CropSeason.BORO,
            "2024-25",
            "36",
            date(2025, 4, 25),
            date(2025, 8, 31),
            "6.0",
        ),
        (
            "aman-2025-26-boiled-rice",
            ("আমন ২০২৫-২৬: সিদ্ধ চাল সংগ্রহ", "Aman 2025-26: boiled rice procurement"),
            Crop.BOILED_RICE,
            CropSeason.AMAN,
            "2025-26",
            "50",
            date(2025, 11, 30),
            None,
            "4.5",
        ),
    ]
    for slug, title, crop, season, year, price, starts, ends, per_km2 in procurements:
        p = Strings()
        rows = []
        for salt, (upazila, area) in enumerate(UPAZILA_AREAS.items()):
            target = (area * Decimal(per_km2)).quantize(Decimal("1"))
            rows.append(
                ProcurementRow(
                    upazila=upazila,
                    target=target,
                    procured=(target * _sample_share(upazila, salt)).quantize(Decimal("1")),
                )
            )
        add_page(
            index,
            ProcurementReportPage,
            slug,
            p,
            title=p(*title),
            intro=p(
                "উপজেলাভিত্তিক সংগ্রহের লক্ষ্যমাত্রা ও অর্জন (মেট্রিক টন), সরকার নির্ধারিত মূল্যে।",
                "Procurement target and achievement by upazila (tonnes), at the government price.",
            ),
            crop=crop,
            season=season,
            fiscal_year=year,
            price_per_kg=Decimal(price),
            starts=starts,
            ends=ends,
            rows=rows,
            body=[paragraph(p, SAMPLE_NOTE)],
        )


# --- Photo gallery and contact page ---------------------------------------------------------------


def _gallery(home: HomePage) -> None:
    t = Strings()
    photos = []
    for title, colour in [(s[1], s[4]) for s in SPOTS]:
        image = demo_image(f"{title[0]} (প্রতীকী ছবি)", colour=colour)
        photos.append(
            (
                "photo",
                {
                    "image": image,
                    "alt_text": t(f"{title[0]}: প্রতীকী চিত্র", f"{title[1]}: an illustration"),
                    "caption": t(*title),
                },
            )
        )
    add_page(
        home,
        GalleryPage,
        "gallery",
        t,
        title=t("ফটো গ্যালারি", "Photo gallery"),
        intro=t("রংপুর জেলার দর্শনীয় স্থানের ছবি।", "Pictures of places to visit in Rangpur district."),
        photos=photos,
        show_in_menus=True,
    )


def _contact(home: HomePage) -> None:
    t = Strings()
    add_page(
        home,
        ContactPage,
        "contact",
        t,
        title=t("যোগাযোগ", "Contact"),
        intro=t(
            "জেলা প্রশাসকের কার্যালয়, রংপুর-এর ঠিকানা ও যোগাযোগের তথ্য।",
            "Address and contacts of the Deputy Commissioner's Office, Rangpur.",
        ),
        address=t("জেলা প্রশাসকের কার্যালয়, রংপুর-৫৪০০", "Deputy Commissioner's Office, Rangpur 5400"),
        office_hours=t("রবি থেকে বৃহস্পতিবার, সকাল ৯টা থেকে বিকেল ৫টা", "Sunday to Thursday, 9 am to 5 pm"),
        contacts=[
            ("person", {"designation": t("জেলা প্রশাসক", "Deputy Commissioner"), "name": "", "phone": "", "email": ""}),
            (
                "person",
                {
                    "designation": t("ফ্রন্ট ডেস্ক ও জেলা ই-সেবা কেন্দ্র", "Front desk and District e-Service Centre"),
                    "name": "",
                    "phone": "",
                    "email": "",
                },
            ),
        ],
        directions=t.paragraphs(
            (
                "মানচিত্রের অবস্থানটি রংপুর শহরের আনুমানিক কেন্দ্র; কার্যালয়ে পৌঁছাতে ফ্রন্ট ডেস্কে যোগাযোগ করুন।",
                "The map position is the approximate centre of Rangpur city; the front desk will guide you to the office.",
            )
        ),
        latitude=Decimal("25.75580"),
        longitude=Decimal("89.24450"),
        show_in_menus=True,
    )
