"""Example problem+json answers, one per error status; operations may give their own."""

from typing import Any

PROBLEM_EXAMPLE = {
    "type": "about:blank",
    "title": "Unprocessable Entity",
    "status": 422,
    "detail": "Some fields need correcting.",
    "errors": [{"type": "invalid", "loc": ["body", "mobile"], "msg": "Enter a Bangladeshi mobile number."}],
}

# One example answer per error status; operations may give their own in EXAMPLES.
ERROR_EXAMPLES: dict[str, dict[str, Any]] = {
    "400": {"type": "about:blank", "title": "Bad Request", "status": 400, "detail": "limit cannot be higher than 100"},
    "401": {"type": "about:blank", "title": "Unauthorized", "status": 401, "detail": "Unauthorized"},
    "403": {
        "type": "about:blank",
        "title": "Forbidden",
        "status": 403,
        "detail": "You do not have permission to perform this action.",
    },
    "404": {"type": "about:blank", "title": "Not Found", "status": 404, "detail": "Not Found"},
    "422": {
        "type": "about:blank",
        "title": "Unprocessable Entity",
        "status": 422,
        "detail": "Some values are not valid.",
        "errors": [{"type": "int_parsing", "loc": ["query", "limit"], "msg": "Enter a whole number."}],
    },
    "429": {
        "type": "about:blank",
        "title": "Too Many Requests",
        "status": 429,
        "detail": "Too many requests. Try again in a little while.",
    },
}
