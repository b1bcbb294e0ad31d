"""Demo notices: the notice board in both languages and notices of every category.

Written in our own words. Facts come from the seed facts file (confirmed ones only): the
e-service centre and front desk dates, the 2026 holidays, government procurement and
fertilizer prices, the jalmahal policy and the balumahal act. Tenders, recruitments and
programmes are examples of the kind of notice the office publishes, not real ones.
Idempotent: notices are found by their Bengali title before anything is created.
"""

import datetime
from zoneinfo import ZoneInfo

from wagtail.models import Locale

from home.demo.media import demo_image, demo_pdf
from home.demo.translation import english_locale, translate
from home.models import HomePage
from notices.models import Notice, NoticeCategory, NoticeIndexPage

DHAKA = ZoneInfo("Asia/Dhaka")

BOARD_BN = {"title": "নোটিশ বোর্ড", "intro": "জেলা প্রশাসকের কার্যালয়, রংপুর-এর বিজ্ঞপ্তি, দরপত্র, ইজারা, পরিপত্র, নিয়োগ ও সংবাদ।"}
BOARD_EN = {
    "title": "Notice board",
    "intro": "Notices, tenders, leases, circulars, recruitment and news of the Deputy Commissioner's Office, Rangpur.",
}


def _at(text: str) -> datetime.datetime:
    """'2026-11-20' or '2026-11-20 14:00' as a moment in Asia/Dhaka."""
    fmt = "%Y-%m-%d %H:%M" if " " in text else "%Y-%m-%d"
    moment = datetime.datetime.strptime(text, fmt)
    if " " not in text:
        moment = moment.replace(hour=10)
    return moment.replace(tzinfo=DHAKA)


