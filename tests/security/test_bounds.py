"""Bounds an attacker could otherwise push past (issue 13, item 6): offsets and searches on
every API list, request bodies before they are read, and receipt PDFs rendered once per state."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

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
