"""Production settings refuse to start without their configuration, and pass Django's deploy checks."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

PROJECT = Path(__file__).resolve().parents[2]
COMPLETE_ENV = {
    "SECRET_KEY": "x" * 20 + "a-long-random-production-secret-for-the-check-only",
    "ALLOWED_HOSTS": "portal.example.gov.bd",
    "DATABASE_URL": "postgres://postgres@127.0.0.1:5432/postgres",
}


def manage(*args: str, **env: str) -> subprocess.CompletedProcess:
    clean = {k: v for k, v in os.environ.items() if k not in COMPLETE_ENV and not k.startswith("DJANGO_")}
    clean.update(env, DJANGO_SETTINGS_MODULE="rangpur_cms.settings.production")
    return subprocess.run(  # noqa: S603 - fixed arguments, our own manage.py
        [sys.executable, "manage.py", *args], cwd=PROJECT, env=clean, capture_output=True, text=True, timeout=120
    )


@pytest.mark.parametrize("missing", sorted(COMPLETE_ENV))
def test_production_refuses_to_start_without(missing):
    env = {k: v for k, v in COMPLETE_ENV.items() if k != missing}
    result = manage("check", **env)
    assert result.returncode != 0
    assert f"The environment variable {missing} is required" in result.stderr


def test_production_passes_deploy_checks():
    result = manage("check", "--deploy", "--fail-level", "WARNING", **COMPLETE_ENV)
    assert result.returncode == 0, result.stderr
    assert "no issues" in result.stdout


def test_plain_http_for_benchmarks_still_passes_checks():
    result = manage("check", "--deploy", "--fail-level", "WARNING", SECURE_SSL_REDIRECT="false", **COMPLETE_ENV)
    assert result.returncode == 0, result.stderr


def test_a_malformed_boolean_is_refused_with_its_name():
    result = manage("check", SECURE_SSL_REDIRECT="perhaps", **COMPLETE_ENV)
    assert result.returncode != 0
    assert "SECURE_SSL_REDIRECT" in result.stderr