# Each notice: category, dates, Bengali and English title and paragraphs, an optional photo
# (title, colour, Bengali and English description) and the labels of its PDF files.
NOTICES: list[dict] = [
    {
        "category": NoticeCategory.LEASE,
        "published": "2026-11-18",
        "expires": "2027-01-31 17:00",
        "title": (
            "১৪৩৪ বঙ্গাব্দ থেকে তিন বছরের জন্য বদ্ধ জলমহাল ইজারার আবেদন",
            "Applications to lease closed jalmahals for three years from 1434 BS",
        ),
        "body": [
            (
                "সরকারি জলমহাল ব্যবস্থাপনা নীতি, ২০০৯ অনুযায়ী জেলার ইজারাযোগ্য বদ্ধ জলমহাল ১ বৈশাখ ১৪৩৪ থেকে ৩০ চৈত্র ১৪৩৬ বঙ্গাব্দ পর্যন্ত তিন বছরের জন্য ইজারা দেওয়া হবে।",
                "Under the Government Jalmahal Management Policy 2009, the district's closed jalmahals open for lease will be leased for three years, from 1 Baishakh 1434 to 30 Chaitra 1436 BS.",
            ),
            (
                "শুধু নিবন্ধিত প্রকৃত মৎস্যজীবী সমবায় সমিতি আবেদন করতে পারবে। আবেদন করতে হবে অনলাইনে jm.lams.gov.bd ঠিকানায়। জলমহালের তালিকা ও শর্তাবলি সংযুক্তিতে দেওয়া হলো।",
                "Only registered, genuine fishermen's cooperative societies may apply. Applications are made online at jm.lams.gov.bd. The list of jalmahals and the terms are attached.",
            ),
        ],
        "photo": (
            "জলমহালের প্রতীকী ছবি",
            "#2f6f8f",
            "একটি বিলের প্রতীকী ছবি: পানি, তীরে সবুজ মাঠ",
            "An illustration of a beel: water and green fields on its banks",
        ),
        "files": ["জলমহালের তালিকা", "ইজারার শর্তাবলি"],
    },
    {
        "category": NoticeCategory.LEASE,
        "published": "2026-03-02",
        "expires": "2026-04-13 17:00",
        "title": (
            "ইজারাবিহীন বদ্ধ জলমহালে খাস আদায়ের জন্য সিলমোহরকৃত দরপত্র",
            "Sealed bids for direct collection from unleased closed jalmahals",
        ),
        "body": [
            (
                "২০ একর পর্যন্ত আয়তনের যেসব বদ্ধ জলমহাল ইজারা দেওয়া যায়নি, নীতিমালার ১৬ অনুচ্ছেদ অনুযায়ী ৩০ চৈত্র পর্যন্ত খাস আদায়ের মাধ্যমে পরিচালনার জন্য সিলমোহরকৃত দরপত্র আহ্বান করা হয়েছিল।",
                "Sealed bids were invited to run the closed jalmahals of up to 20 acres that could not be leased, by direct government collection until 30 Chaitra, under paragraph 16 of the policy.",
            ),
        ],
        "files": ["খাস আদায়ের দরপত্র বিজ্ঞপ্তি"],
    },
    {
        "category": NoticeCategory.LEASE,
        "published": "2026-11-10",
        "expires": "2026-12-24 14:00",
        "title": ("১৪৩৩ বঙ্গাব্দের হাট-বাজার ইজারা বিজ্ঞপ্তি", "Lease notice for markets (hat-bazar) for 1433 BS"),
        "body": [
            (
                "জেলার সরকারি হাট-বাজার বাংলা ১৪৩৩ সনের জন্য ইজারা দেওয়া হবে। আগ্রহী ব্যক্তিদের নির্ধারিত ফরমে দরপত্র দাখিল করতে হবে।",
                "The district's government markets will be leased for the Bengali year 1433. Those interested must submit bids on the prescribed form.",
            ),
            (
                "হাট-বাজারের তালিকা, সরকারি মূল্য ও দরপত্র জমার শেষ সময় সংযুক্ত তফসিলে দেওয়া হলো।",
                "The list of markets, their government value and the closing time for bids are in the attached schedule.",
            ),
        ],
        "files": ["হাট-বাজারের তফসিল", "দরপত্র ফরম"],
    },
    {
        "category": NoticeCategory.TENDER,
        "published": "2026-11-22",
        "expires": "2026-12-10 12:00",
        "title": (
            "জেলা ই-সেবা কেন্দ্রের জন্য কম্পিউটার ও প্রিন্টার ক্রয়ের দরপত্র",
            "Tender for computers and printers for the District e-Service Centre",
        ),
        "body": [
            (
                "জেলা ই-সেবা কেন্দ্রের কাউন্টারের জন্য ডেস্কটপ কম্পিউটার, লেজার প্রিন্টার ও স্ক্যানার সরবরাহে যোগ্য প্রতিষ্ঠানের কাছ থেকে দরপত্র আহ্বান করা হচ্ছে।",
                "Bids are invited from qualified firms to supply desktop computers, laser printers and scanners for the counters of the District e-Service Centre.",
            ),
            (
                "কারিগরি বিবরণ ও শর্তাবলি সংযুক্ত দরপত্র দলিলে আছে।",
                "The technical specification and the conditions are in the attached tender document.",
            ),
        ],
        "photo": (
            "ই-সেবা কেন্দ্রের কাউন্টার",
            "#006a4e",
            "ই-সেবা কেন্দ্রের কাউন্টারের প্রতীকী ছবি",
            "An illustration of the e-service centre's counter",
        ),
        "files": ["দরপত্র দলিল", "কারিগরি বিবরণ"],
    },
    {
        "category": NoticeCategory.TENDER,
        "published": "2026-11-05",
        "expires": "2026-12-03 12:00",
        "title": ("রেকর্ডরুমের ছাদ মেরামতের দরপত্র", "Tender to repair the record room's roof"),
        "body": [
            (
                "জেলা রেকর্ডরুমের ছাদ ও পানি নিষ্কাশন ব্যবস্থা মেরামতের জন্য অভিজ্ঞ ঠিকাদারদের কাছ থেকে দরপত্র আহ্বান করা হচ্ছে।",
                "Bids are invited from experienced contractors to repair the roof and drainage of the district record room.",
            ),
        ],
        "files": ["কাজের বিবরণ ও পরিমাণ"],
    },
    {
        "category": NoticeCategory.TENDER,
        "published": "2026-10-28",
        "expires": "2026-12-15 12:00",
        "title": ("দাপ্তরিক স্টেশনারি সরবরাহের দরপত্র", "Tender for the supply of office stationery"),
        "body": [
            (
                "২০২৬-২৭ অর্থবছরে কার্যালয়ের কাগজ, খাতা, ফাইল কভার ও অন্যান্য স্টেশনারি সরবরাহের জন্য দরপত্র আহ্বান করা হচ্ছে।",
                "Bids are invited for the supply of paper, registers, file covers and other stationery to the office for the financial year 2026-27.",
            ),
        ],
        "files": ["স্টেশনারির তালিকা"],
    },
    {
        "category": NoticeCategory.TENDER,
        "published": "2026-06-15",
        "expires": "2026-07-05 12:00",
        "title": ("সরকারি যানবাহন মেরামত ও রক্ষণাবেক্ষণের দরপত্র", "Tender for repair and maintenance of government vehicles"),
        "body": [
            (
                "কার্যালয়ের গাড়ি মেরামত ও নিয়মিত রক্ষণাবেক্ষণের জন্য ওয়ার্কশপের কাছ থেকে দরপত্র আহ্বান করা হয়েছিল। দরপত্রের সময়সীমা শেষ হয়েছে।",
                "Bids were invited from workshops to repair and service the office's vehicles. The bidding period has ended.",
            ),
        ],
    },
    {
        "category": NoticeCategory.NEWS,
        "published": "2026-11-14",
        "expires": None,
        "title": ("জেলা ই-সেবা কেন্দ্রের ষোলো বছর", "Sixteen years of the District e-Service Centre"),
        "body": [
            (
                "২০১০ সালের ১৪ নভেম্বর চালু হওয়া জেলা ই-সেবা কেন্দ্র ষোলো বছর পূর্ণ করল। এখন কাউন্টার, ডাক, জেলা তথ্য বাতায়ন, উপজেলা ই-সেবা কাউন্টার ও ইউনিয়ন ডিজিটাল সেন্টার থেকে আবেদন করা যায়।",
                "The District e-Service Centre, opened on 14 November 2010, has completed sixteen years. Applications can now be made at the counter, by post, on the district portal, at an upazila e-service counter or at a Union Digital Centre.",
            ),
            (
                "প্রতিটি আবেদনের সঙ্গে একটি রশিদ দেওয়া হয়, যাতে সেবা পাওয়ার সম্ভাব্য তারিখ লেখা থাকে।",
                "Every application gets a receipt showing the probable date of delivery.",
            ),
        ],
        "photo": (
            "জেলা ই-সেবা কেন্দ্র",
            "#1f5f4a",
            "জেলা ই-সেবা কেন্দ্রের প্রতীকী ছবি",
            "An illustration of the District e-Service Centre",
        ),
    },
    {
        "category": NoticeCategory.NEWS,
        "published": "2026-05-14",
        "expires": None,
        "title": ("ফ্রন্ট ডেস্কের দশ বছর", "Ten years of the front desk"),
        "body": [
            (
                "২০১৬ সালের ১৪ মে চালু হওয়া ফ্রন্ট ডেস্ক এ কার্যালয়ে আসা সেবাপ্রত্যাশীদের পথ দেখায় ও দাপ্তরিক সহায়তা দেয়।",
                "The front desk, opened on 14 May 2016, guides visitors to the office and helps them with official matters.",
            ),
        ],
    },
    {
        "category": NoticeCategory.NEWS,
        "published": "2026-11-25",
        "expires": "2026-12-10 18:00",
        "title": ("পায়রাবন্দে বেগম রোকেয়া দিবস উদযাপন", "Begum Rokeya Day at Pairaband"),
        "body": [
            (
                "মিঠাপুকুর উপজেলার পায়রাবন্দে বেগম রোকেয়া স্মৃতিকেন্দ্রে ৯ ডিসেম্বর বেগম রোকেয়া দিবস উদযাপিত হবে। তিনি ১৮৮০ সালের ৯ ডিসেম্বর এখানে জন্মগ্রহণ করেন।",
                "Begum Rokeya Day will be observed on 9 December at the Begum Rokeya Memorial Centre in Pairaband, Mithapukur upazila. She was born here on 9 December 1880.",
            ),
            (
                "আলোচনা সভা ও সাংস্কৃতিক অনুষ্ঠানের সূচি সংযুক্ত করা হলো।",
                "The programme of the discussion and the cultural event is attached.",
            ),
        ],
        "photo": ("পায়রাবন্দ, বেগম রোকেয়া স্মৃতিকেন্দ্র", "#7a4e8f", "পায়রাবন্দের প্রতীকী ছবি", "An illustration of Pairaband"),
        "files": ["অনুষ্ঠানসূচি"],
    },
    {
        "category": NoticeCategory.NEWS,
        "published": "2026-11-08",
        "expires": None,
        "title": ("কারমাইকেল কলেজের ১১০তম প্রতিষ্ঠাবার্ষিকী", "Carmichael College turns 110"),
        "body": [
            (
                "১৯১৬ সালের ১০ নভেম্বর প্রতিষ্ঠিত কারমাইকেল কলেজ ১১০ বছরে পা দিল। বাংলার তৎকালীন গভর্নর লর্ড কারমাইকেলের নামে কলেজটির নামকরণ করা হয়।",
                "Carmichael College, founded on 10 November 1916, has turned 110. It is named after Lord Carmichael, then Governor of Bengal.",
            ),
        ],
        "photo": ("কারমাইকেল কলেজ", "#8f5f2f", "কারমাইকেল কলেজের প্রতীকী ছবি", "An illustration of Carmichael College"),
    },
    {
        "category": NoticeCategory.NEWS,
        "published": "2026-11-23",
        "expires": "2026-12-17 18:00",
        "title": ("মহান বিজয় দিবস উদযাপনের কর্মসূচি", "Programme for Victory Day"),
        "body": [
            (
                "১৬ ডিসেম্বর মহান বিজয় দিবস উপলক্ষে জেলা প্রশাসন পুষ্পস্তবক অর্পণ, কুচকাওয়াজ ও আলোচনা সভার আয়োজন করবে।",
                "For Victory Day on 16 December, the district administration will hold a wreath-laying, a parade and a discussion.",
            ),
        ],
        "files": ["বিজয় দিবসের কর্মসূচি"],
    },
    {
        "category": NoticeCategory.NEWS,
        "published": "2026-02-15",
        "expires": "2026-02-22 18:00",
        "title": (
            "শহীদ দিবস ও আন্তর্জাতিক মাতৃভাষা দিবসের কর্মসূচি",
            "Programme for Shaheed Day and International Mother Language Day",
        ),
        "body": [
            (
                "২১ ফেব্রুয়ারি শহীদ দিবস ও আন্তর্জাতিক মাতৃভাষা দিবস উপলক্ষে প্রভাতফেরি ও কেন্দ্রীয় শহীদ মিনারে পুষ্পস্তবক অর্পণ করা হয়।",
                "For Shaheed Day and International Mother Language Day on 21 February, a dawn procession was held and wreaths were laid at the central Shaheed Minar.",
            ),
        ],
    },
    {
        "category": NoticeCategory.CIRCULAR,
        "published": "2025-11-12",
        "expires": "2026-12-31 23:59",
        "title": ("২০২৬ সালের সরকারি ছুটির তালিকা", "Public holidays in 2026"),
        "body": [
            (
                "সরকার ২০২৬ সালের জন্য ১৪ দিন সাধারণ ছুটি ও ১৪ দিন নির্বাহী আদেশে ছুটি ঘোষণা করেছে। সাপ্তাহিক ছুটি শুক্রবার ও শনিবার।",
                "The government has declared 14 general holidays and 14 holidays by executive order for 2026. The weekly holidays are Friday and Saturday.",
            ),
            (
                "নির্দিষ্ট তারিখের সাধারণ ছুটির মধ্যে আছে ২১ ফেব্রুয়ারি, ২৬ মার্চ, ১ মে, ১৬ ডিসেম্বর ও ২৫ ডিসেম্বর। চাঁদ দেখার ওপর নির্ভরশীল ছুটির তারিখ বদলাতে পারে।",
                "Fixed-date general holidays include 21 February, 26 March, 1 May, 16 December and 25 December. Holidays that depend on the moon may move.",
            ),
        ],
        "files": ["ছুটির তালিকা ২০২৬"],
    },
    {
        "category": NoticeCategory.CIRCULAR,
        "published": "2025-11-30",
        "expires": "2026-02-28 17:00",
        "title": (
            "আমন ২০২৫-২৬ মৌসুমে সরকারি ধান-চাল সংগ্রহ মূল্য",
            "Government procurement prices for the Aman 2025-26 season",
        ),
        "body": [
            (
                "২০২৫ সালের ৩০ নভেম্বর থেকে আমন মৌসুমে সরকারিভাবে ধান প্রতি কেজি ৩৪ টাকা, সিদ্ধ চাল ৫০ টাকা ও আতপ চাল ৪৯ টাকা দরে সংগ্রহ করা হবে।",
                "From 30 November 2025, the government will buy aman paddy at Tk 34 a kilogram, boiled rice at Tk 50 and atap rice at Tk 49.",
            ),
        ],
        "files": ["সংগ্রহ নির্দেশিকা আমন ২০২৫-২৬"],
    },
    {
        "category": NoticeCategory.CIRCULAR,
        "published": "2025-04-20",
        "expires": "2025-08-31 17:00",
        "title": ("বোরো ২০২৫ মৌসুমে সরকারি ধান-চাল সংগ্রহ", "Government procurement for the Boro 2025 season"),
        "body": [
            (
                "২৫ এপ্রিল থেকে ৩১ আগস্ট ২০২৫ পর্যন্ত বোরো ধান প্রতি কেজি ৩৬ টাকা ও সিদ্ধ চাল ৪৯ টাকা দরে সংগ্রহ করা হয়।",
                "From 25 April to 31 August 2025, boro paddy was bought at Tk 36 a kilogram and boiled rice at Tk 49.",
            ),
        ],
    },
    {
        "category": NoticeCategory.CIRCULAR,
        "published": "2025-07-10",
        "expires": "2026-06-30 17:00",
        "title": ("২০২৫-২৬ অর্থবছরে কৃষক পর্যায়ে সারের মূল্য", "Farmer-level fertilizer prices for 2025-26"),
        "body": [
            (
                "সরকার নির্ধারিত কৃষক পর্যায়ে প্রতি কেজি ইউরিয়া ২৭ টাকা, টিএসপি ২৭ টাকা, ডিএপি ২১ টাকা ও এমওপি ২০ টাকা। বিসিআইসি ও বিএডিসির ডিলারের কাছ থেকে এ দামে সার কেনা যাবে।",
                "The government's farmer-level prices per kilogram are urea Tk 27, TSP Tk 27, DAP Tk 21 and MOP Tk 20. Fertilizer is sold at these prices by BCIC and BADC dealers.",
            ),
        ],
        "files": ["সারের মূল্য তালিকা"],
    },
    {
        "category": NoticeCategory.CIRCULAR,
        "published": "2026-09-01",
        "expires": None,
        "title": ("দাপ্তরিক সময়সূচি ও সাপ্তাহিক ছুটি", "Office hours and weekly holidays"),
        "body": [
            (
                "কার্যালয় রবিবার থেকে বৃহস্পতিবার সকাল ৯টা থেকে বিকেল ৫টা পর্যন্ত খোলা থাকে। শুক্রবার, শনিবার ও সরকারি ছুটির দিনে কার্যালয় বন্ধ থাকে।",
                "The office is open Sunday to Thursday, 9 am to 5 pm. It is closed on Fridays, Saturdays and public holidays.",
            ),
        ],
    },
    {
        "category": NoticeCategory.NOTICE,
        "published": "2026-10-20",
        "expires": None,
        "title": ("নদী থেকে অবৈধভাবে বালু উত্তোলন দণ্ডনীয় অপরাধ", "Lifting sand from rivers without a lease is an offence"),
        "body": [
            (
                "বালুমহাল ও মাটি ব্যবস্থাপনা আইন, ২০১০ অনুযায়ী ঘোষিত বালুমহাল ছাড়া অন্য কোনো স্থান থেকে বিক্রির জন্য বালু বা মাটি উত্তোলন নিষিদ্ধ।",
                "Under the Balumahal and Soil Management Act 2010, lifting sand or soil for sale from anywhere other than a declared balumahal is forbidden.",
            ),
            (
                "তিস্তা ও ঘাঘট নদীতে অবৈধ বালু উত্তোলনের বিরুদ্ধে ভ্রাম্যমাণ আদালতের অভিযান চলছে। তথ্য দিয়ে প্রশাসনকে সহায়তা করার অনুরোধ করা হলো।",
                "Mobile courts are acting against illegal sand lifting on the Teesta and Ghaghat rivers. Citizens are asked to help the administration with information.",
            ),
        ],
        "photo": ("তিস্তা নদী", "#4f7f9f", "নদীতীরের প্রতীকী ছবি", "An illustration of a river bank"),
    },
    {
        "category": NoticeCategory.NOTICE,
        "published": "2026-11-01",
        "expires": None,
        "title": ("খতিয়ানের সইমোহর নকলের জন্য অনলাইনে আবেদন", "Apply online for certified copies of khatian"),
        "body": [
            (
                "খতিয়ানের সইমোহর নকল ও মৌজা ম্যাপের জন্য এখন এই পোর্টালের ই-সেবা অংশ থেকে আবেদন করা যায়। আবেদনের পর পাওয়া ট্র্যাকিং নম্বর ও মোবাইল নম্বর দিয়ে আবেদনের অবস্থা জানা যাবে।",
                "You can now apply for certified copies of khatian and mouza maps in the e-service section of this portal. The tracking number you receive and your mobile number show the state of your application.",
            ),
        ],
        "files": ["আবেদনের নির্দেশিকা"],
    },
    {
        "category": NoticeCategory.NOTICE,
        "published": "2026-10-05",
        "expires": None,
        "title": ("হালনাগাদ সিটিজেন চার্টার প্রকাশ", "Updated citizen charter published"),
        "body": [
            (
                "জেলা প্রশাসকের কার্যালয়ের সেবাসমূহ, প্রয়োজনীয় কাগজপত্র, ফি ও সময়সীমা নিয়ে হালনাগাদ সিটিজেন চার্টার সংযুক্ত করা হলো।",
                "The updated citizen charter, with the services of the Deputy Commissioner's Office, the papers needed, fees and time limits, is attached.",
            ),
        ],
        "files": ["সিটিজেন চার্টার"],
    },
    {
        "category": NoticeCategory.NOTICE,
        "published": "2026-11-24",
        "expires": "2026-12-31 17:00",
        "title": ("জলমহালের অনলাইন আবেদনে সহায়তা ডেস্ক", "Help desk for online jalmahal applications"),
        "body": [
            (
                "jm.lams.gov.bd ঠিকানায় জলমহাল ইজারার অনলাইন আবেদনে সহায়তার জন্য ফ্রন্ট ডেস্কে একটি সহায়তা ডেস্ক খোলা হয়েছে।",
                "A help desk has opened at the front desk to help with online jalmahal lease applications at jm.lams.gov.bd.",
            ),
        ],
    },
    {
        "category": NoticeCategory.RECRUITMENT,
        "published": "2026-11-15",
        "expires": "2026-12-20 17:00",
        "title": ("অফিস সহায়ক পদে নিয়োগ বিজ্ঞপ্তি", "Recruitment of office assistants"),
        "body": [
            (
                "জেলা প্রশাসকের কার্যালয়ের শূন্য অফিস সহায়ক পদে নিয়োগের জন্য বাংলাদেশের নাগরিকদের কাছ থেকে অনলাইনে আবেদন আহ্বান করা হচ্ছে।",
                "Citizens of Bangladesh are invited to apply online for vacant office assistant posts in the Deputy Commissioner's Office.",
            ),
            (
                "যোগ্যতা, বয়সসীমা ও আবেদনের নিয়ম সংযুক্ত বিজ্ঞপ্তিতে দেওয়া হলো।",
                "Qualifications, age limits and how to apply are in the attached advertisement.",
            ),
        ],
        "files": ["নিয়োগ বিজ্ঞপ্তি", "আবেদন ফরমের নমুনা"],
    },
    {
        "category": NoticeCategory.RECRUITMENT,
        "published": "2026-08-01",
        "expires": "2026-08-31 17:00",
        "title": ("গাড়িচালক পদে নিয়োগ বিজ্ঞপ্তি", "Recruitment of drivers"),
        "body": [
            (
                "কার্যালয়ের শূন্য গাড়িচালক পদে নিয়োগের জন্য বৈধ ড্রাইভিং লাইসেন্সধারীদের কাছ থেকে আবেদন আহ্বান করা হয়েছিল।",
                "Applications were invited from holders of a valid driving licence for vacant driver posts in the office.",
            ),
        ],
        "files": ["গাড়িচালক নিয়োগ বিজ্ঞপ্তি"],
    },
    {
        "category": NoticeCategory.RECRUITMENT,
        "published": "2026-11-26",
        "expires": "2027-01-15 17:00",
        "title": ("গাড়িচালক পদের লিখিত পরীক্ষার ফল", "Written test results for driver posts"),
        "body": [
            (
                "গাড়িচালক পদের লিখিত পরীক্ষায় উত্তীর্ণ প্রার্থীদের রোল নম্বর সংযুক্ত তালিকায় দেওয়া হলো। ব্যবহারিক পরীক্ষার তারিখ পরে জানানো হবে।",
                "The roll numbers of the candidates who passed the written test for driver posts are in the attached list. The date of the practical test will be announced later.",
            ),
        ],
        "files": ["উত্তীর্ণ প্রার্থীদের তালিকা"],
    },
    {
        "category": NoticeCategory.RECRUITMENT,
        "published": "2026-11-20",
        "expires": "2026-12-28 17:00",
        "title": ("ই-সেবা কেন্দ্রের উদ্যোক্তা নির্বাচন", "Selecting operators for the e-service centre"),
        "body": [
            (
                "জেলা ই-সেবা কেন্দ্রে স্ক্যানিং ও ডেটা এন্ট্রির কাজে অস্থায়ী ভিত্তিতে উদ্যোক্তা নির্বাচনের জন্য আবেদন আহ্বান করা হচ্ছে।",
                "Applications are invited to select operators, on a temporary basis, for scanning and data entry at the District e-Service Centre.",
            ),
        ],
    },
]


