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
- 304 on public GETs (ETag / If-None-Match) and examples for the project's own operations.
"""

from __future__ import annotations

import copy
import types
from typing import Any

from ninja import NinjaAPI

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

# Operations that rate-limit anonymous requests (see eservice.api._rate_limited).
RATE_LIMITED = {
    "eservice_api_create_application",
    "eservice_api_track_application",
    "eservice_api_staff_create_feedback",
}

PROBLEM_EXAMPLE = {
    "type": "about:blank",
    "title": "Unprocessable Entity",
    "status": 422,
    "detail": "Some fields need correcting.",
    "errors": [{"type": "invalid", "loc": ["body", "mobile"], "msg": "Enter a Bangladeshi mobile number."}],
}

NOTICE_EXAMPLE = {
    "id": 12,
    "title": "ভূমি উন্নয়ন কর মেলা ২০২৬",
    "category": "news",
    "category_label": "সংবাদ",
    "locale": "bn",
    "memo_number": "০৫.৫৫.৮৫০০.০০০.০৬.০০১.২৬-১২",
    "published_at": "2026-11-20T10:00:00+06:00",
    "expires_at": None,
    "archived": False,
    "url": "https://rangpur.example/bn/notices/12/",
    "body": "<p>জেলা প্রশাসকের কার্যালয়ে ভূমি উন্নয়ন কর মেলা।</p>",
    "photo": {
        "url": "https://rangpur.example/media/original_images/mela.jpg",
        "alt": "মেলার মঞ্চ",
        "width": 1600,
        "height": 1067,
        "renditions": {
            "thumbnail": {
                "url": "https://rangpur.example/media/images/mela.fill-320x240.jpg",
                "width": 320,
                "height": 240,
            }
        },
    },
    "attachment": {
        "title": "মেলার সময়সূচি",
        "url": "https://rangpur.example/documents/7/schedule.pdf",
        "size": 48213,
        "content_type": "application/pdf",
    },
    "attachments": [],
    "translations": {
        "en": {
            "id": 13,
            "title": "Land development tax fair 2026",
            "url": "https://rangpur.example/en/notices/13/",
            "detail_url": "https://rangpur.example/api/v3/notices/13/",
        }
    },
}

APPLICATION_IN = {
    "service": "khatian-certified-copy",
    "channel": "portal",
    "applicant_name": "রহিমা বেগম",
    "guardian_name": "করিম উদ্দিন",
    "mobile": "01712345678",
    "nid": "1234567890",
    "address": "পায়রাবন্দ, মিঠাপুকুর, রংপুর",
    "upazila": "mithapukur",
    "mouza": "পায়রাবন্দ",
    "khatian_no": "123",
    "survey": "RS",
}

SERVICE_EXAMPLE = {
    "slug": "khatian-certified-copy",
    "locale": "bn",
    "name": "খতিয়ানের সইমোহর নকল (সিএস/এসএ/আরএস/বিএস)",
    "branch": "রেকর্ডরুম শাখা",
    "description": "জেলা রেকর্ডরুমে সংরক্ষিত সিএস, এসএ, আরএস ও বিএস খতিয়ানের সইমোহর নকল (পর্চা)।",
    "documents": ["নির্ধারিত ফরমে আবেদন", "আবেদনকারীর জাতীয় পরিচয়পত্রের কপি"],
    "fee": "20.00",
    "fee_payment": "আবেদনে কোর্ট ফি স্ট্যাম্প লাগাতে হবে",
    "time_limit_days": 7,
    "extra_fields": "land_record",
    "officer": {"designation": "ভারপ্রাপ্ত কর্মকর্তা, রেকর্ডরুম শাখা", "room": "", "phone": "", "email": ""},
    "escalation_officer": {"designation": "অতিরিক্ত জেলা প্রশাসক (রাজস্ব)", "room": "", "phone": "", "email": ""},
    "url": "https://rangpur.example/bn/eservice/service/khatian-certified-copy/",
    "apply_url": "https://rangpur.example/bn/eservice/apply/khatian-certified-copy/",
    "translations": {
        "en": {
            "id": 2,
            "title": "Certified copy of a khatian (CS/SA/RS/BS)",
            "url": "https://rangpur.example/en/eservice/service/khatian-certified-copy/",
            "detail_url": "https://rangpur.example/api/v3/services/khatian-certified-copy/?locale=en",
        }
    },
}

PAGE_LIST_EXAMPLE = {
    "count": 1,
    "items": [
        {
            "id": 7,
            "title": "এক নজরে রংপুর",
            "meta": {
                "type": "home.ContentPage",
                "detail_url": "https://rangpur.example/api/v3/pages/7/",
                "html_url": "https://rangpur.example/bn/rangpur-at-a-glance/",
                "locale": "bn",
                "slug": "rangpur-at-a-glance",
                "first_published_at": "2026-11-01T10:00:00+06:00",
            },
            "translations": {
                "en": {
                    "id": 64,
                    "title": "Rangpur at a glance",
                    "url": "https://rangpur.example/en/rangpur-at-a-glance/",
                    "detail_url": "https://rangpur.example/api/v3/pages/64/",
                }
            },
        }
    ],
}

# operationId -> {"request": example body, "<status>": example response}
EXAMPLES: dict[str, dict[str, Any]] = {
    "pages_list": {"200": PAGE_LIST_EXAMPLE},
    "locales_list": {
        "200": [
            {
                "code": "bn",
                "name": "বাংলা",
                "name_en": "Bengali",
                "default": True,
                "home_page": {
                    "id": 3,
                    "title": "জেলা প্রশাসকের কার্যালয়, রংপুর",
                    "url": "https://rangpur.example/bn/",
                    "detail_url": "https://rangpur.example/api/v3/pages/3/",
                },
            },
            {
                "code": "en",
                "name": "English",
                "name_en": "English",
                "default": False,
                "home_page": {
                    "id": 4,
                    "title": "Deputy Commissioner's Office, Rangpur",
                    "url": "https://rangpur.example/en/",
                    "detail_url": "https://rangpur.example/api/v3/pages/4/",
                },
            },
        ]
    },
    "eservice_api_list_services": {"200": [SERVICE_EXAMPLE]},
    "eservice_api_get_service": {"200": SERVICE_EXAMPLE},
    "notices_list": {"200": {"count": 1, "items": [NOTICE_EXAMPLE]}},
    "notices_detail": {"200": NOTICE_EXAMPLE},
    "eservice_api_create_application": {
        "request": APPLICATION_IN,
        "201": {
            "tracking_number": "RNG-20261127-0042",
            "status": "received",
            "received_at": "2026-11-27T11:05:00+06:00",
            "probable_delivery_date": "2026-12-01",
            "receipt_url": "https://rangpur.example/bn/e-service/receipt/RNG-20261127-0042/?t=…",
        },
        "422": PROBLEM_EXAMPLE,
    },
    "eservice_api_track_application": {
        "request": {"tracking_number": "RNG-20261127-0042", "mobile": "01712345678"},
        "200": {
            "tracking_number": "RNG-20261127-0042",
            "service": "khatian-certified-copy",
            "service_name": "খতিয়ানের সইমোহর নকল",
            "channel": "portal",
            "status": "in_process",
            "status_label": "প্রক্রিয়াধীন",
            "received_at": "2026-11-27T11:05:00+06:00",
            "probable_delivery_date": "2026-12-01",
            "events": [
                {
                    "at": "2026-11-27T11:05:00+06:00",
                    "from_status": "",
                    "to_status": "received",
                    "to_status_label": "গৃহীত",
                    "note": "",
                },
                {
                    "at": "2026-11-27T12:30:00+06:00",
                    "from_status": "received",
                    "to_status": "in_process",
                    "to_status_label": "প্রক্রিয়াধীন",
                    "note": "",
                },
            ],
        },
    },
    "eservice_api_create_event": {
        "request": {"to_status": "in_process", "note": "", "forwarded_to": "রেকর্ডরুম শাখা"},
        "201": {
            "tracking_number": "RNG-20261127-0042",
            "status": "in_process",
            "at": "2026-11-27T12:30:00+06:00",
            "from_status": "received",
            "to_status": "in_process",
            "note": "",
            "forwarded_to": "রেকর্ডরুম শাখা",
        },
    },
    "eservice_api_staff_create_feedback": {
        "request": {
            "message": "সেবা দ্রুত পেয়েছি, ধন্যবাদ।",
            "name": "",
            "contact": "",
            "service": "khatian-certified-copy",
        },
        "201": {"id": 5, "status": "new", "submitted_at": "2026-11-27T13:00:00+06:00"},
    },
    "snippets_create": {
        "request": {
            "title": "ভূমি উন্নয়ন কর মেলা ২০২৬",
            "category": "news",
            "memo_number": "০৫.৫৫.৮৫০০.০০০.০৬.০০১.২৬-১২",
            "body": "<p>জেলা প্রশাসকের কার্যালয়ে ভূমি উন্নয়ন কর মেলা।</p>",
            "published_at": "2026-11-20T10:00:00+06:00",
        }
    },
    "snippets_update": {"request": {"title": "ভূমি উন্নয়ন কর মেলা ২০২৬ (সংশোধিত)"}},
    "eservice_api_list_holidays": {
        "200": [{"date": "2026-12-16", "name": "বিজয় দিবস", "name_bn": "বিজয় দিবস", "name_en": "Victory Day"}]
    },
    "eservice_api_staff_get_board": {
        "200": {
            "locale": "bn",
            "generated_at": "2026-11-27T13:00:00+06:00",
            "refresh_seconds": 30,
            "ready": ["RNG-20261125-0007", "RNG-20261126-0013"],
            "ready_total": 2,
            "services": [
                {
                    "slug": "khatian-certified-copy",
                    "name": "খতিয়ানের সইমোহর নকল",
                    "time_limit_days": 3,
                    "fee": "20.00",
                    "officer": "রেকর্ডরুম ডেপুটি কালেক্টর",
                }
            ],
        }
    },
    "preview_detail": {
        "200": NOTICE_EXAMPLE,
        "403": {"type": "about:blank", "title": "Forbidden", "status": 403, "detail": "This preview link has expired."},
    },
}


def _requires_token(operation: dict) -> bool:
    security = operation.get("security")
    return bool(security) and {} not in security


def _problem_response(code: str, existing: dict | None) -> dict:
    description = ERROR_DESCRIPTIONS.get(code) or (existing or {}).get("description") or "Error"
    response: dict[str, Any] = {
        "description": description,
        "content": {"application/problem+json": {"schema": PROBLEM_REF}},
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
    if method == "get" and not _requires_token(operation):
        responses.setdefault("304", {"description": "Not modified since the ETag sent in If-None-Match."})

    examples = EXAMPLES.get(operation.get("operationId", ""), {})
    for key, example in examples.items():
        if key == "request":
            media = operation.get("requestBody", {}).get("content", {}).get("application/json")
            if media is not None:
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
    return schema


def install(api: NinjaAPI) -> None:
    """Make `api` serve the completed document at its openapi_url (and in its docs)."""
    generate = api.get_openapi_schema

    def get_openapi_schema(self, *, path_prefix=None, path_params=None):
        return complete_openapi_schema(generate(path_prefix=path_prefix, path_params=path_params))

    api.get_openapi_schema = types.MethodType(get_openapi_schema, api)  # type: ignore[method-assign]
