"""E-service fixtures: the centre page in both languages, a land-record service translated into
English, Victory Day 2026 in the holiday list, and private storage in a temporary folder; the
feedback page; an officer and a front-desk clerk logged into the admin."""

import datetime
from dataclasses import dataclass

import pytest
from django.core.cache import cache
from wagtail.users.models import UserProfile

from demo.translation import translate
from eservice.domain.services import move_application
from eservice.models import EServiceCentrePage, FeedbackPage, Service, Status
from tests.conftest import BilingualSite
from tests.eservice.factories import FrontDeskFactory, OfficerFactory, make_application
from tests.factories import EServiceCentrePageFactory, HolidayFactory, LandRecordServiceFactory, ServiceFactory


@dataclass
class Centre:
    site: BilingualSite
    page_bn: EServiceCentrePage
    page_en: EServiceCentrePage
    land: Service
    land_en: Service
    plain: Service


@pytest.fixture(autouse=True)
def _private_in_tmp(settings, tmp_path):
    settings.ESERVICE_PRIVATE_ROOT = tmp_path / "private"


def build_centre(site: BilingualSite) -> Centre:
    page_bn = EServiceCentrePageFactory(parent=site.home_bn, locale=site.bn, intro="<p>জেলা ই-সেবা কেন্দ্রে স্বাগত।</p>")
    page_en = page_bn.copy_for_translation(site.en)
    page_en.title = "District e-Service Centre"
    page_en.intro = "<p>Welcome to the District e-Service Centre.</p>"
    page_en.save_revision().publish()
    land = LandRecordServiceFactory(
        locale=site.bn,
        name="খতিয়ানের সইমোহর নকল",
        slug="khatian-copy",
        order=1,
        required_documents="নির্ধারিত ফরমে আবেদন\nজাতীয় পরিচয়পত্রের কপি",
    )
    land_en = translate(
        land,
        {
            "খতিয়ানের সইমোহর নকল": "Certified copy of a khatian",
            "রেকর্ডরুম শাখা": "Record Room",
            "সিএস, এসএ, আরএস ও বিএস খতিয়ানের সইমোহর নকল।": "Certified copies of CS, SA, RS and BS khatians.",
            # wagtail-localize keeps a multi-line text field as one segment, lines joined by <br/>.
            "নির্ধারিত ফরমে আবেদন<br/>জাতীয় পরিচয়পত্রের কপি": "Application on the prescribed form<br/>Copy of the national ID card",
            "আবেদনে কোর্ট ফি": "Court-fee stamp on the application",
            "রেকর্ডরুম ডেপুটি কালেক্টর": "Record Room Deputy Collector",
            "১০৫": "105",
        },
    )
    plain = ServiceFactory(
        locale=site.bn, name="এনজিও নিবন্ধন প্রতিবেদন", slug="ngo-report", fee=0, time_limit_days=15, order=2
    )
    HolidayFactory(date=datetime.date(2026, 12, 16), name_bn="বিজয় দিবস", name_en="Victory Day")
    return Centre(site=site, page_bn=page_bn, page_en=page_en.specific, land=land, land_en=land_en, plain=plain)


@pytest.fixture
def centre(bilingual_site) -> Centre:
    return build_centre(bilingual_site)


LAND_FORM = {
    "applicant_name": "  মোছাঃ রহিমা   বেগম ",
    "guardian_name": "মোঃ করিম উদ্দিন",
    "mobile": "+880 1712-345678",
    "nid": "১২৩৪৫৬৭৮৯০",
    "address": "গ্রাম: পায়রাবন্দ, মিঠাপুকুর, রংপুর",
    "email": "",
    "upazila": "mithapukur",
    "mouza": "পায়রাবন্দ",
    "jl_no": "৪৫",
    "khatian_no": "১২৩",
    "survey": "RS",
    "dag_nos": "৫৬৭, ৫৬৮",
}


@pytest.fixture
def land_form() -> dict[str, str]:
    return dict(LAND_FORM)


@pytest.fixture
def fresh_rate_limits():
    """Rate limits count in the cache: every test starts with none used."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def feedback_pages(centre):
    site = centre.site
    page_bn = FeedbackPage(title="মতামত ও পরামর্শ", slug="feedback", locale=site.bn)
    site.home_bn.add_child(instance=page_bn)
    page_bn.save_revision().publish()
    page_en = page_bn.copy_for_translation(site.en)
    page_en.title = "Feedback and suggestions"
    page_en.save_revision().publish()
    return page_bn, page_en


@pytest.fixture
def ready_and_waiting(centre, officer):
    """One application ready for delivery (it is on the display board) and one still waiting."""
    ready = make_application(centre.plain, data={"applicant_name": "মোছাঃ রহিমা বেগম", "nid": "19901234567890123"})
    move_application(ready, Status.READY, officer)
    waiting = make_application(centre.plain, data={"mobile": "01898765432"})
    return ready, waiting


# --- staff -----------------------------------------------------------------------------------


@pytest.fixture
def officer(db):
    return OfficerFactory()


@pytest.fixture
def front_desk(db):
    return FrontDeskFactory()


def in_english(user):
    """Tests read the admin in English; Bengali is the default for staff without a preference."""
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "en"
    profile.save()
    return user


@pytest.fixture
def officer_client(client, officer):
    client.force_login(in_english(officer))
    return client


@pytest.fixture
def desk_client(client, front_desk):
    client.force_login(in_english(front_desk))
    return client