def load(home: HomePage) -> NoticeIndexPage:
    """The notice board in both languages and the demo notices with their English twins."""
    board = _board(home)
    english = english_locale()
    for data in NOTICES:
        notice = Notice.objects.filter(locale=home.locale, title=data["title"][0]).first() or _create(data, home.locale)
        if notice.get_translation_or_none(english) is None:
            translate(notice, _english_strings(data))
    return board


def _board(home: HomePage) -> NoticeIndexPage:
    board = NoticeIndexPage.objects.child_of(home).first()
    if board is None:
        board = NoticeIndexPage(
            title=BOARD_BN["title"], slug="notices", intro=f"<p>{BOARD_BN['intro']}</p>", show_in_menus=True
        )
        home.add_child(instance=board)
        board.save_revision().publish()
    if board.get_translation_or_none(english_locale()) is None:
        translate(board, {BOARD_BN["title"]: BOARD_EN["title"], BOARD_BN["intro"]: BOARD_EN["intro"]})
    return board.specific


def _create(data: dict, locale: Locale) -> Notice:
    title = data["title"][0]
    paragraphs = [bengali for bengali, _english in data["body"]]
    photo = data.get("photo")
    notice = Notice(
        locale=locale,
        title=title,
        category=data["category"],
        body="".join(f"<p>{paragraph}</p>" for paragraph in paragraphs),
        published_at=_at(data["published"]),
        expires_at=_at(data["expires"]) if data.get("expires") else None,
        live=False,
    )
    if photo:
        notice.photo = demo_image(photo[0], colour=photo[1])
        notice.photo_alt = photo[2]
    files = [_pdf(title, label, paragraphs) for label in data.get("files", [])]
    if files:
        notice.attachment = files[0]
        notice.attachments = [("document", document) for document in files[1:]]
    notice.save()
    notice.save_revision().publish()
    return notice


def _pdf(title: str, label: str, paragraphs: list[str]):
    html = f"<h1>{label}</h1><h2>{title}</h2>" + "".join(f"<p>{paragraph}</p>" for paragraph in paragraphs)
    html += "<p>জেলা প্রশাসকের কার্যালয়, রংপুর</p>"
    return demo_pdf(f"{label}: {title}", html)


def _english_strings(data: dict) -> dict[str, str]:
    strings = {data["title"][0]: data["title"][1]}
    strings.update(dict(data["body"]))
    if data.get("photo"):
        strings[data["photo"][2]] = data["photo"][3]
    return strings
