"""Security headers: a Content-Security-Policy with no inline code on the public site (report-only
on the admin), a Permissions-Policy, HSTS from the environment, and X-Forwarded-Proto believed
only behind a declared proxy. Issue 13, item 5."""

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.cache import cache

from eservice.models import Application, FeedbackPage
from tests.eservice.conftest import LAND_FORM, build_centre

PROJECT = Path(__file__).resolve().parents[2]
# Rendered by WeasyPrint into a PDF, never sent to a browser: its <style> is no CSP matter.
NOT_FOR_BROWSERS = {"eservice/receipt_pdf.html"}
INLINE_CODE = re.compile(
    r"<style\b|\sstyle\s*=|\son[a-z]+\s*=|<script\b(?![^>]*\bsrc=)(?![^>]*type=\"application/json\")", re.I
)


def csp_directives(header: str) -> dict[str, list[str]]:
    directives = {}
    for part in header.split(";"):
        words = part.split()
        if words:
            directives[words[0]] = words[1:]
    return directives


@pytest.fixture
def public_pages(client, bilingual_site):
    """Every kind of public page a citizen meets, the e-service receipt included."""
    cache.clear()
    build_centre(bilingual_site)
    page = FeedbackPage(title="মতামত ও পরামর্শ", slug="feedback", locale=bilingual_site.bn)
    bilingual_site.home_bn.add_child(instance=page)
    page.save_revision().publish()
    applied = client.post("/bn/eservice/apply/khatian-copy/", LAND_FORM)
    application = Application.objects.get()
    return [
        "/bn/",
        "/en/",
        "/bn/eservice/",
        "/bn/eservice/apply/khatian-copy/",
        applied["Location"],
        applied["Location"] + "&paper=slip",
        f"/bn/eservice/track/?n={application.tracking_number}",
        "/bn/eservice/board/",
        "/bn/feedback/",
        "/bn/search/?q=রংপুর",
    ]


@pytest.mark.django_db
def test_public_pages_enforce_a_csp_without_unsafe_inline(client, public_pages):
    for path in public_pages:
        response = client.get(path)
        assert response.status_code == 200, path
        header = response["Content-Security-Policy"]
        directives = csp_directives(header)
        assert "'unsafe-inline'" not in header and "'unsafe-eval'" not in header, path
        assert directives["default-src"] == ["'self'"]
        assert directives["object-src"] == ["'none'"]
        assert "'self'" in directives["script-src"] and "'self'" in directives["style-src"]
        assert "Content-Security-Policy-Report-Only" not in response, path


@pytest.mark.django_db
def test_public_pages_carry_no_inline_script_or_style(client, public_pages):
    for path in public_pages:
        html = client.get(path).content.decode()
        nonce_free = re.sub(r"<(script|style)\b[^>]*\bnonce=\"[^\"]+\"", "<nonced", html)
        found = INLINE_CODE.findall(nonce_free)
        assert not found, (path, found)


def test_templates_carry_no_inline_script_or_style():
    for template in sorted((PROJECT / "templates").rglob("*.html")):
        name = template.relative_to(PROJECT / "templates").as_posix()
        if name in NOT_FOR_BROWSERS:
            continue
        text = re.sub(
            r"<(script|style)\b[^>]*\bnonce=\"\{\{ request\.csp_nonce \}\}\"", "<nonced", template.read_text()
        )
        assert not INLINE_CODE.findall(text), name


@pytest.mark.django_db
def test_the_admin_gets_the_policy_report_only(client, admin_user):
    client.force_login(admin_user)
    response = client.get("/admin/")
    assert response.status_code == 200
    assert "Content-Security-Policy" not in response
    assert "default-src 'self'" in response["Content-Security-Policy-Report-Only"]


@pytest.mark.django_db
def test_permissions_policy_switches_off_unused_features(client, bilingual_site):
    for path in ("/bn/", "/api/v3/locales/"):
        header = client.get(path)["Permissions-Policy"]
        for feature in ("camera=()", "microphone=()", "geolocation=()", "payment=()", "usb=()"):
            assert feature in header, (path, feature)


def production(code: str, **env: str) -> subprocess.CompletedProcess:
    clean = {k: v for k, v in os.environ.items() if not k.startswith("DJANGO_")}
    clean.pop("SECURE_HSTS_SECONDS", None)
    clean.pop("TRUSTED_PROXY_COUNT", None)
    clean.update(
        SECRET_KEY="x" * 50,
        ALLOWED_HOSTS="portal.example.gov.bd",
        DATABASE_URL="postgres://postgres@127.0.0.1:9/nowhere",
        DJANGO_SETTINGS_MODULE="rangpur_cms.settings.production",
        **env,
    )
    return subprocess.run(  # noqa: S603 - our own interpreter and a fixed snippet
        [sys.executable, "-c", f"import django; django.setup(); {code}"],
        cwd=PROJECT,
        env=clean,
        capture_output=True,
        text=True,
        timeout=120,
    )


SETTINGS = "from django.conf import settings; import json; print(json.dumps([settings.SECURE_HSTS_SECONDS, settings.SECURE_PROXY_SSL_HEADER]))"


def test_hsts_seconds_come_from_the_environment():
    result = production(SETTINGS, SECURE_HSTS_SECONDS="600")
    assert json.loads(result.stdout)[0] == 600, result.stderr
    assert json.loads(production(SETTINGS).stdout)[0] == 60 * 60 * 24 * 365
    refused = production(SETTINGS, SECURE_HSTS_SECONDS="a year")
    assert refused.returncode != 0 and "SECURE_HSTS_SECONDS" in refused.stderr


ASK_AS_HTTPS = (
    "from django.test import Client; "
    "response = Client(raise_request_exception=False).get('/bn/', HTTP_HOST='portal.example.gov.bd', "
    "HTTP_X_FORWARDED_PROTO='https'); print(response.status_code, response.get('Location', ''))"
)


def test_forwarded_proto_is_ignored_without_a_trusted_proxy():
    assert json.loads(production(SETTINGS).stdout)[1] is None
    # A client that claims HTTPS over plain HTTP is still sent to HTTPS.
    status, location = production(ASK_AS_HTTPS).stdout.split()
    assert status == "301" and location.startswith("https://")


def test_forwarded_proto_is_believed_behind_a_declared_proxy():
    assert json.loads(production(SETTINGS, TRUSTED_PROXY_COUNT="1").stdout)[1] == ["HTTP_X_FORWARDED_PROTO", "https"]
    # The proxy said HTTPS: no redirect (the page itself then needs the database, which is away).
    assert production(ASK_AS_HTTPS, TRUSTED_PROXY_COUNT="1").stdout.split()[0] != "301"
