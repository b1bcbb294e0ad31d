"""The database settings for many app servers: persistent, health-checked connections, and
PgBouncer's transaction mode (DATABASE_POOLER=pgbouncer) without server-side cursors."""

import json
import os
import subprocess
import sys
from pathlib import Path

PROJECT = Path(__file__).resolve().parents[2]
SHOW = "import json, rangpur_cms.settings.base as s; print(json.dumps(s.DATABASES['default'], default=str))"


def database_settings(**env: str) -> subprocess.CompletedProcess:
    clean = {k: v for k, v in os.environ.items() if k not in ("DATABASE_URL", "DATABASE_POOLER")}
    clean.update(env)
    return subprocess.run(  # noqa: S603 - fixed arguments
        [sys.executable, "-c", SHOW], cwd=PROJECT, env=clean, capture_output=True, text=True, timeout=120
    )


PG = "postgres://app@10.0.0.7:6432/rangpur"


def test_connections_persist_and_are_checked_before_reuse():
    database = json.loads(database_settings(DATABASE_URL=PG).stdout)
    assert database["CONN_MAX_AGE"] > 0
    assert database["CONN_HEALTH_CHECKS"] is True
    assert not database.get("DISABLE_SERVER_SIDE_CURSORS")


def test_behind_pgbouncer_no_server_side_cursors():
    database = json.loads(database_settings(DATABASE_URL=PG, DATABASE_POOLER="pgbouncer").stdout)
    assert database["DISABLE_SERVER_SIDE_CURSORS"] is True
    assert database["CONN_HEALTH_CHECKS"] is True


def test_an_unknown_pooler_is_refused_with_its_name():
    result = database_settings(DATABASE_URL=PG, DATABASE_POOLER="pgpool")
    assert result.returncode != 0
    assert "DATABASE_POOLER" in result.stderr
