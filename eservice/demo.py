"""Demo e-service centre: the page in Bengali with its English translation, a citizen charter
of ten DC-office services, the public holidays of 2026 and 2027, and a few applications.

Fees and time limits come from other districts' published charters (seed facts file, section 5):
examples of what a DC office charges, not Rangpur's own rules, as the page's intro says.
The 2026 holidays follow the official list as reported; 2027 has no official list yet, so
those dates are the usual fixed days plus estimates of the lunar ones, marked as expected.
Idempotent: everything is looked up before it is created.
"""

import datetime
from zoneinfo import ZoneInfo

from wagtail.models import Locale

from eservice.models import Application, Channel, EServiceCentrePage, Holiday, Service, Status
from eservice.services import move_application, submit_application
from home.demo.translation import english_locale, translate
from home.models import HomePage

DHAKA = ZoneInfo("Asia/Dhaka")

PAGE_BN = {
    "title": "জেলা ই-সেবা কেন্দ্র",
    "track_help": "নির্ধারিত সময়ে সেবা না পেলে অতিরিক্ত জেলা প্রশাসক (সার্বিক)-এর সাথে যোগাযোগ করুন।",
}
PAGE_EN = {
    "title": "District e-Service Centre",
    "track_help": "If a service is late, contact the Additional Deputy Commissioner (General).",
}
INTRO = [
    (
        "২০১০ সালের ১৪ নভেম্বর চালু হওয়া জেলা ই-সেবা কেন্দ্রে এ কার্যালয়ের সব সেবার আবেদন নেওয়া হয়: কাউন্টারে, ডাকযোগে, এই পোর্টালে, উপজেলা ই-সেবা কাউন্টারে ও ইউনিয়ন ডিজিটাল সেন্টারে।",
        "The District e-Service Centre, opened on 14 November 2010, takes applications for every service of this office: at the counter, by post, on this portal, at upazila e-service counters and at Union Digital Centres.",
    ),
    (
        "প্রতিটি আবেদনের রশিদে একটি ট্র্যাকিং নম্বর ও সেবা পাওয়ার সম্ভাব্য তারিখ থাকে। শুক্র ও শনিবার এবং সরকারি ছুটির দিন কর্মদিবস হিসেবে গণ্য হয় না; বিকেল ৫টার পরে পাওয়া আবেদন পরের কর্মদিবস থেকে গণনা করা হয়।",
        "Every receipt carries a tracking number and the probable delivery date. Fridays, Saturdays and public holidays are not working days; an application received after 5 pm counts from the next working day.",
    ),
    (
        "নিচের ফি ও সময়সীমা অন্যান্য জেলার প্রকাশিত সিটিজেন চার্টার থেকে নেওয়া উদাহরণ; চূড়ান্ত তথ্যের জন্য সংশ্লিষ্ট শাখায় যোগাযোগ করুন।",
        "The fees and time limits below are examples taken from other districts' published citizen charters; ask the branch concerned for the final figures.",
    ),
]

RECORD_ROOM = ("রেকর্ডরুম শাখা", "Record Room")
RECORD_OFFICER = ("ভারপ্রাপ্ত কর্মকর্তা, রেকর্ডরুম শাখা", "Officer in charge, Record Room")
ADC_REVENUE = ("অতিরিক্ত জেলা প্রশাসক (রাজস্ব)", "Additional Deputy Commissioner (Revenue)")
ADC_GENERAL = ("অতিরিক্ত জেলা প্রশাসক (সার্বিক)", "Additional Deputy Commissioner (General)")
APPLICATION_FORM = ("নির্ধারিত ফরমে আবেদন", "Application on the prescribed form")
NID_COPY = ("আবেদনকারীর জাতীয় পরিচয়পত্রের কপি", "Copy of the applicant's national ID card")
COURT_FEE = ("আবেদনে কোর্ট ফি স্ট্যাম্প লাগাতে হবে", "A court-fee stamp on the application")
TREASURY = ("ট্রেজারি চালানের মাধ্যমে সরকারি কোষাগারে জমা", "Paid into the treasury by challan")
FREE = ("কোনো ফি লাগে না", "No fee")
LAND_DOCS = [
    APPLICATION_FORM,
    NID_COPY,
    ("মৌজার নাম, জেএল নম্বর ও খতিয়ান নম্বর", "Mouza name, JL number and khatian number"),
]

