"""Text stored and searched in Unicode NFC, the one form the search index and queries share.

Bengali can be typed in more than one code-point sequence for the same word (for example
"ো" as one character or as "ে" + "া"); without one stored form, a search would miss words
that look identical on screen. Every Wagtail page is normalised (core's `ready()` asks for
`Page`); other models ask for it by decorating their class with `store_text_in_nfc`. Words
typed into any search box go through `clean_query`, then `search_query`, which asks for every
form of each word (core/stemming.py); models index those forms through `SearchStemsMixin`.
"""

from __future__ import annotations

from typing import TypeVar

from django.db import models
from django.db.models.signals import pre_save
from django.utils.encoding import force_str
from wagtail.search import index
from wagtail.search.query import And, Or, PlainText, SearchQuery

from core.i18n import nfc, to_bengali_digits
from core.stemming import query_words, text_forms, word_forms

# The longest search a reader may type, in every search box and the API's `search` parameter.
MAX_QUERY_LENGTH = 200
# The most words a search may have: each is a term the search backend nests in its query, and
# a few hundred overflow Python's recursion limit.
MAX_QUERY_WORDS = 32
# The most terms one search asks the backend for, all forms of all words together: each form
# is one more level of nesting in the backend's query (see MAX_QUERY_WORDS).
MAX_QUERY_TERMS = 96
STEMS_FIELD_NAME = "search_stems"

ModelClass = TypeVar("ModelClass", bound=type[models.Model])

# The models (with their subclasses) whose text is normalised before every save.
_NFC_MODELS: set[type[models.Model]] = set()


def clean_query(value: str) -> str:
    """Search words in NFC with single spaces: the form they are indexed in."""
    return " ".join(nfc(value or "").split())


class Form(PlainText):
    """One form of a word of a query, already stemmed: no backend stems it again (core/search_backend.py)."""


def search_query(value: str, operator: str = "and", digit_spellings: bool = False) -> SearchQuery | str:
    """What to hand `.search()`: every word (or, with `operator="or"`, any word), each matched
    by any of its forms (core/stemming.py).

    `value` is a cleaned query (`clean_query`). The first form of each word is the word itself;
    when the query has many long words, later words lose their stems before the query outgrows
    MAX_QUERY_TERMS. A query of punctuation alone is passed on as it is. Forms are folded to
    ASCII digits, as the stems an index holds are; `digit_spellings` adds each form with digits
    in Bengali digits too, for fields indexed as typed (the titles that the admin autocompletes).
    """
    words = query_words(value)
    if not words:
        return value
    stems_budget = MAX_QUERY_TERMS - len(words)
    terms = []
    for word in words:
        forms = word_forms(word)
        extra = forms[1 : 1 + max(stems_budget, 0)]
        stems_budget -= len(extra)
        spellings = [forms[0], *extra]
        if digit_spellings:
            spellings += [bengali for form in spellings if (bengali := to_bengali_digits(form)) != form]
        options = [Form(form) for form in spellings]
        terms.append(options[0] if len(options) == 1 else Or(options))
    if len(terms) == 1:
        return terms[0]
    return Or(terms) if operator.lower() == "or" else And(terms)


def searchable_text(value: object) -> str:
    """A search field's value as text, as the search backends flatten it (StreamField, lists)."""
    if isinstance(value, (list, tuple)):
        return " ".join(searchable_text(item) for item in value)
    if isinstance(value, dict):
        return " ".join(searchable_text(item) for item in value.values())
    return "" if value is None else force_str(value)


class SearchStemsMixin:
    """Indexes the forms of every word in a model's search fields (list `STEMS_FIELD` among them),
    so that a search finds inflected words in both directions on every database."""

    def search_stems(self) -> str:
        texts = [
            searchable_text(field.get_value(self))
            for field in self.get_search_fields()
            if isinstance(field, index.SearchField) and field.field_name != STEMS_FIELD_NAME
        ]
        return " ".join(text_forms(" ".join(texts)))


STEMS_FIELD = index.SearchField(STEMS_FIELD_NAME)


def normalise_text_fields(instance: models.Model) -> None:
    """Put every free-text field of `instance` in NFC (fields with choices hold codes, not text)."""
    for field in instance._meta.concrete_fields:
        if isinstance(field, (models.CharField, models.TextField)) and not field.choices:
            value = getattr(instance, field.attname)
            if isinstance(value, str):
                setattr(instance, field.attname, nfc(value))


def store_text_in_nfc(model: ModelClass) -> ModelClass:
    """Normalise the text of `model` and of its subclasses before every save; returns `model`,
    so it can decorate the model's class."""
    _NFC_MODELS.add(model)
    # One receiver for every sender: a page type's pre_save is sent with its own class, and a
    # receiver bound to `Page` alone would miss it.
    pre_save.connect(_normalise_before_save, dispatch_uid="core.text.nfc")
    return model


def _normalise_before_save(sender, instance: models.Model, **kwargs) -> None:
    if isinstance(instance, tuple(_NFC_MODELS)):
        normalise_text_fields(instance)
