"""The caching tests use the e-service centre, the feedback page and the notice board."""

from tests.eservice.conftest import (  # noqa: F401 - fixtures, found by pytest by name
    _private_in_tmp,
    centre,
    feedback_pages,
    fresh_rate_limits,
    land_form,
    officer,
)
from tests.notices.conftest import boards  # noqa: F401
