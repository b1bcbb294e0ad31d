"""deploy/ agrees with the app: the proxies' body limits are the app's, Varnish compiles our VCL,
gunicorn logs no query strings, and the units run the commands that exist."""

import re
import runpy
import shutil
import subprocess
from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import get_commands

ROOT = Path(__file__).resolve().parents[2]
DEPLOY = ROOT / "deploy"


def nginx_limits() -> dict[str, int]:
    """client_max_body_size per nginx location ("" for the server's default), in bytes."""
    text = (DEPLOY / "nginx" / "rangpur.conf").read_text()
    limits, location = {}, ""
    for line in text.splitlines():
        line = line.split("#", 1)[0].strip()
        if match := re.match(r"location\s+(?:~\s+)?(\S+)\s*\{", line):
            location = match.group(1)
        elif match := re.match(r"client_max_body_size\s+(\d+)([km]?);", line):
            limits[location] = int(match.group(1)) * {"": 1, "k": 1024, "m": 1024 * 1024}[match.group(2)]
        elif line == "}":
            location = ""
    return limits


def test_nginx_refuses_what_the_app_refuses():
    limits = nginx_limits()
    assert limits.pop("") == settings.REQUEST_BODY_MAX_BYTES
    allowances = dict(settings.REQUEST_BODY_ALLOWANCES)
    uploads = allowances[r"^/admin/(documents|images)/"]
    assert allowances[r"^/api/v3/(documents|images)/"] == uploads
    assert limits.pop(r"^/(admin|api/v3)/(documents|images)/") == uploads
    assert limits.pop(r"^/(bn|en)/(.+/)?apply/[-\w]+/$") == allowances[r"^/(bn|en)/(.+/)?apply/[-\w]+/$"]
    assert limits == {}


@pytest.mark.skipif(shutil.which("varnishd") is None, reason="Needs varnishd (Debian package varnish).")
def test_varnish_compiles_the_vcl(tmp_path):
    vcl = DEPLOY / "varnish"
    compiled = subprocess.run(  # noqa: S603
        [
            shutil.which("varnishd"),
            "-j",
            "none",
            "-C",
            "-f",
            str(vcl / "default.vcl"),
            "-p",
            f"vcl_path={vcl}",
            "-n",
            str(tmp_path),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert compiled.returncode == 0, compiled.stderr[-3000:]


def test_gunicorn_logs_paths_without_query_strings_or_referrers(monkeypatch):
    monkeypatch.setenv("GUNICORN_WORKERS", "3")
    monkeypatch.setenv("GUNICORN_BIND", "127.0.0.1:8342")
    config = runpy.run_path(str(DEPLOY / "gunicorn.conf.py"))
    log_format = config["access_log_format"]
    assert "%(U)s" in log_format  # the path only
    for leaky in ("%(r)s", "%(q)s", "%(f)s", "%({cookie}i)s"):
        assert leaky not in log_format
    assert config["workers"] == 3 and config["bind"] == "127.0.0.1:8342"
    assert config["limit_request_line"] > 0 and config["limit_request_fields"] > 0


def test_the_units_run_commands_that_exist():
    systemd = DEPLOY / "systemd"
    commands = get_commands()
    worker = (systemd / "rangpur-worker.service").read_text()
    assert "manage.py db_worker" in worker and "db_worker" in commands
    purge = (systemd / "rangpur-purge-expired.service").read_text()
    assert "manage.py purge_expired_notices" in purge  # written by the purge work
    assert "OnUnitActiveSec=5min" in (systemd / "rangpur-purge-expired.timer").read_text()
    web = (systemd / "rangpur-web@.service").read_text()
    assert "-c deploy/gunicorn.conf.py rangpur_cms.wsgi:application" in web
    assert "GUNICORN_BIND=127.0.0.1:%i" in web
