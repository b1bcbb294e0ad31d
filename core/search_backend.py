"""The search backend: Wagtail's database backend, asking for every form of each word typed.

The site search and the notice board hand `.search()` a query built by `core.text.search_query`
(each word matched by any of its forms, core/stemming.py). Wagtail's own searches hand the
backend the words as typed: the API's `?search=` on pages, images, documents and snippets
(`wagtail.api.v3.schemas.params.SearchSchema`), and the admin's searches (the page explorer and
page search, snippet, image and document listings, choosers), which mostly *autocomplete*. So
"খতিয়ান" found "খতিয়ানের" on the site but not there. This backend turns a query of words
(a string, or the `PlainText` the admin's page search parses) into the same stemmed query
before Wagtail's backend compiles it, so every search matches inflections the same way:

- `search()` matches whole words: a form must be a word of the index (pages and notices index
  the forms of their words, `core.text.SearchStemsMixin`), so "পুর" never finds "রংপুর";
- `autocomplete()` matches each form as the start of a word, so "খতিয়ানের" typed in the
  explorer finds the page titled "খতিয়ান" (a form of the word is the start of it); titles are
  indexed there as typed, so a number is asked for in both digits ("2027" finds "২০২৭").

On SQLite a search may not be narrowed to named fields: its full-text table has one column per
kind of text (title, body, autocomplete), and modelsearch (0.x, with Wagtail 8.0.1) asks it for
a column per field named, which fails ("no such column: memo_number") for any admin listing
whose viewset lists `search_fields` (notices, services). There the whole entry of each item is
searched instead, which holds every field the model indexes; PostgreSQL keeps the fields named.
tests/search/test_stemming_in_api_and_admin.py checks that upstream still fails without this.

Queries that are already built (`search_query`'s, a `Phrase`, `MATCH_ALL`) pass unchanged.
Selected with `WAGTAILSEARCH_BACKENDS["default"]["BACKEND"] = "core.search_backend"`, the
documented way to name a backend module (one with a `SearchBackend` callable); the database
backend it extends is the one Wagtail picks for the connection (PostgreSQL or SQLite FTS5).
"""

from __future__ import annotations

from functools import cache

from modelsearch.backends import database
from wagtail.search.query import PlainText

from core.stemming import query_words
from core.text import MAX_QUERY_WORDS, clean_query, search_query


def stemmed(query, operator: str | None = None, digit_spellings: bool = False):
    """`query` with each word matched by any of its forms; anything but words unchanged."""
    if type(query) is PlainText:  # words as typed; a `Form` of search_query's is stemmed already
        query, operator = query.query_string, query.operator
    if not isinstance(query, str):
        return query
    text = clean_query(query)
    if not text or len(query_words(text)) > MAX_QUERY_WORDS:
        return query  # nothing to stem, or too many words to nest: Wagtail's query as it was
    # Without an operator, every word must match: the database backends' default.
    return search_query(text, operator=operator or "and", digit_spellings=digit_spellings)


def fields_it_can_search(query_compiler_class: type, fields: list[str] | None) -> list[str] | None:
    """`fields`, or None (every field indexed) where the backend cannot narrow a search to them."""
    columns = getattr(query_compiler_class, "FTS_TABLE_FIELDS", None)  # SQLite's compilers only
    if fields is None or columns is None or set(fields) <= set(columns):
        return fields
    return None


class StemmedQueriesMixin:
    """Searches and autocompletes with the forms of each word (see the module's docstring)."""

    def search(self, query, model_or_queryset, fields=None, operator=None, order_by_relevance=True):
        return super().search(
            stemmed(query, operator),
            model_or_queryset,
            fields=fields_it_can_search(self.query_compiler_class, fields),
            operator=operator,
            order_by_relevance=order_by_relevance,
        )

    def autocomplete(self, query, model_or_queryset, fields=None, operator=None, order_by_relevance=True):
        return super().autocomplete(
            stemmed(query, operator, digit_spellings=True),
            model_or_queryset,
            fields=fields_it_can_search(self.autocomplete_query_compiler_class, fields),
            operator=operator,
            order_by_relevance=order_by_relevance,
        )


@cache
def with_stemmed_queries(backend_class: type) -> type:
    """`backend_class` with StemmedQueriesMixin in front (one class per database backend)."""
    return type(f"Stemmed{backend_class.__name__}", (StemmedQueriesMixin, backend_class), {})


def SearchBackend(params):  # noqa: N802 the name Wagtail looks for in a backend module
    """The database backend for this connection, with stemmed queries."""
    return with_stemmed_queries(type(database.SearchBackend(params)))(params)
