"""Examples for the OpenAPI document: a request body, responses and parameters for every operation.

Taken from the demo site's real answers (ids, texts and dates as `load_demo_content` makes them,
addresses on https://rangpur.example), shortened to one item per list. Every example is checked
against its own schema in tests/contract/test_openapi.py, so one that drifts from the API fails CI.

- `EXAMPLES`: operationId → {"request": body, "<status>": response body}. An operation without
  one for a body gets the example of another body with the same schema
  (api/openapi.py: Wagtail's writes answer with the object they wrote).
- `ERROR_EXAMPLES`: one problem+json answer per error status.
- `PARAMETERS` (and `PARAMETER_OVERRIDES`): description and example of each parameter.
"""

from typing import Any

from api.examples.errors import ERROR_EXAMPLES
from api.examples.parameters import PARAMETER_OVERRIDES, PARAMETERS
from api.examples.site import SITE_EXAMPLES
from api.examples.wagtail import WAGTAIL_EXAMPLES

# operationId -> {"request": example body, "<status>": example response}
EXAMPLES: dict[str, dict[str, Any]] = {**SITE_EXAMPLES, **WAGTAIL_EXAMPLES}

__all__ = ["ERROR_EXAMPLES", "EXAMPLES", "PARAMETERS", "PARAMETER_OVERRIDES"]
