"""The caching tests use the e-service centre, the feedback page, the notice board, a Redis that
is down (tests/security/test_faults.py) and the count of WeasyPrint runs (test_bounds.py)."""

from tests.eservice.conftest import (  # noqa: F401 - fixtures, found by pytest by name
    _private_in_tmp,
    centre,
    feedback_pages,
    fresh_rate_limits,
    land_form,
    officer,
)
from tests.notices.conftest import boards  # noqa: F401
from tests.security.test_bounds import renders  # noqa: F401
from tests.security.test_faults import dead_redis  # noqa: F401
