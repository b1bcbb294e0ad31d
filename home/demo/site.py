"""The site itself: both locales, the Bengali home page with its English translation,
and the office's contacts. Written in our own words from the office's portal text."""

from urllib.parse import urlsplit

from django.conf import settings
from wagtail.models import Locale, Page, Site

from home.demo.media import demo_image, demo_pdf
from home.demo.translation import english_locale, translate
from home.models import HomePage, OfficeSettings

WELCOME_BN = [
    "জেলা প্রশাসকের কার্যালয়, রংপুর-এর ওয়েব পোর্টালে আপনাকে স্বাগত। তথ্য জনগণের সম্পদ; যত বেশি মানুষের কাছে তথ্য ও সেবা পৌঁছায়, সিদ্ধান্ত নেওয়ার ক্ষমতা তত বাড়ে।",
    "২০১০ সালের ১৪ নভেম্বর রংপুর জেলা ই-সেবা কেন্দ্র চালু হয়। এখন জমির পর্চাসহ এ কার্যালয়ের যে কোনো সেবার জন্য কাউন্টারে, ডাকযোগে, এই পোর্টালে, উপজেলা ই-সেবা কাউন্টারে বা ইউনিয়ন ডিজিটাল সেন্টারে আবেদন করা যায়। প্রতিটি আবেদনের জন্য একটি গ্রহণ রশিদ দেওয়া হয়, যাতে সেবা পাওয়ার সম্ভাব্য তারিখ লেখা থাকে।",
    "২০১৬ সালের ১৪ মে চালু হওয়া ফ্রন্ট ডেস্ক এ কার্যালয়ে আসা প্রত্যেক সেবাপ্রত্যাশীকে পথ দেখায় ও দাপ্তরিক সহায়তা দেয়।",
    "এই পোর্টালে পাবেন জেলা প্রশাসন ও তার শাখাসমূহ, জেলার সরকারি দপ্তর, দরপত্র ও ইজারা বিজ্ঞপ্তি, জলমহাল-বালুমহাল-পাথরমহালসহ সায়রাত মহাল, বিনিয়োগের সুযোগ, উপজেলা প্রশাসন, দর্শনীয় স্থান এবং সার বিতরণ ও খাদ্যশস্য সংগ্রহের তথ্য।",
    "পোর্টালটিকে আরও জনবান্ধব করতে আপনার মতামত ও পরামর্শ আমাদের কাছে মূল্যবান।",
]
WELCOME_EN = [
    "Welcome to the web portal of the Deputy Commissioner's Office, Rangpur. Information belongs to the people; the more people it and our services reach, the better they can decide for themselves.",
    "The Rangpur District e-Service Centre opened on 14 November 2010. Today you can apply for any service of this office, a land-record copy (porcha) among them, at the counter, by post, on this portal, at an upazila e-service counter or at a Union Digital Centre. Every application gets a receipt with the probable date of delivery.",
    "The front desk, opened on 14 May 2016, guides every visitor to the office and helps with any official matter.",
    "On this portal you will find the district administration and its branches, the government offices of the district, tender and lease notices, sairat mahals such as jalmahals, balumahals and pathormahals, investment opportunities, the upazila administrations, places to visit, and fertilizer distribution and food-grain procurement figures.",
    "Your opinions and suggestions help us make this portal serve you better.",
]

HOME_BN = {
    "title": "জেলা প্রশাসকের কার্যালয়, রংপুর",
    "welcome_heading": "জেলা প্রশাসকের স্বাগত বার্তা",
    "dc_name": "জেলা প্রশাসক, রংপুর",
    "dc_designation": "জেলা প্রশাসক ও জেলা ম্যাজিস্ট্রেট",
    "photo_alt": "জেলা প্রশাসকের কার্যালয়ের প্রতীকী ছবি",
}
HOME_EN = {
    "title": "Deputy Commissioner's Office, Rangpur",
    "welcome_heading": "Welcome message from the Deputy Commissioner",
    "dc_name": "Deputy Commissioner, Rangpur",
    "dc_designation": "Deputy Commissioner and District Magistrate",
    "photo_alt": "An illustration of the Deputy Commissioner's Office",
}
CITIZEN_CHARTER_PDF = """
<h1>নাগরিক সেবা: এক নজরে</h1>
<p>জেলা প্রশাসকের কার্যালয়, রংপুর। জেলা ই-সেবা কেন্দ্র (চালু: ১৪ নভেম্বর ২০১০) ও ফ্রন্ট ডেস্ক (চালু: ১৪ মে ২০১৬)।</p>
<p>আবেদনের মাধ্যম: কাউন্টার, ডাকযোগ, জেলা তথ্য বাতায়ন, উপজেলা ই-সেবা কাউন্টার, ইউনিয়ন ডিজিটাল সেন্টার।</p>
<p>Applications: counter, post, district portal, upazila e-service counter, Union Digital Centre.</p>
"""


def load() -> HomePage:
    """Build (or find) the site, its locales and the home page in both languages."""
    bengali = Locale.objects.get_or_create(language_code="bn")[0]
    english = english_locale()
    home = HomePage.objects.filter(locale=bengali).first()
    if home is None:
        home = _create_home(bengali)
    if home.get_translation_or_none(english) is None:
        strings = dict(zip(HOME_BN.values(), HOME_EN.values(), strict=True))
        strings.update(zip(WELCOME_BN, WELCOME_EN, strict=True))
        translate(home, strings)
    _office_settings(Site.objects.get(is_default_site=True))
    return home


def _create_home(bengali: Locale) -> HomePage:
    root = Page.get_first_root_node()
    # Wagtail's installer leaves a plain "Welcome to Wagtail" page at the top; ours replaces it.
    for placeholder in root.get_children().exact_type(Page):
        placeholder.delete()
    photo = demo_image("জেলা প্রশাসকের কার্যালয়, রংপুর (ছবি)", colour="#2f6f8f", size=(480, 560))
    charter = demo_pdf("নাগরিক সেবা: এক নজরে", CITIZEN_CHARTER_PDF)
    home = HomePage(
        slug="home",
        locale=bengali,
        welcome_message="".join(f"<p>{paragraph}</p>" for paragraph in WELCOME_BN),
        photo=photo,
        attachment=charter,
        **HOME_BN,
    )
    root.add_child(instance=home)
    home.save_revision().publish()
    address = urlsplit(settings.WAGTAILADMIN_BASE_URL)
    Site.objects.update_or_create(
        is_default_site=True,
        defaults={
            "hostname": address.hostname or "localhost",
            "port": address.port or (443 if address.scheme == "https" else 80),
            "root_page": home,
            "site_name": HOME_EN["title"],
        },
    )
    return home


def _office_settings(site: Site) -> None:
    office = OfficeSettings.for_site(site)
    if office.address_bn:
        return
    office.address_bn = "জেলা প্রশাসকের কার্যালয়, রংপুর-৫৪০০"
    office.address_en = "Deputy Commissioner's Office, Rangpur 5400"
    office.office_hours_bn = "রবি থেকে বৃহস্পতিবার, সকাল ৯টা থেকে বিকেল ৫টা"
    office.office_hours_en = "Sunday to Thursday, 9 am to 5 pm"
    office.save()
