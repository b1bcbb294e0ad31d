"""The public API does not change by accident: /api/v3/openapi.json equals the committed snapshot.

Moving code between modules, upgrading Wagtail or django-ninja, or editing a schema shows up
here first. After a deliberate change to the API, refresh the snapshot with
`make openapi-snapshot` and review its diff like any other change to the public contract.
"""

import json
from pathlib import Path

import pytest

SNAPSHOT = Path(__file__).with_name("openapi.snapshot.json")


def operations(document: dict) -> set[tuple[str, str, str]]:
    return {
        (path, method, operation.get("operationId", ""))
        for path, methods in document["paths"].items()
        for method, operation in methods.items()
        if isinstance(operation, dict)
    }


@pytest.fixture
def document(client) -> dict:
    response = client.get("/api/v3/openapi.json")
    assert response.status_code == 200
    # The same normalisation as the snapshot file (keys sorted; JSON types only).
    return json.loads(json.dumps(response.json(), sort_keys=True))


@pytest.fixture
def snapshot() -> dict:
    return json.loads(SNAPSHOT.read_text(encoding="utf-8"))


def test_same_paths_methods_and_operation_ids(document, snapshot):
    assert operations(document) == operations(snapshot)


def test_same_schemas(document, snapshot):
    assert sorted(document["components"]["schemas"]) == sorted(snapshot["components"]["schemas"])
    for name, schema in snapshot["components"]["schemas"].items():
        assert document["components"]["schemas"][name] == schema, name


def test_same_document(document, snapshot):
    """Descriptions, parameters, examples and error answers too."""
    for path, methods in snapshot["paths"].items():
        for method, operation in methods.items():
            assert document["paths"][path][method] == operation, (method, path)
    assert document == snapshot


def test_every_operation_id_is_explicit_and_free_of_module_names(document):
    """ninja names an operation without an explicit id after its module and function
    (`eservice_api_create_application`): moving a file would then rename it."""
    ids = [operation_id for _path, _method, operation_id in operations(document)]
    assert len(ids) == len(set(ids))
    for operation_id in ids:
        assert operation_id
        assert "_api_" not in operation_id, operation_id
