"""The attacker's suite uses the e-service fixtures: the centre in both languages, the feedback
page, the land-record form, private storage in a temporary folder and fresh rate limits."""

from tests.eservice.conftest import (  # noqa: F401 - fixtures, found by pytest by name
    _private_in_tmp,
    centre,
    feedback_pages,
    fresh_rate_limits,
    land_form,
    officer,
)
