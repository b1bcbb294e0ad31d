"""Schemathesis against the live OpenAPI document: every public GET and POST operation is
fuzzed through the Django WSGI app, and any server error or response that does not match the
declared schema (status code, content type, body) fails the test suite, and so CI.

Bounded so that it runs in every `make test` on both databases: few examples per operation,
derandomized (the same cases every run), and no per-example deadline.
"""

import pytest
import schemathesis
from django.core.cache import cache
from django.core.signals import request_finished, request_started
from django.db import close_old_connections
from hypothesis import HealthCheck, given, settings
from schemathesis import GenerationMode
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_schema_conformance,
    status_code_conformance,
)
from wagtail_factories import DocumentFactory, ImageFactory

from rangpur_cms.wsgi import application
from tests.eservice.conftest import build_centre
from tests.factories import ContentPageFactory, NoticeFactory
from tests.notices.conftest import build_boards, translate_notice

CHECKS = [not_a_server_error, status_code_conformance, content_type_conformance, response_schema_conformance]


@pytest.fixture
def demo_site(bilingual_site, settings):
    """A small bilingual site: sections, the notice board with a photo notice, the e-service centre."""
    # Fuzzing posts hundreds of anonymous applications; the production limit would answer 429.
    settings.API_ANON_RATE = "100000/m"
    cache.clear()
    build_centre(bilingual_site)
    build_boards(bilingual_site)
    ContentPageFactory(parent=bilingual_site.home_bn, locale=bilingual_site.bn, title="জেলার পটভূমি")
    notice = NoticeFactory(
        title="ভূমি মেলা",
        photo=ImageFactory(),
        photo_alt="মেলার মঞ্চ",
        attachment=DocumentFactory(title="সময়সূচি", file__data=b"%PDF-1.4 schedule"),
    )
    translate_notice(notice, bilingual_site.en, "Land fair")
    return bilingual_site


def is_public(operation) -> bool:
    security = operation.definition.raw.get("security")
    return operation.method.upper() in ("GET", "POST") and (not security or {} in security)


def modes(operation) -> tuple[GenerationMode, ...]:
    """Positive cases always; negative ones where the operation takes input that can be wrong."""
    raw = operation.definition.raw
    if raw.get("parameters") or raw.get("requestBody"):
        return (GenerationMode.POSITIVE, GenerationMode.NEGATIVE)
    return (GenerationMode.POSITIVE,)


def fuzz(operation, mode: GenerationMode) -> str | None:
    """Run one operation's examples; the first failing case's description, or None."""

    @given(case=operation.as_strategy(generation_mode=mode))
    @settings(max_examples=8, derandomize=True, deadline=None, database=None, suppress_health_check=list(HealthCheck))
    def run(case):
        case.call_and_validate(checks=CHECKS)

    try:
        run()
    except BaseException as failure:  # hypothesis raises groups of failures; all are reported
        if isinstance(failure, KeyboardInterrupt):
            raise
        return f"{operation.method.upper()} {operation.path} ({mode.value}): {failure}"
    return None


@pytest.fixture
def connection_kept_open():
    """Keep the test's database connection across WSGI requests, as Django's test client does.

    Called directly, the WSGI handler sends request_started/request_finished, whose
    close_old_connections would close the PostgreSQL connection holding the test transaction.
    """
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    yield
    request_started.connect(close_old_connections)
    request_finished.connect(close_old_connections)


@pytest.mark.django_db
def test_public_api_matches_its_openapi_document(demo_site, connection_kept_open):
    # Loaded from the running app, so the document fuzzed is the one clients get.
    schema = schemathesis.openapi.from_wsgi("/api/v3/openapi.json", application)
    operations = [result.ok() for result in schema.get_all_operations()]
    public = [operation for operation in operations if is_public(operation)]
    fuzzed = {(operation.method.upper(), operation.path) for operation in public}
    assert {
        ("GET", "/api/v3/pages/"),
        ("GET", "/api/v3/pages/find/"),
        ("GET", "/api/v3/locales/"),
        ("GET", "/api/v3/notices/{notice_id}/"),
        ("POST", "/api/v3/applications/"),
        ("POST", "/api/v3/applications/track/"),
        ("POST", "/api/v3/feedback/"),
        ("GET", "/api/v3/preview/"),
    } <= fuzzed
    failures = [failure for operation in public for mode in modes(operation) if (failure := fuzz(operation, mode))]
    assert not failures, "\n\n".join(failures)
