"""Demo for the staff side of the e-service centre: the feedback page in Bengali with its English
translation, a few messages (one answered and shown on the page), a few lines of today's
visitor register, and the two staff groups (made by migration 0003; re-made if removed).

No demo user accounts are made: a known password on a demo site is an open door.
Idempotent: everything is looked up before it is created.
"""

import datetime
import importlib

from django.apps import apps as django_apps
from django.contrib.auth.models import Group
from django.utils import timezone

from eservice.calendar import local_now
from eservice.models import Feedback, FeedbackPage, FeedbackStatus, Service, Visitor, VisitorOutcome
from home.demo.translation import english_locale, translate
from home.models import HomePage

PAGE = {
    "title": ("মতামত ও পরামর্শ", "Feedback and suggestions"),
    "thank_you": (
        "ধন্যবাদ। আপনার বার্তা জেলা প্রশাসকের কার্যালয়ে পৌঁছেছে; প্রয়োজন হলে আমরা যোগাযোগ করব।",
        "Thank you. Your message has reached the Deputy Commissioner's Office; we will contact you if needed.",
    ),
}
INTRO = [
    (
        "জেলা প্রশাসনের সেবা নিয়ে আপনার মতামত, পরামর্শ বা অভিযোগ এখানে লিখুন। নাম ও যোগাযোগের তথ্য দেওয়া ঐচ্ছিক; দিলে তা কখনো প্রকাশ করা হয় না।",
        "Write your comments, suggestions or complaints about the district administration's services here. "
        "Your name and contact are optional; if you give them, they are never published.",
    ),
    (
        "নির্বাচিত মতামত ও তার উত্তর এই পাতায় প্রকাশ করা হয়।",
        "Selected comments and their answers are published on this page.",
    ),
]
FEEDBACK = [
    {
        "message": "ই-সেবা কেন্দ্রে অপেক্ষার জায়গায় বসার ব্যবস্থা ও খাবার পানি থাকলে ভালো হয়।",
        "service": None,
        "answer": "ধন্যবাদ। অপেক্ষার কক্ষে নতুন বেঞ্চ ও পানির ফিল্টার বসানো হয়েছে।",
        "days_ago": 12,
    },
    {
        "message": "খতিয়ানের নকলের আবেদনের অবস্থা এসএমএসে জানানোর ব্যবস্থা খুব কাজে লেগেছে।",
        "service": "khatian-copy",
        "answer": "",
        "days_ago": 3,
    },
    {
        "message": "Please let applicants pay the fee online; travelling to the treasury takes a whole day.",
        "service": None,
        "answer": "",
        "days_ago": 1,
    },
]
VISITORS = [
    {
        "name": "মোঃ আব্দুল হালিম",
        "purpose": "খতিয়ানের সইমোহর নকল কীভাবে পাওয়া যায় জানতে চান",
        "referred_to": "",
        "outcome": VisitorOutcome.ANSWERED,
        "hour": 10,
    },
    {
        "name": "মোছাঃ সালমা খাতুন",
        "purpose": "জমির নামজারি মামলার শুনানির তারিখ",
        "referred_to": "সহকারী কমিশনার (ভূমি), রংপুর সদর",
        "outcome": VisitorOutcome.REFERRED,
        "hour": 11,
    },
    {
        "name": "শ্রী বিমল চন্দ্র রায়",
        "purpose": "ওয়ারিশ সনদের বিষয়ে পরামর্শ",
        "referred_to": "",
        "outcome": VisitorOutcome.RETURN,
        "hour": 12,
    },
]


def load(home: HomePage) -> FeedbackPage:
    _groups()
    page = FeedbackPage.objects.filter(locale=home.locale).first() or _create_page(home)
    if page.get_translation_or_none(english_locale()) is None:
        translate(page, {**dict(PAGE.values()), **dict(INTRO)})
    _feedback()
    _visitors()
    return page


def _groups() -> None:
    migration = importlib.import_module("eservice.migrations.0003_staff_groups")
    if Group.objects.filter(name__in=migration.GROUPS).count() < len(migration.GROUPS):
        migration.create_groups(django_apps, None)


def _create_page(home: HomePage) -> FeedbackPage:
    page = FeedbackPage(
        slug="feedback",
        locale=home.locale,
        show_in_menus=True,
        title=PAGE["title"][0],
        thank_you=PAGE["thank_you"][0],
        intro="".join(f"<p>{bengali}</p>" for bengali, _english in INTRO),
    )
    home.add_child(instance=page)
    page.save_revision().publish()
    return page


def _feedback() -> None:
    now = timezone.now()
    for item in FEEDBACK:
        if Feedback.objects.filter(message=item["message"]).exists():
            continue
        service = Service.objects.filter(slug=item["service"]).order_by("pk").first() if item["service"] else None
        submitted = now - datetime.timedelta(days=item["days_ago"])
        answered = bool(item["answer"])
        Feedback.objects.create(
            message=item["message"],
            service=service.source if service else None,
            language="bn" if not item["message"].isascii() else "en",
            submitted_at=submitted,
            status=FeedbackStatus.ANSWERED if answered else FeedbackStatus.NEW,
            answer=item["answer"],
            answered_at=submitted + datetime.timedelta(days=2) if answered else None,
            published=answered,
        )


def _visitors() -> None:
    today = local_now()
    for item in VISITORS:
        if Visitor.objects.filter(name=item["name"]).exists():
            continue
        Visitor.objects.create(
            name=item["name"],
            purpose=item["purpose"],
            referred_to=item["referred_to"],
            outcome=item["outcome"],
            visited_at=today.replace(hour=item["hour"], minute=15, second=0, microsecond=0),
        )
