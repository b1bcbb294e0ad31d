"""Store page and notice text in Unicode NFC, the one form the search index and queries use.

Bengali can be typed in more than one code-point sequence for the same word (for example
"ো" as one character or as "ে" + "া"); without one stored form, a search would miss words
that look identical on screen.
"""

from django.db import models
from wagtail.models import Page

from core.i18n import nfc


def normalise_text_fields(sender, instance, **kwargs) -> None:
    from notices.models import Notice

    if not isinstance(instance, (Page, Notice)):
        return
    for field in instance._meta.concrete_fields:
        if isinstance(field, (models.CharField, models.TextField)) and not field.choices:
            value = getattr(instance, field.attname)
            if isinstance(value, str):
                setattr(instance, field.attname, nfc(value))
