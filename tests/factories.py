"""Factories for the site's pages and snippets (wagtail-factories), shared by every app's tests."""

from decimal import Decimal

import factory
import wagtail_factories
from django.utils import timezone
from wagtail.models import Locale

from home.models import HomePage


class HomePageFactory(wagtail_factories.PageFactory):
    title = "জেলা প্রশাসকের কার্যালয়, রংপুর"
    slug = "home"
    welcome_heading = "স্বাগত"
    welcome_message = factory.LazyFunction(lambda: "<p>রংপুর জেলা প্রশাসনের ওয়েব পোর্টালে স্বাগত।</p>")

    class Meta:
        model = HomePage


# --- e-service -----------------------------------------------------------------------------
# Model names as strings keep this block self-contained (no imports appended mid-file).


class EServiceCentrePageFactory(wagtail_factories.PageFactory):
    title = "জেলা ই-সেবা কেন্দ্র"
    slug = "eservice"

    class Meta:
        model = "eservice.EServiceCentrePage"


class ServiceFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"খতিয়ানের সইমোহর নকল {n}")
    slug = factory.Sequence(lambda n: f"service-{n}")
    branch = "রেকর্ডরুম শাখা"
    description = "সিএস, এসএ, আরএস ও বিএস খতিয়ানের সইমোহর নকল।"
    required_documents = "নির্ধারিত ফরমে আবেদন\nজাতীয় পরিচয়পত্রের কপি"
    fee = 20
    fee_payment = "আবেদনে কোর্ট ফি"
    time_limit_days = 3
    officer_designation = "রেকর্ডরুম ডেপুটি কালেক্টর"
    officer_room = "১০৫"
    officer_phone = "0521-62001"
    extra_fields = ""
    active = True

    class Meta:
        model = "eservice.Service"


class LandRecordServiceFactory(ServiceFactory):
    extra_fields = "land_record"


class HolidayFactory(factory.django.DjangoModelFactory):
    """Pass the date: HolidayFactory(date=datetime.date(2026, 12, 16))."""

    name_bn = "বিজয় দিবস"
    name_en = "Victory Day"

    class Meta:
        model = "eservice.Holiday"
        django_get_or_create = ("date",)


class NoticeIndexPageFactory(wagtail_factories.PageFactory):
    title = "নোটিশ বোর্ড"
    slug = "notices"
    intro = "<p>জেলা প্রশাসনের বিজ্ঞপ্তি ও দরপত্র।</p>"

    class Meta:
        model = "notices.NoticeIndexPage"


class NoticeFactory(factory.django.DjangoModelFactory):
    """A live Bengali notice published now; pass photo=ImageFactory() etc. for the trio."""

    title = factory.Sequence(lambda n: f"রংপুর জেলার বিজ্ঞপ্তি {n}")
    category = "notice"
    body = "<p>জেলা প্রশাসকের কার্যালয়, রংপুর-এর একটি বিজ্ঞপ্তি।</p>"
    published_at = factory.LazyFunction(timezone.now)
    live = True
    locale = factory.LazyFunction(lambda: Locale.objects.get_or_create(language_code="bn")[0])

    class Meta:
        model = "notices.Notice"


# --- Section pages (home app). Bengali values; tests add English translations themselves. ---


class ContentPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"সাধারণ পাতা {n}")
    intro = "রংপুর জেলার তথ্য।"

    class Meta:
        model = "home.ContentPage"


class AdministrationIndexPageFactory(wagtail_factories.PageFactory):
    title = "জেলা প্রশাসন"
    slug = "district-administration"
    show_in_menus = True

    class Meta:
        model = "home.AdministrationIndexPage"


class BranchPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"শাখা {n}")
    officer_designation = "সহকারী কমিশনার"
    room = "কক্ষ ১০৫"
    duties = "<ul><li>নথি সংরক্ষণ</li></ul>"

    class Meta:
        model = "home.BranchPage"


class OfficeIndexPageFactory(wagtail_factories.PageFactory):
    title = "সরকারি দপ্তর"
    slug = "offices"
    show_in_menus = True

    class Meta:
        model = "home.OfficeIndexPage"


class OfficePageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"সরকারি দপ্তর {n}")
    category = "agriculture"
    head_designation = "উপপরিচালক"

    class Meta:
        model = "home.OfficePage"


class MahalIndexPageFactory(wagtail_factories.PageFactory):
    title = "সায়রাত মহাল"
    slug = "sairat-mahals"
    show_in_menus = True

    class Meta:
        model = "home.MahalIndexPage"


class MahalPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"জলমহাল {n}")
    kind = "jalmahal"
    upazila = "pirganj"
    mouza = "জাহিদপুর"
    area_acres = factory.LazyFunction(lambda: Decimal("33.61"))
    lease_year_from = 1432
    lease_year_to = 1437
    lease_value = factory.LazyFunction(lambda: Decimal("348726"))
    lessee = "মৎস্যজীবী সমবায় সমিতি"
    status = "leased"

    class Meta:
        model = "home.MahalPage"


class InvestmentIndexPageFactory(wagtail_factories.PageFactory):
    title = "বিনিয়োগের সুযোগ"
    slug = "investment"
    show_in_menus = True

    class Meta:
        model = "home.InvestmentIndexPage"


class InvestmentPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"বিনিয়োগের সুযোগ {n}")
    sector = "agro-processing"
    upazila = "mithapukur"

    class Meta:
        model = "home.InvestmentPage"


class UpazilaIndexPageFactory(wagtail_factories.PageFactory):
    title = "উপজেলা"
    slug = "upazilas"
    show_in_menus = True

    class Meta:
        model = "home.UpazilaIndexPage"


class UpazilaPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"উপজেলা {n}")
    upazila = "mithapukur"
    area_km2 = factory.LazyFunction(lambda: Decimal("515.62"))
    population = 527457
    population_year = 2011

    class Meta:
        model = "home.UpazilaPage"


class TouristSpotIndexPageFactory(wagtail_factories.PageFactory):
    title = "দর্শনীয় স্থান"
    slug = "tourism"
    show_in_menus = True

    class Meta:
        model = "home.TouristSpotIndexPage"


class TouristSpotPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"দর্শনীয় স্থান {n}")
    upazila = "rangpur-sadar"
    best_season = "শীতকাল"

    class Meta:
        model = "home.TouristSpotPage"


class AgricultureIndexPageFactory(wagtail_factories.PageFactory):
    title = "কৃষি"
    slug = "agriculture"
    show_in_menus = True

    class Meta:
        model = "home.AgricultureIndexPage"


class FertilizerReportPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"সার বিতরণ প্রতিবেদন {n}")
    season = "rabi"
    fiscal_year = "2025-26"

    class Meta:
        model = "home.FertilizerReportPage"


class ProcurementReportPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"ধান সংগ্রহ প্রতিবেদন {n}")
    season = "boro"
    fiscal_year = "2024-25"
    crop = "paddy"
    price_per_kg = factory.LazyFunction(lambda: Decimal("36"))

    class Meta:
        model = "home.ProcurementReportPage"


class GalleryPageFactory(wagtail_factories.PageFactory):
    title = "ফটো গ্যালারি"
    slug = "gallery"
    show_in_menus = True

    class Meta:
        model = "home.GalleryPage"


class ContactPageFactory(wagtail_factories.PageFactory):
    title = "যোগাযোগ"
    slug = "contact"
    address = "জেলা প্রশাসকের কার্যালয়, রংপুর-৫৪০০"
    show_in_menus = True

    class Meta:
        model = "home.ContactPage"
