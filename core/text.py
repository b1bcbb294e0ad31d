"""Text stored and searched in Unicode NFC, the one form the search index and queries share.

Bengali can be typed in more than one code-point sequence for the same word (for example
"ো" as one character or as "ে" + "া"); without one stored form, a search would miss words
that look identical on screen. Every Wagtail page is normalised (core's `ready()` asks for
`Page`); other models ask for it by decorating their class with `store_text_in_nfc`. Words
typed into any search box go through `clean_query`.
"""

from __future__ import annotations

from typing import TypeVar

from django.db import models
from django.db.models.signals import pre_save

from core.i18n import nfc

# The longest search a reader may type, in every search box and the API's `search` parameter.
MAX_QUERY_LENGTH = 200
# The most words a search may have: each is a term the search backend nests in its query, and
# a few hundred overflow Python's recursion limit.
MAX_QUERY_WORDS = 32

ModelClass = TypeVar("ModelClass", bound=type[models.Model])

# The models (with their subclasses) whose text is normalised before every save.
_NFC_MODELS: set[type[models.Model]] = set()


def clean_query(value: str) -> str:
    """Search words in NFC with single spaces: the form they are indexed in."""
    return " ".join(nfc(value or "").split())


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
