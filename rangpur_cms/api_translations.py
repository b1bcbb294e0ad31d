"""One shape for "this item in the other language", shared by every item the API returns.

Pages, notices and charter services each carry `translations`: the item's published
translations keyed by language code (the item's own language is not listed), each naming its
`id`, `title`, public web page (`url`) and place in this API (`detail_url`). One schema keeps
a front end's language switcher the same code for every kind of item.
"""

from typing import Literal

from django.conf import settings
from ninja import Schema
from pydantic import Field

LanguageCode = Literal[tuple(code for code, _name in settings.LANGUAGES)]  # type: ignore[valid-type]


class TranslationLink(Schema):
    id: int
    title: str
    url: str | None = Field(None, description="The translation's public web page.")
    detail_url: str = Field(description="The translation in this API.")


Translations = dict[LanguageCode, TranslationLink]

TRANSLATIONS_DESCRIPTION = "Published translations by language code; the item's own language is not listed."


def translation_link(pk: int, title: str, url: str | None, detail_url: str) -> dict:
    """One entry of `translations`, as TranslationLink describes it."""
    return {"id": pk, "title": title, "url": url, "detail_url": detail_url}
