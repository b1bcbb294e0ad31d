"""The one OpenAPI 3.1 document at /api/v3/openapi.json: valid, complete and with examples."""

import json
import re
from collections import defaultdict

import pytest
from openapi_spec_validator import validate
from wagtail.api.v3.api import api

pytestmark = pytest.mark.django_db

PROJECT_OPERATIONS = {
    ("get", "/api/v3/locales/"),
    ("get", "/api/v3/pages/"),
    ("get", "/api/v3/pages/find/"),
    ("get", "/api/v3/notices/"),
    ("get", "/api/v3/notices/{notice_id}/"),
    ("get", "/api/v3/services/"),
    ("get", "/api/v3/services/{slug}/"),
    ("get", "/api/v3/holidays/"),
    ("post", "/api/v3/applications/"),
    ("post", "/api/v3/applications/track/"),
    ("post", "/api/v3/applications/{tracking_number}/events/"),
    ("get", "/api/v3/board/"),
    ("post", "/api/v3/feedback/"),
    ("get", "/api/v3/preview/"),
    ("post", "/api/v3/snippets/{type}/"),
    ("patch", "/api/v3/snippets/{type}/{pk}/"),
    ("post", "/api/v3/snippets/{type}/{pk}/actions/publish/"),
}


@pytest.fixture
def document(client, bilingual_site) -> dict:
    response = client.get("/api/v3/openapi.json")
    assert response.status_code == 200
    return response.json()


def operations(document: dict):
    for path, methods in document["paths"].items():
        for method, operation in methods.items():
            yield path, method, operation


def test_document_is_valid_openapi_3_1(document):
    assert document["openapi"].startswith("3.1")
    validate(document)


def test_every_project_operation_and_wagtail_router_is_described(document):
    described = {(method, path) for path, method, _operation in operations(document)}
    assert described >= PROJECT_OPERATIONS
    for wagtail_path in ("/api/v3/pages/", "/api/v3/images/", "/api/v3/documents/", "/api/v3/sites/"):
        assert wagtail_path in document["paths"]
    notice_type = document["paths"]["/api/v3/snippets/{type}/"]["post"]["parameters"][0]["schema"]
    assert "notices.Notice" in str(notice_type)


def test_errors_are_declared_as_problem_json_per_operation(document):
    for path, method, operation in operations(document):
        responses = operation["responses"]
        for code, response in responses.items():
            if code.startswith("4"):
                assert list(response["content"]) == ["application/problem+json"], (method, path, code)
                assert response["content"]["application/problem+json"]["schema"] == {
                    "$ref": "#/components/schemas/Problem"
                }
        security = operation.get("security")
        if security and {} not in security:
            assert {"401", "403"} <= set(responses), (method, path)
        if "{" in path:
            assert "404" in responses, (method, path)
        if operation.get("parameters") or operation.get("requestBody"):
            assert "422" in responses, (method, path)
    assert "429" in document["paths"]["/api/v3/applications/"]["post"]["responses"]
    assert "AllowAnonymous" not in document["components"]["securitySchemes"]
    assert {"403", "404", "422"} <= set(document["paths"]["/api/v3/preview/"]["get"]["responses"])


def test_project_operations_carry_examples(document):
    create = document["paths"]["/api/v3/applications/"]["post"]
    assert create["requestBody"]["content"]["application/json"]["example"]["service"] == "khatian-certified-copy"
    assert create["responses"]["201"]["content"]["application/json"]["example"]["tracking_number"]
    assert create["responses"]["422"]["content"]["application/problem+json"]["example"]["errors"][0]["loc"]
    notice = document["paths"]["/api/v3/notices/{notice_id}/"]["get"]["responses"]["200"]
    assert notice["content"]["application/json"]["example"]["attachment"]["content_type"] == "application/pdf"


def test_the_application_request_documents_its_source_portal(document):
    create = document["paths"]["/api/v3/applications/"]["post"]["requestBody"]["content"]["application/json"]
    portal = document["components"]["schemas"]["ApplicationIn"]["properties"]["portal"]
    assert portal["default"] == "" and "hostname" in portal["description"]
    pattern = re.compile(portal["pattern"])
    assert create["example"]["portal"] == "mithapukur" and pattern.search("mithapukur")
    assert pattern.search("") and not pattern.search("<script>") and not pattern.search("x" * 65)
    assert "portal" not in document["components"]["schemas"]["ApplicationIn"].get("required", [])


def test_interactive_docs_are_served(client, bilingual_site):
    response = client.get("/api/v3/docs/")
    assert response.status_code == 200
    assert b"openapi.json" in response.content
    # Swagger UI comes from the project's own static files: the docs work without a CDN.
    assert b"/static/ninja/swagger-ui-bundle.js" in response.content
    assert b"cdn.jsdelivr" not in response.content


def test_no_two_schemas_share_a_name():
    """The document keys schemas by class name; two models of one name would show one of them for both
    (as the public board's notice once hid Wagtail's snippet schema of the same model)."""
    definitions = defaultdict(set)
    for _prefix, router in api._routers:
        for path_view in router.path_operations.values():
            for operation in path_view.operations:
                models = [model for model in operation.response_models.values() if hasattr(model, "model_json_schema")]
                for model in [*models, *getattr(operation, "models", [])]:
                    for name, definition in model.model_json_schema().get("$defs", {}).items():
                        definitions[name].add(json.dumps(definition, sort_keys=True, default=str))
    assert len(definitions) > 100
    assert [name for name, variants in definitions.items() if len(variants) > 1] == []


def _validator(document: dict, schema: dict):
    """A JSON Schema 2020-12 validator for `schema`, its `#/components/...` references read from `document`."""
    from jsonschema import Draft202012Validator

    return Draft202012Validator({"$id": "urn:openapi", "components": document["components"], **schema})


def _examples(document: dict):
    for path, method, operation in operations(document):
        for code, response in operation["responses"].items():
            for content_type, media in response.get("content", {}).items():
                yield (method, path, code, content_type), media
        for content_type, media in operation.get("requestBody", {}).get("content", {}).items():
            yield (method, path, "request", content_type), media


def test_every_body_and_error_has_an_example_that_matches_its_schema(document):
    missing, wrong = [], []
    for where, media in _examples(document):
        if "example" not in media:
            missing.append(where)
            continue
        errors = [error.message[:200] for error in _validator(document, media["schema"]).iter_errors(media["example"])]
        if errors:
            wrong.append((where, errors[:3]))
    assert missing == []
    assert wrong == []


def test_every_parameter_is_described_with_an_example_that_matches_its_schema(document):
    problems = []
    for path, method, operation in operations(document):
        for parameter in operation.get("parameters", []):
            where = (method, path, parameter["name"])
            if not (parameter.get("description") or parameter["schema"].get("description")):
                problems.append((where, "no description"))
            if "example" not in parameter:
                problems.append((where, "no example"))
            elif not _validator(document, parameter["schema"]).is_valid(parameter["example"]):
                problems.append((where, f"example {parameter['example']!r} does not match"))
    assert problems == []
