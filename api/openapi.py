"""Completes the OpenAPI document of the v3 API, so front ends can build on it alone.

django-ninja describes each operation from its Python signature; what it cannot see is added
here, after the document is generated, for every router at once:

- Errors: each operation declares the problem+json answers it can give (401/403 where a token
  is required, 404 where the path names an object, 422 where it takes input, 429 where
  anonymous requests are rate-limited), all with the one `Problem` schema the API really sends
  (`application/problem+json`), instead of the untyped `dict` some routers declare.
- Anonymous access: ninja writes Wagtail's `AllowAnonymous` fallback as a security scheme of type
  `http` without a `scheme`, which is not valid OpenAPI; an empty security requirement (`{}`)
  is the standard way to say "a token is optional here".
- 304 on public GETs (ETag / If-None-Match).
- Examples (api/examples.py): a request and response example for every operation,
  given by operation or, for a write that answers with the object it wrote, taken from the
  operation whose answer has the same schema; and a description and example for every parameter.
"""

from __future__ import annotations

import copy
import json
from http import HTTPStatus
from typing import Any

from api.examples import ERROR_EXAMPLES, EXAMPLES, PARAMETER_OVERRIDES, PARAMETERS

PROBLEM_REF = {"$ref": "#/components/schemas/Problem"}
PROBLEM_SCHEMA: dict[str, Any] = {
    "title": "Problem",
    "description": (
        "An error in RFC 9457 form (`application/problem+json`). `errors` lists field errors: "
        '`loc` is the path to the field (e.g. `["body", "mobile"]` or `["query", "limit"]`), '
        "`msg` the message in the request's language (`?locale=` or Accept-Language), `type` a "
        "stable code for programs."
    ),
    "type": "object",
    "required": ["type", "title", "status"],
    "properties": {
        "type": {"type": "string", "examples": ["about:blank"]},
        "title": {"type": "string", "examples": ["Unprocessable Entity"]},
        "status": {"type": "integer", "examples": [422]},
        "detail": {"type": "string"},
        "errors": {
            "type": "array",
            "items": {
                "type": "object",
                "properties": {
                    "type": {"type": "string"},
                    "loc": {"type": "array", "items": {"type": ["string", "integer"]}},
                    "msg": {"type": "string"},
                },
                "additionalProperties": True,
            },
        },
    },
    "additionalProperties": True,
}

ERROR_DESCRIPTIONS = {
    "400": "The request is malformed: a body that is not JSON, a `limit` above the maximum, rich text that "
    "cannot be parsed.",
    "401": "No valid API token (`Authorization: Bearer <token>`).",
    "403": "The token's user lacks the permission (the same as in the admin).",
    "404": "No such object, or not visible to this request; for lists, a filter naming one that does not exist "
    "(e.g. an unknown locale or parent page).",
    "422": "Some values are not valid: one entry per field in `errors`.",
    "429": "Too many anonymous requests; wait the number of seconds in `Retry-After`.",
}

# Operations that rate-limit anonymous requests (the e-service router's rate limits).
RATE_LIMITED = {
    "applications_create",
    "applications_track",
    "feedback_create",
}


def _requires_token(operation: dict) -> bool:
    security = operation.get("security")
    return bool(security) and {} not in security


def _error_example(code: str) -> dict:
    status = int(code)
    return ERROR_EXAMPLES.get(code) or {"type": "about:blank", "title": HTTPStatus(status).phrase, "status": status}


def _problem_response(code: str, existing: dict | None) -> dict:
    description = ERROR_DESCRIPTIONS.get(code) or (existing or {}).get("description") or "Error"
    response: dict[str, Any] = {
        "description": description,
        "content": {"application/problem+json": {"schema": PROBLEM_REF, "example": _error_example(code)}},
    }
    if code == "429":
        response["headers"] = {
            "Retry-After": {"description": "Seconds to wait before trying again.", "schema": {"type": "integer"}}
        }
    return response


