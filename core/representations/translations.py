"""One shape for "this item in the other language", shared by every item the API returns.

Pages, notices and charter services each carry `translations`: the item's published
translations keyed by language code (the item's own language is not listed), each naming its
`id`, `title`, public web page (`url`) and place in this API (`detail_url`). One schema keeps
a front end's language switcher the same code for every kind of item.
"""

from collections import defaultdict
from collections.abc import Callable, Iterable
from typing import Literal

from django.conf import settings
from django.db.models import Model, QuerySet
from django.http import HttpRequest
from django.urls import reverse
from pydantic import Field
from wagtail.models import Page

from core.representations.media import public_url
from core.representations.schema import ItemSchema

LanguageCode = Literal[tuple(code for code, _name in settings.LANGUAGES)]  # type: ignore[valid-type]


class TranslationLink(ItemSchema):
    id: int
    title: str
    url: str | None = Field(None, description="The translation's public web page.")
    detail_url: str = Field(description="The translation in this API.")


Translations = dict[LanguageCode, TranslationLink]

TRANSLATIONS_DESCRIPTION = "Published translations by language code; the item's own language is not listed."


def translation_link(pk: int, title: str, url: str | None, detail_url: str) -> dict:
    """One entry of `translations`, as TranslationLink describes it."""
    return {"id": pk, "title": title, "url": url, "detail_url": detail_url}


def page_translation_link(page: Page, request: HttpRequest | None = None) -> dict:
    """One translation of a page, as TranslationLink describes it."""
    return translation_link(
        page.pk,
        page.title,
        page.get_full_url(request),
        public_url(reverse("wagtailapi_v3:detail_page", kwargs={"page_id": page.pk}), request),
    )


def translations_of(
    items: Iterable[Model], translations: QuerySet, link: Callable[[Model], dict]
) -> dict[int, dict[str, dict]]:
    """Each item's translations, looked up for all the items in one query: {item pk: {language: link}}.

    `translations` is what counts as a published translation (e.g. live pages, active services);
    `link(other)` gives its entry in `translations`. The item's own language is never listed.
    """
    items = list(items)
    by_key: dict = defaultdict(list)
    found = (
        translations.filter(translation_key__in={item.translation_key for item in items})
        .select_related("locale")
        .order_by("locale_id")
    )
    for other in found:
        by_key[other.translation_key].append(other)
    return {
        item.pk: {
            other.locale.language_code: link(other) for other in by_key[item.translation_key] if other.pk != item.pk
        }
        for item in items
    }
