"""The attacker's suite uses the e-service fixtures: the centre in both languages, the feedback
page, the land-record form, private storage in a temporary folder and fresh rate limits."""

import pytest
from django.utils import translation

from tests.eservice.conftest import (  # noqa: F401 - fixtures, found by pytest by name
    _private_in_tmp,
    centre,
    feedback_pages,
    fresh_rate_limits,
    land_form,
    officer,
)


@pytest.fixture(autouse=True)
def _language_restored():
    """A request leaves its language active in the thread; tests that run later expect none."""
    language = translation.get_language()
    yield
    if language:
        translation.activate(language)
    else:
        translation.deactivate()