# (slug, fee, days, extra fields, name, branch, description, documents, how to pay, officer, escalation)
SERVICES: list[dict] = [
    {
        "slug": "khatian-certified-copy",
        "fee": 20,
        "days": 7,
        "extra": "land_record",
        "name": ("খতিয়ানের সইমোহর নকল (সিএস/এসএ/আরএস/বিএস)", "Certified copy of a khatian (CS/SA/RS/BS)"),
        "branch": RECORD_ROOM,
        "description": (
            "জেলা রেকর্ডরুমে সংরক্ষিত সিএস, এসএ, আরএস ও বিএস খতিয়ানের সইমোহর নকল (পর্চা)।",
            "A certified copy (porcha) of a CS, SA, RS or BS khatian kept in the district record room.",
        ),
        "documents": LAND_DOCS,
        "payment": COURT_FEE,
        "officer": RECORD_OFFICER,
        "escalation": ADC_REVENUE,
    },
    {
        "slug": "khatian-certified-copy-urgent",
        "fee": 40,
        "days": 3,
        "extra": "land_record",
        "name": ("খতিয়ানের সইমোহর নকল (জরুরি)", "Certified copy of a khatian (urgent)"),
        "branch": RECORD_ROOM,
        "description": (
            "জরুরি ভিত্তিতে খতিয়ানের সইমোহর নকল; ফি দ্বিগুণ, সময় কম।",
            "A certified khatian copy on the urgent track: double the fee, less time.",
        ),
        "documents": LAND_DOCS,
        "payment": COURT_FEE,
        "officer": RECORD_OFFICER,
        "escalation": ADC_REVENUE,
    },
    {
        "slug": "mouza-map-certified-copy",
        "fee": 20,
        "days": 7,
        "extra": "land_record",
        "name": ("মৌজা ম্যাপের সইমোহর নকল", "Certified copy of a mouza map"),
        "branch": RECORD_ROOM,
        "description": ("মৌজা ম্যাপের সইমোহর নকল।", "A certified copy of a mouza map."),
        "documents": [APPLICATION_FORM, NID_COPY, ("মৌজার নাম ও জেএল নম্বর", "Mouza name and JL number")],
        "payment": COURT_FEE,
        "officer": RECORD_OFFICER,
        "escalation": ADC_REVENUE,
    },
    {
        "slug": "firearm-licence",
        "fee": 10,
        "days": 60,
        "extra": "",
        "name": ("আগ্নেয়াস্ত্র লাইসেন্স", "Firearm licence"),
        "branch": ("জুডিশিয়াল মুন্সিখানা শাখা", "Judicial Munshikhana"),
        "description": (
            "বন্দুক, পিস্তল বা শটগানের নতুন লাইসেন্স; পুলিশ ও অন্যান্য প্রতিবেদনের পর জেলা ম্যাজিস্ট্রেট সিদ্ধান্ত দেন।",
            "A new licence for a gun, pistol or shotgun; the District Magistrate decides after police and other reports.",
        ),
        "documents": [
            APPLICATION_FORM,
            NID_COPY,
            ("আয়কর রিটার্ন দাখিলের প্রমাণ", "Proof of income-tax returns"),
            ("৩০০ টাকার স্ট্যাম্পে হলফনামা", "An affidavit on Tk 300 stamp paper"),
            ("দুই কপি পাসপোর্ট আকারের ছবি", "Two passport-size photographs"),
        ],
        "payment": COURT_FEE,
        "officer": ("ভারপ্রাপ্ত কর্মকর্তা, জুডিশিয়াল মুন্সিখানা শাখা", "Officer in charge, Judicial Munshikhana"),
        "escalation": ADC_GENERAL,
    },
    {
        "slug": "dealing-licence",
        "fee": 500,
        "days": 60,
        "extra": "",
        "name": ("ডিলিং লাইসেন্স (সিমেন্ট, রড ইত্যাদি)", "Dealing licence (cement, iron rods and the like)"),
        "branch": ("ব্যবসা ও বাণিজ্য শাখা", "Business and Commerce"),
        "description": (
            "সিমেন্ট, রড ও অন্যান্য পণ্যের ডিলিং লাইসেন্স; ফি সরকার নির্ধারিত, পণ্যভেদে ভিন্ন (উদাহরণ: সিমেন্ট)।",
            "A dealing licence for cement, iron rods and other goods; the fee is set by government and differs by product (example: cement).",
        ),
        "documents": [
            APPLICATION_FORM,
            NID_COPY,
            ("হালনাগাদ ট্রেড লাইসেন্স", "An up-to-date trade licence"),
            ("টিআইএন সনদ", "TIN certificate"),
            ("দোকান বা গুদামের মালিকানা বা ভাড়ার চুক্তি", "Ownership or rent agreement of the shop or store"),
        ],
        "payment": TREASURY,
        "officer": ("ভারপ্রাপ্ত কর্মকর্তা, ব্যবসা ও বাণিজ্য শাখা", "Officer in charge, Business and Commerce"),
        "escalation": ADC_GENERAL,
    },
    {
        "slug": "brick-kiln-licence",
        "fee": 500,
        "days": 60,
        "extra": "",
        "name": ("ইটভাটার লাইসেন্স", "Brick-kiln licence"),
        "branch": ("ব্যবসা ও বাণিজ্য শাখা", "Business and Commerce"),
        "description": (
            "ইটভাটা স্থাপনের লাইসেন্স; লাইসেন্স ফির সাথে ৩০,০০০ টাকা অগ্রিম আয়কর দিতে হয়।",
            "A licence to run a brick kiln; Tk 30,000 advance income tax is paid with the licence fee.",
        ),
        "documents": [
            APPLICATION_FORM,
            NID_COPY,
            ("পরিবেশ অধিদপ্তরের ছাড়পত্র", "Clearance from the Department of Environment"),
            ("জমির মালিকানা বা লিজের কাগজ", "Papers of land ownership or lease"),
            ("৩০,০০০ টাকা অগ্রিম আয়করের চালান", "Challan for Tk 30,000 advance income tax"),
        ],
        "payment": TREASURY,
        "officer": ("ভারপ্রাপ্ত কর্মকর্তা, ব্যবসা ও বাণিজ্য শাখা", "Officer in charge, Business and Commerce"),
        "escalation": ADC_GENERAL,
    },
    {
        "slug": "acid-licence",
        "fee": 3000,
        "days": 60,
        "extra": "",
        "name": ("এসিড লাইসেন্স (বিক্রয়, পরিবহন, ব্যবহার)", "Acid licence (sale, carriage, use)"),
        "branch": ("সাধারণ শাখা", "General branch"),
        "description": (
            "সাধারণ ব্যবহারের জন্য এসিড লাইসেন্স; বাণিজ্যিক লাইসেন্সের ফি আলাদা, নবায়ন ফি লাইসেন্স ফির ৫%।",
            "An acid licence for general use; commercial licences cost more, and renewal is 5% of the licence fee.",
        ),
        "documents": [
            APPLICATION_FORM,
            NID_COPY,
            ("হালনাগাদ ট্রেড লাইসেন্স", "An up-to-date trade licence"),
            ("এসিড সংরক্ষণের স্থানের বিবরণ", "A description of where the acid is stored"),
        ],
        "payment": TREASURY,
        "officer": ("ভারপ্রাপ্ত কর্মকর্তা, সাধারণ শাখা", "Officer in charge, General branch"),
        "escalation": ADC_GENERAL,
    },
    {
        "slug": "fertilizer-receipt-countersignature",
        "fee": 0,
        "days": 7,
        "extra": "",
        "name": ("ভর্তুকি সারের বিক্রয় রশিদে প্রতিস্বাক্ষর", "Countersignature on subsidised-fertilizer sale receipts"),
        "branch": ("সাধারণ শাখা", "General branch"),
        "description": (
            "সার ডিলারদের ভর্তুকি মূল্যের সার বিক্রির রশিদে প্রতিস্বাক্ষর।",
            "Countersignature on fertilizer dealers' receipts for fertilizer sold at the subsidised price.",
        ),
        "documents": [APPLICATION_FORM, ("বিক্রয় রশিদ ও বিক্রয় রেজিস্টার", "Sale receipts and the sales register")],
        "payment": FREE,
        "officer": ("ভারপ্রাপ্ত কর্মকর্তা, সাধারণ শাখা", "Officer in charge, General branch"),
        "escalation": ADC_GENERAL,
    },
    {
        "slug": "ngo-registration-report",
        "fee": 0,
        "days": 40,
        "extra": "",
        "name": ("এনজিও নিবন্ধন প্রতিবেদন", "NGO registration report"),
        "branch": ("সাধারণ শাখা", "General branch"),
        "description": (
            "এনজিও বিষয়ক ব্যুরোতে নিবন্ধনের জন্য জেলা প্রশাসনের তদন্ত প্রতিবেদন।",
            "The district administration's inquiry report for registration with the NGO Affairs Bureau.",
        ),
        "documents": [
            APPLICATION_FORM,
            ("সংস্থার গঠনতন্ত্র", "The organisation's constitution"),
            ("কার্যনির্বাহী কমিটির তালিকা ও পরিচয়পত্রের কপি", "The executive committee list with copies of ID cards"),
        ],
        "payment": FREE,
        "officer": ("ভারপ্রাপ্ত কর্মকর্তা, সাধারণ শাখা", "Officer in charge, General branch"),
        "escalation": ADC_GENERAL,
    },
    {
        "slug": "mill-licence-forwarding",
        "fee": 0,
        "days": 7,
        "extra": "",
        "name": ("স-মিল / রাইস মিল লাইসেন্সের আবেদন অগ্রায়ন", "Forwarding a saw-mill or rice-mill licence application"),
        "branch": ("সাধারণ শাখা", "General branch"),
        "description": (
            "প্রতিবেদন পাওয়ার পর স-মিল বা রাইস মিল লাইসেন্সের আবেদন সংশ্লিষ্ট দপ্তরে পাঠানো।",
            "After the reports arrive, the saw-mill or rice-mill licence application is sent on to the office concerned.",
        ),
        "documents": [APPLICATION_FORM, NID_COPY, ("হালনাগাদ ট্রেড লাইসেন্স", "An up-to-date trade licence")],
        "payment": FREE,
        "officer": ("ভারপ্রাপ্ত কর্মকর্তা, সাধারণ শাখা", "Officer in charge, General branch"),
        "escalation": ADC_GENERAL,
    },
]

