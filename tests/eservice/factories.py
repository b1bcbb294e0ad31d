"""E-service factories: members of the two staff groups, visitors, feedback, and
applications recorded through the core's submit_application (never bypassing it)."""

import importlib

import factory
from django.apps import apps as django_apps
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from eservice.domain.services import submit_application

OFFICERS = "E-service officers"
FRONT_DESK = "Front desk"


def staff_group(name: str) -> Group:
    """The group made by the data migration (re-made if a transactional test flushed it)."""
    if not Group.objects.filter(name=name).exists():
        migration = importlib.import_module("eservice.migrations.0003_staff_groups")
        migration.create_groups(django_apps, None)
    return Group.objects.get(name=name)


class StaffUserFactory(factory.django.DjangoModelFactory):
    username = factory.Sequence(lambda n: f"staff{n}")
    first_name = "Karim"
    last_name = "Uddin"
    email = factory.LazyAttribute(lambda user: f"{user.username}@rangpur.gov.bd")
    password = factory.PostGenerationMethodCall("set_password", "pass-word-123")

    class Meta:
        model = get_user_model()
        skip_postgeneration_save = True

    @factory.post_generation
    def group(self, create, extracted, **kwargs):
        """StaffUserFactory(group="Front desk") joins that group."""
        if create and extracted:
            self.groups.add(staff_group(extracted))
        if create:
            self.save()


class OfficerFactory(StaffUserFactory):
    username = factory.Sequence(lambda n: f"officer{n}")
    group = factory.PostGeneration(lambda user, create, extracted, **kwargs: _join(user, create, extracted or OFFICERS))


class FrontDeskFactory(StaffUserFactory):
    username = factory.Sequence(lambda n: f"desk{n}")
    group = factory.PostGeneration(
        lambda user, create, extracted, **kwargs: _join(user, create, extracted or FRONT_DESK)
    )


def _join(user, create: bool, group_name: str) -> None:
    if create:
        user.groups.add(staff_group(group_name))
        user.save()


class VisitorFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"দর্শনার্থী {n}")
    mobile = "01712345678"
    purpose = "খতিয়ানের নকলের খোঁজ"
    outcome = "answered"

    class Meta:
        model = "eservice.Visitor"


class FeedbackFactory(factory.django.DjangoModelFactory):
    message = factory.Sequence(lambda n: f"সেবা কেন্দ্রে বসার ব্যবস্থা আরও ভালো হলে ভালো হয় ({n})।")

    class Meta:
        model = "eservice.Feedback"


APPLICANT = {
    "applicant_name": "মোছাঃ রহিমা বেগম",
    "guardian_name": "মোঃ করিম উদ্দিন",
    "mobile": "01712345678",
    "nid": "1234567890",
    "address": "গ্রাম: পায়রাবন্দ, মিঠাপুকুর, রংপুর",
    "email": "",
}


def make_application(service, **overrides):
    """An application submitted the way the website or the counter does (tracking number, event)."""
    data = {**APPLICANT, **overrides.pop("data", {})}
    return submit_application(service=service, data=data, **overrides)
