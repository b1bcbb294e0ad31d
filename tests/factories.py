"""Factories for the site's pages and snippets (wagtail-factories), shared by every app's tests."""

import factory
import wagtail_factories

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