EXPECTED_BN = " (সম্ভাব্য)"
EXPECTED_EN = " (expected)"
# (date, Bengali, English, estimated?) — 2026 from the official list as reported; 2027 fixed days
# plus lunar dates worked out from the moon, to be replaced by the official list.
HOLIDAYS: list[tuple[str, str, str, bool]] = [
    ("2026-02-04", "শবে বরাত", "Shab-e-Barat", False),
    ("2026-02-21", "শহীদ দিবস ও আন্তর্জাতিক মাতৃভাষা দিবস", "Shaheed Day and International Mother Language Day", False),
    ("2026-03-17", "শবে কদর", "Shab-e-Qadr", False),
    *[(f"2026-03-{day}", "ঈদুল ফিতর", "Eid-ul-Fitr", False) for day in range(19, 24)],
    ("2026-03-26", "স্বাধীনতা ও জাতীয় দিবস", "Independence and National Day", False),
    ("2026-04-13", "চৈত্র সংক্রান্তি", "Chaitra Sankranti", False),
    ("2026-04-14", "পহেলা বৈশাখ", "Pahela Baishakh (Bangla New Year)", False),
    ("2026-05-01", "মে দিবস ও বুদ্ধ পূর্ণিমা", "May Day and Buddha Purnima", False),
    *[(f"2026-05-{day}", "ঈদুল আজহা", "Eid-ul-Azha", False) for day in range(26, 32)],
    ("2026-06-26", "আশুরা", "Ashura", False),
    ("2026-08-05", "জুলাই গণঅভ্যুত্থান দিবস", "July Mass Uprising Day", False),
    ("2026-08-26", "ঈদে মিলাদুন্নবী (সা.)", "Eid-e-Miladunnabi", False),
    ("2026-09-04", "শুভ জন্মাষ্টমী", "Janmashtami", False),
    ("2026-10-20", "দুর্গাপূজা", "Durga Puja", False),
    ("2026-10-21", "বিজয়া দশমী", "Bijoya Dashami", False),
    ("2026-12-16", "বিজয় দিবস", "Victory Day", False),
    ("2026-12-25", "বড়দিন", "Christmas", False),
    ("2027-01-24", "শবে বরাত", "Shab-e-Barat", True),
    ("2027-02-21", "শহীদ দিবস ও আন্তর্জাতিক মাতৃভাষা দিবস", "Shaheed Day and International Mother Language Day", False),
    ("2027-03-07", "শবে কদর", "Shab-e-Qadr", True),
    *[(f"2027-03-{day:02d}", "ঈদুল ফিতর", "Eid-ul-Fitr", True) for day in range(9, 12)],
    ("2027-03-26", "স্বাধীনতা ও জাতীয় দিবস", "Independence and National Day", False),
    ("2027-04-14", "পহেলা বৈশাখ", "Pahela Baishakh (Bangla New Year)", False),
    ("2027-05-01", "মে দিবস", "May Day", False),
    *[(f"2027-05-{day}", "ঈদুল আজহা", "Eid-ul-Azha", True) for day in range(16, 19)],
    ("2027-05-20", "বুদ্ধ পূর্ণিমা", "Buddha Purnima", True),
    ("2027-06-16", "আশুরা", "Ashura", True),
    ("2027-08-16", "ঈদে মিলাদুন্নবী (সা.)", "Eid-e-Miladunnabi", True),
    ("2027-08-25", "শুভ জন্মাষ্টমী", "Janmashtami", True),
    ("2027-10-10", "বিজয়া দশমী", "Bijoya Dashami", True),
    ("2027-12-16", "বিজয় দিবস", "Victory Day", False),
    ("2027-12-25", "বড়দিন", "Christmas", False),
]

