"""The staff side of the e-service centre (demo/data/eservice_staff.yaml): the feedback page in
both languages, a few messages (one answered and shown on the page), a few lines of today's
visitor register, and the two staff groups (made by eservice's migration 0003; re-made if removed).

No demo user accounts are made: a known password on a demo site is an open door.
Everything is looked up before it is made: a message by its text, a visitor by name.
"""

import datetime
import importlib
from typing import Any

from django.apps import apps as django_apps
from django.contrib.auth.models import Group
from django.utils import timezone

from demo.content import read_section
from demo.pages import build_page
from eservice.models import Feedback, FeedbackPage, FeedbackStatus, Service, Visitor
from home.models import HomePage


def load(home: HomePage) -> FeedbackPage:
    _groups()
    data = read_section("eservice_staff")
    page = build_page(home, data["page"])
    _feedback(data["feedback"])
    _visitors(data["visitors"])
    return page


def _groups() -> None:
    # A migration's module name starts with a digit, so only importlib can load it.
    migration = importlib.import_module("eservice.migrations.0003_staff_groups")
    if Group.objects.filter(name__in=migration.GROUPS).count() < len(migration.GROUPS):
        migration.create_groups(django_apps, None)


def _feedback(messages: list[dict[str, Any]]) -> None:
    now = timezone.now()
    for item in messages:
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


def _visitors(visitors: list[dict[str, Any]]) -> None:
    today = timezone.localtime()
    for item in visitors:
        if Visitor.objects.filter(name=item["name"]).exists():
            continue
        Visitor.objects.create(
            name=item["name"],
            purpose=item["purpose"],
            referred_to=item["referred_to"],
            outcome=item["outcome"],
            visited_at=today.replace(hour=item["hour"], minute=15, second=0, microsecond=0),
        )
