"""Staff-side fixtures: an officer and a front-desk clerk logged into the admin."""

import pytest
from wagtail.users.models import UserProfile

from tests.eservice.staff.factories import FrontDeskFactory, OfficerFactory


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