# Invented applicants with obviously made-up mobiles (0170000000x) and NIDs.
APPLICATIONS: list[dict] = [
    {
        "service": "khatian-certified-copy",
        "channel": Channel.PORTAL,
        "received": "2026-11-22 11:20",
        "moves": [(Status.IN_PROCESS, "রেকর্ডরুম শাখা", ""), (Status.READY, "", "")],
        "data": {
            "applicant_name": "মোছাঃ রহিমা বেগম",
            "guardian_name": "মোঃ করিম উদ্দিন",
            "mobile": "01700000001",
            "nid": "1000000001",
            "address": "গ্রাম: পায়রাবন্দ, মিঠাপুকুর, রংপুর",
            "upazila": "mithapukur",
            "mouza": "পায়রাবন্দ",
            "jl_no": "45",
            "khatian_no": "123",
            "survey": "RS",
            "dag_nos": "567, 568",
        },
    },
    {
        "service": "khatian-certified-copy-urgent",
        "channel": Channel.PORTAL,
        "received": "2026-11-24 15:05",
        "moves": [(Status.IN_PROCESS, "রেকর্ডরুম শাখা", "")],
        "data": {
            "applicant_name": "মোঃ আব্দুল হাকিম",
            "guardian_name": "মৃত আব্দুর রশিদ",
            "mobile": "01700000002",
            "nid": "1000000002",
            "address": "তাজহাট, রংপুর সদর, রংপুর",
            "upazila": "rangpur-sadar",
            "mouza": "তাজহাট",
            "jl_no": "12",
            "khatian_no": "88",
            "survey": "BS",
            "dag_nos": "1021",
        },
    },
    {
        "service": "ngo-registration-report",
        "channel": Channel.PORTAL,
        "received": "2026-11-25 18:30",
        "moves": [(Status.NEEDS_INFO, "", "সংস্থার গঠনতন্ত্রের সত্যায়িত কপি জমা দিন।")],
        "data": {
            "applicant_name": "শাহানা পারভীন",
            "guardian_name": "মোঃ মিজানুর রহমান",
            "mobile": "01700000003",
            "nid": "1000000003",
            "address": "কাউনিয়া, রংপুর",
        },
    },
]


