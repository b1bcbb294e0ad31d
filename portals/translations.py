"""A portal's English pages as wagtail-localize translations of its Bengali pages.

`create_portal` knows each page's English words (the facts' English names, the UNO's English
designation, the English texts of the unions, offices and tourist spots). Rather than copying
the Bengali page and overwriting its fields, it makes wagtail-localize's own records, as an
editor's "Translate" would: a `TranslationSource` of the Bengali page, a `Translation` into
English, and a `StringTranslation` for each of the source's strings, then lets wagtail-localize
build the English page from them. Translators then find a complete translation in
wagtail-localize's editor, and "Sync translated pages" works as for any other page.

The English words are paired with the source's strings by their place in the page (the segment
path wagtail-localize gives each string): an English twin of the page, never saved, is the
Bengali page with the English fields set, its StreamField blocks given the ids of the Bengali
blocks in the same places. A Bengali string the facts give no English for is left untranslated,
for a translator to fill in (the English page shows the Bengali meanwhile).

Idempotent: a page already translated is left as it is (an editor may have changed it since). An
English page made before this module existed (a plain copy) gets its translation records from
its own words, and is not changed.
"""

from __future__ import annotations

from typing import Any

from django.db import transaction
from wagtail.blocks import StreamValue, StructValue
from wagtail.blocks.list_block import ListValue
from wagtail.fields import StreamField
from wagtail.models import Locale, Page
from wagtail_localize.models import StringSegment, StringTranslation, Translation, TranslationSource
from wagtail_localize.segments import StringSegmentValue
from wagtail_localize.segments.extract import extract_segments


@transaction.atomic
def translate_page(page: Page, locale: Locale, title: str, fields: dict[str, Any]) -> Page:
    """The translation of `page` into `locale`, with `title` and `fields` as its words; made when missing."""
    page = page.specific
    existing = page.get_translation_or_none(locale)
    source, _created = TranslationSource.get_or_create_from_instance(page)
    translation, created = Translation.objects.get_or_create(
        source=source, target_locale=locale, defaults={"enabled": True}
    )
    if existing is None or created:
        twin = existing.specific if existing is not None else english_twin(page, locale, title, fields)
        remember_words(source, page, twin, locale)
    if existing is not None:
        return existing
    # wagtail-localize publishes on commit from a copy of the page taken now; inside
    # create_portal's transaction that copy's stale tree data would later overwrite the
    # children added meanwhile (demo/translation.py does the same for the district's pages).
    translation.save_target(publish=False)
    target = page.get_translation(locale)
    target.get_latest_revision().publish()
    target.refresh_from_db()
    return target


def english_twin(page: Page, locale: Locale, title: str, fields: dict[str, Any]) -> Page:
    """`page` with the English words set, in memory only (never saved)."""
    twin = type(page).objects.get(pk=page.pk)
    twin.title = title
    if page.depth == 2:
        # A home page's translation is its sibling at the top of the tree: Wagtail's
        # copy_for_translation names it "<slug>-<language>", and so does this.
        twin.slug = f"{page.slug}-{locale.language_code}"
    for name, value in fields.items():
        setattr(twin, name, value)
    return twin


def remember_words(source: TranslationSource, page: Page, twin: Page, locale: Locale) -> None:
    """Each string of `source` translated into `locale` as `twin` has it in the same place."""
    for field in type(page)._meta.get_fields():
        if isinstance(field, StreamField):
            _align(getattr(page, field.name), getattr(twin, field.name))
    words = {
        segment.path: segment.string.data
        for segment in extract_segments(twin)
        if isinstance(segment, StringSegmentValue)
    }
    for segment in StringSegment.objects.filter(source=source).select_related("string", "context"):
        text = words.get(segment.context.path)
        if text is None or (text == segment.string.data and not text.isascii()):
            continue  # no English for this Bengali string: a translator's job
        StringTranslation.objects.get_or_create(
            translation_of=segment.string,
            locale=locale,
            context=segment.context,
            defaults={"data": text, "translation_type": StringTranslation.TRANSLATION_TYPE_MANUAL},
        )


def _align(source: Any, twin: Any) -> None:
    """Give the twin's blocks the ids of the source's blocks in the same places (same types only)."""
    if isinstance(source, StreamValue) and isinstance(twin, StreamValue):
        for original, copy in zip(source, twin, strict=False):
            if original.block_type == copy.block_type:
                copy.id = original.id
                _align(original.value, copy.value)
    elif isinstance(source, StructValue) and isinstance(twin, StructValue):
        for name in source.keys() & twin.keys():
            _align(source[name], twin[name])
    elif isinstance(source, ListValue) and isinstance(twin, ListValue):
        for original, copy in zip(source.bound_blocks, twin.bound_blocks, strict=False):
            copy.id = original.id
            _align(original.value, copy.value)
