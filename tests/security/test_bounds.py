"""Bounds an attacker could otherwise push past (issue 13, item 6): offsets and searches on
every API list, request bodies before they are read, and receipt PDFs rendered once per state."""

import pytest

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