def load(home: HomePage) -> EServiceCentrePage:
    bengali = home.locale
    page = EServiceCentrePage.objects.filter(locale=bengali).first() or _create_page(home)
    if page.get_translation_or_none(english_locale()) is None:
        translate(page, {**dict(zip(PAGE_BN.values(), PAGE_EN.values(), strict=True)), **dict(INTRO)})
    for order, item in enumerate(SERVICES, start=1):
        _service(item, order, bengali)
    for day, name_bn, name_en, estimated in HOLIDAYS:
        Holiday.objects.get_or_create(
            date=datetime.date.fromisoformat(day),
            defaults={
                "name_bn": name_bn + (EXPECTED_BN if estimated else ""),
                "name_en": name_en + (EXPECTED_EN if estimated else ""),
            },
        )
    _applications(bengali)
    return page


def _create_page(home: HomePage) -> EServiceCentrePage:
    page = EServiceCentrePage(
        slug="eservice",
        locale=home.locale,
        show_in_menus=True,
        intro="".join(f"<p>{bengali}</p>" for bengali, _english in INTRO),
        **PAGE_BN,
    )
    home.add_child(instance=page)
    page.save_revision().publish()
    return page


def _lines(pairs: list[tuple[str, str]]) -> tuple[str, str]:
    """Bengali lines for the text field, and the segment wagtail-localize makes of them (lines joined by <br/>)."""
    return "\n".join(bn for bn, _en in pairs), "<br/>".join(bn for bn, _en in pairs)


