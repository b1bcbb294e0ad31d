"""Translate demo content the way an editor would, through wagtail-localize.

The Bengali page or snippet is the source; its English twin is made by wagtail-localize from
the source's segments and the English strings given here, so the demo site behaves exactly
like one translated in the admin (editors can sync and retranslate it later).
"""

from django.db import transaction
from wagtail.models import DraftStateMixin, Locale
from wagtail_localize.models import StringSegment, StringTranslation, Translation, TranslationSource

from core.i18n import nfc


class MissingDemoTranslation(ValueError):
    """A Bengali string of the demo content has no English text: the English page would show Bengali."""


def english_locale() -> Locale:
    return Locale.objects.get_or_create(language_code="en")[0]


def _needs_translation(text: str) -> bool:
    # Slugs, numbers, phone numbers and URLs stay the same in both languages.
    return not text.isascii()


@transaction.atomic
def translate(instance, english: dict[str, str], locale: Locale | None = None, publish: bool = True):
    """Create or refresh the translation of `instance` into `locale` (English by default).

    `english` maps each Bengali source string (a field value, or a paragraph of rich text)
    to its English text. Returns the translated instance.
    """
    locale = locale or english_locale()
    english = {nfc(bn): en for bn, en in english.items()}
    source, _created = TranslationSource.update_or_create_from_instance(instance)
    translation, _created = Translation.objects.get_or_create(
        source=source, target_locale=locale, defaults={"enabled": True}
    )
    missing = []
    for segment in StringSegment.objects.filter(source=source).select_related("string", "context"):
        text = nfc(segment.string.data)
        if text in english:
            target = english[text]
        elif not _needs_translation(text):
            target = text
        else:
            missing.append(text)
            continue
        StringTranslation.objects.update_or_create(
            translation_of=segment.string,
            locale=locale,
            context=segment.context,
            defaults={"data": target, "translation_type": StringTranslation.TRANSLATION_TYPE_MANUAL},
        )
    if missing:
        raise MissingDemoTranslation(f"{instance!r} has no English for: {missing}")
    # wagtail-localize would publish on transaction commit, from a copy of the page taken now;
    # inside the demo command's transaction that copy's stale tree data (numchild) would later
    # overwrite the children added meanwhile, hiding them. So save a draft and publish it now.
    # Models without drafts (plain translatable snippets) can only be saved published.
    translation.save_target(publish=not isinstance(instance, DraftStateMixin))
    target = instance.get_translation(locale)
    if publish and hasattr(target, "get_latest_revision"):
        revision = target.get_latest_revision()
        if revision is not None:
            revision.publish()
            target.refresh_from_db()
    return target