def _complete_operation(path: str, method: str, operation: dict) -> None:
    security = operation.get("security")
    if security:
        operation["security"] = [
            {} if requirement == {"AllowAnonymous": []} else requirement for requirement in security
        ]
    # ninja keys responses by int; JSON turns them into strings anyway.
    responses = {str(code): response for code, response in operation.get("responses", {}).items()}
    operation["responses"] = responses
    codes = set(responses)
    if _requires_token(operation):
        codes |= {"401", "403"}
    if "{" in path or method == "get":
        codes.add("404")
    if operation.get("parameters") or operation.get("requestBody"):
        codes.add("422")
    if operation.get("operationId") in RATE_LIMITED:
        codes.add("429")
    if operation.get("parameters") or operation.get("requestBody"):
        codes.add("400")
    for code in sorted(codes):
        if code.startswith(("4", "5")):
            responses[code] = _problem_response(code, responses.get(code))
    if method == "get" and not _requires_token(operation) and "302" not in responses:
        responses.setdefault("304", {"description": "Not modified since the ETag sent in If-None-Match."})
    if "302" in responses:
        responses["302"] = {
            "description": "Found: `Location` is the item's address in this API (query parameters kept).",
            "headers": {"Location": {"description": "Where the item is.", "schema": {"type": "string"}}},
        }

    for parameter in operation.get("parameters", []):
        name = parameter["name"]
        general_description, general_example = PARAMETERS.get(name, (None, None))
        description, example = (
            PARAMETER_OVERRIDES.get((path, name))
            or PARAMETER_OVERRIDES.get((parameter.get("in", ""), name))
            or (None, None)
        )
        description = description or general_description
        example = general_example if example is None else example
        if description and not parameter.get("description"):
            parameter["description"] = description
        if example is not None:
            parameter["example"] = example

    examples = EXAMPLES.get(operation.get("operationId", ""), {})
    for key, example in examples.items():
        if key == "request":  # JSON, or the form fields of a multipart upload
            for media in operation.get("requestBody", {}).get("content", {}).values():
                media["example"] = example
        elif key in responses:
            for media in responses[key].get("content", {}).values():
                media["example"] = example


def complete_openapi_schema(schema: dict) -> dict:
    """Return `schema` (ninja's document) completed as described in the module docstring."""
    schema = copy.deepcopy(schema)
    components = schema.setdefault("components", {})
    components.setdefault("schemas", {})["Problem"] = PROBLEM_SCHEMA
    schemes = components.get("securitySchemes", {})
    schemes.pop("AllowAnonymous", None)
    if "BearerTokenAuth" in schemes:
        schemes["BearerTokenAuth"]["description"] = (
            "A Wagtail API token: admin → account → API tokens, or `manage.py api_tokens create`."
        )
    for path, operations in schema.get("paths", {}).items():
        for method, operation in operations.items():
            if isinstance(operation, dict) and "responses" in operation:
                _complete_operation(path, method, operation)
    _share_examples_by_schema(schema)
    return schema


def _bodies(schema: dict):
    """Every (media object) of a 2xx response or a request body in the document."""
    for operations in schema.get("paths", {}).values():
        for operation in operations.values():
            if not isinstance(operation, dict):
                continue
            for code, response in operation.get("responses", {}).items():
                if code.startswith("2"):
                    yield from response.get("content", {}).values()
            yield from operation.get("requestBody", {}).get("content", {}).values()


def _share_examples_by_schema(schema: dict) -> None:
    """Give a body without an example the example of another body with the very same schema."""
    known = {
        json.dumps(media["schema"], sort_keys=True): media["example"] for media in _bodies(schema) if "example" in media
    }
    for media in _bodies(schema):
        if "example" not in media and "schema" in media:
            example = known.get(json.dumps(media["schema"], sort_keys=True))
            if example is not None:
                media["example"] = example
