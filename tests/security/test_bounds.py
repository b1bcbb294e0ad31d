"""Bounds an attacker could otherwise push past (issue 13, item 6): offsets and searches on
every API list, request bodies before they are read, and receipt PDFs rendered once per state."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from eservice.domain.receipts import render_pdf
from eservice.domain.services import move_application
from eservice.models import Status
from eservice.web import centre as centre_views
from tests.eservice.factories import make_application

pytestmark = pytest.mark.django_db

HUGE_OFFSET = "9223372036854775808"
LONG_SEARCH = " ".join(["a"] * 150)

LISTS = [
    "/api/v3/pages/",
    "/api/v3/notices/",
    "/api/v3/documents/",
    "/api/v3/images/",
    "/api/v3/redirects/",
    "/api/v3/snippets/notices.notice/",
]


def assert_problem(response, field: str) -> None:
    assert response.status_code == 422, response.content[:300]
    assert response["Content-Type"].startswith("application/problem+json")
    assert ["query", field] in [error["loc"] for error in response.json()["errors"]]


@pytest.mark.parametrize("path", LISTS)
def test_an_overflowing_offset_is_a_422_on_every_list(client, bilingual_site, path):
    assert_problem(client.get(path, {"offset": HUGE_OFFSET}), "offset")


@pytest.mark.parametrize("path", LISTS)
def test_a_search_of_150_words_is_a_422_on_every_list(client, bilingual_site, path):
    assert_problem(client.get(path, {"search": LONG_SEARCH}), "search")


def test_bounds_say_what_is_allowed(client, bilingual_site):
    many_words = client.get("/api/v3/documents/", {"search": " ".join(["ক"] * 40), "locale": "en"})
    assert many_words.json()["errors"][0]["msg"] == "Search for at most 32 words."
    too_long = client.get("/api/v3/images/", {"search": LONG_SEARCH, "locale": "en"})
    assert too_long.json()["errors"][0]["msg"] == "Search for at most 200 characters."


def test_ordinary_offsets_and_searches_still_work(client, bilingual_site):
    for path in LISTS[:-1]:  # snippets need a token
        response = client.get(path, {"offset": "0", "search": "জেলা প্রশাসন রংপুর"})
        assert response.status_code == 200, (path, response.content[:300])


# --- request bodies ---------------------------------------------------------------------------

FIFTY_MB = 50 * 1024 * 1024


class UnreadableBody:
    """A request body that fails the test if anything reads it."""

    def read(self, *args):
        raise AssertionError("the body was read")

    readline = read


def post_declaring(client, path: str, length: int, **extra):
    """A POST that declares `length` bytes of multipart body; reading any of it fails the test."""
    return client.generic(
        "POST",
        path,
        content_type="multipart/form-data; boundary=BoUnDaRy",
        **{"CONTENT_LENGTH": str(length), "wsgi.input": UnreadableBody(), **extra},
    )


def test_a_50_mb_application_is_refused_unread(client, centre):
    response = post_declaring(client, "/bn/eservice/apply/khatian-copy/", FIFTY_MB)
    assert response.status_code == 413
    assert response["Content-Type"].startswith("text/html")
    assert "MB" in response.text and 'lang="en"' in response.text  # both languages on one page
    assert "fault.css" in response.text  # the site's own font and layout, as on the 503 page


def test_the_api_refuses_a_large_body_as_problem_json(client, centre):
    response = post_declaring(client, "/api/v3/applications/", FIFTY_MB)
    assert response.status_code == 413
    assert response["Content-Type"].startswith("application/problem+json")
    assert response.json()["status"] == 413


def test_the_admin_upload_allowance_is_its_real_maximum(client, settings, bilingual_site):
    settings.UPLOAD_MAX_SIZE = 10 * 1024 * 1024
    refused = post_declaring(client, "/admin/documents/multiple/add/", FIFTY_MB)
    assert refused.status_code == 413
    # Elsewhere, only the form fields' limit.
    assert post_declaring(client, "/bn/feedback/", 3 * 1024 * 1024).status_code == 413


def test_a_body_within_the_apply_allowance_reaches_the_form(client, centre, land_form):
    """4 MB is above the general limit but within the apply form's: the form itself answers."""
    document = SimpleUploadedFile("big.pdf", b"%PDF-1.4\n" + b"0" * (4 * 1024 * 1024), content_type="application/pdf")
    response = client.post("/en/eservice/apply/khatian-copy/", {**land_form, "documents": document})
    assert response.status_code != 413


# --- receipt PDFs -----------------------------------------------------------------------------


@pytest.fixture
def renders(monkeypatch):
    """Counts WeasyPrint runs (each still renders the real PDF)."""
    calls = []

    def counting_render(html, base_url):
        calls.append(base_url)
        return render_pdf(html, base_url)

    monkeypatch.setattr(centre_views, "render_pdf", counting_render)
    return calls


@pytest.mark.usefixtures("fresh_rate_limits")
def test_a_receipt_pdf_is_rendered_once_per_state(client, centre, renders, officer):
    application = make_application(centre.plain)
    url = centre.page_bn.receipt_url(application) + "&format=pdf"
    first = client.get(url)
    second = client.get(url)
    assert first.status_code == second.status_code == 200
    assert first.content == second.content and first.content.startswith(b"%PDF")
    assert len(renders) == 1
    assert "no-store" in second["Cache-Control"]
    # A new state (the application moved on) is a new receipt.
    move_application(application, Status.IN_PROCESS, officer, forwarded_to="Record Room")
    assert client.get(url).status_code == 200
    assert len(renders) == 2


@pytest.mark.usefixtures("fresh_rate_limits")
def test_receipt_pdfs_are_rate_limited_per_address(client, settings, centre, renders):
    settings.ESERVICE_RECEIPT_PDF_RATE = "2/h"
    urls = [centre.page_bn.receipt_url(make_application(centre.plain)) + "&format=pdf" for _ in range(3)]
    assert [client.get(url).status_code for url in urls[:2]] == [200, 200]
    limited = client.get(urls[2])
    assert limited.status_code == 429 and int(limited["Retry-After"]) >= 1
    assert len(renders) == 2
    # Another address is not affected.
    assert client.get(urls[2], REMOTE_ADDR="10.0.0.9").status_code == 200