def _service(item: dict, order: int, bengali: Locale) -> Service:
    service = Service.objects.filter(locale=bengali, slug=item["slug"]).first()
    documents, documents_segment = _lines(item["documents"])
    if service is None:
        service = Service.objects.create(
            locale=bengali,
            slug=item["slug"],
            name=item["name"][0],
            branch=item["branch"][0],
            description=item["description"][0],
            required_documents=documents,
            fee=item["fee"],
            fee_payment=item["payment"][0],
            time_limit_days=item["days"],
            officer_designation=item["officer"][0],
            escalation_designation=item["escalation"][0],
            extra_fields=item["extra"],
            order=order,
        )
    if service.get_translation_or_none(english_locale()) is None:
        strings = dict(item[key] for key in ("name", "branch", "description", "payment", "officer", "escalation"))
        strings[documents_segment] = "<br/>".join(en for _bn, en in item["documents"])
        translate(service, strings)
    return service


def _applications(bengali: Locale) -> None:
    for item in APPLICATIONS:
        if Application.objects.filter(mobile=item["data"]["mobile"]).exists():
            continue
        service = Service.objects.get(locale=bengali, slug=item["service"])
        received = datetime.datetime.strptime(item["received"], "%Y-%m-%d %H:%M").replace(tzinfo=DHAKA)
        application = submit_application(
            service=service, data=item["data"], channel=item["channel"], received_at=received
        )
        for to_status, forwarded_to, note in item["moves"]:
            move_application(application, to_status, None, note=note, forwarded_to=forwarded_to, check_permission=False)
