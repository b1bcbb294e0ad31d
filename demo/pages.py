"""Build a page, and the pages under it, from its description in a data file.

A description names the page type (`type: home.MahalPage`), its `slug`, its `children` (more
descriptions), and sets any of the type's fields by name. Text fields hold Bengali with its
English twin; StreamFields are lists of one-key mappings (`- paragraph: ...`, the block's name
and value); inline rows (a ParentalKey's children, such as a report's figures) are lists of
mappings of the row's fields. A choice takes its stored value (`upazila: pirganj`); a decimal is
written in quotes (`latitude: '25.75580'`) so that it keeps exactly its digits.
"""

from typing import Any

from django.apps import apps
from django.db import models
from wagtail.fields import StreamField
from wagtail.models import Page

from demo.content import English, resolve
from demo.translation import english_locale, translate

# The keys of a page's description that are not fields of the page.
STRUCTURE = ("type", "slug", "children")


def build_page(parent: Page, spec: dict[str, Any]) -> Page:
    """The child of `parent` that `spec` describes, and its descendants.

    A page is looked up by its slug under `parent`; only if it is missing is it created and
    published, and only if its English translation is missing is that made. A second run so
    finds everything in place and changes nothing.
    """
    model = apps.get_model(spec["type"])
    english = English()
    fields = page_fields(model, spec, english)
    page = model.objects.child_of(parent).filter(slug=spec["slug"]).first()
    if page is None:
        page = model(slug=spec["slug"], locale_id=parent.locale_id, **fields)
        parent.add_child(instance=page)
        page.save_revision().publish()
    if page.get_translation_or_none(english_locale()) is None:
        translate(page, english)
    for child in spec.get("children", []):
        build_page(page, child)
    return page


def page_fields(model: type[models.Model], spec: dict[str, Any], english: English) -> dict[str, Any]:
    """The field values `spec` gives a `model` instance, with the English twin of each text in `english`."""
    return {
        name: field_value(model._meta.get_field(name), resolve(value, english))
        for name, value in spec.items()
        if name not in STRUCTURE
    }


def field_value(field: models.Field | models.ForeignObjectRel, value: Any) -> Any:
    """`value`, as resolved from a data file, in the form `field` takes."""
    if isinstance(field, StreamField):
        return [next(iter(block.items())) for block in value]
    if isinstance(field, models.ForeignObjectRel):
        row_model = field.related_model
        return [
            row_model(**{name: field_value(row_model._meta.get_field(name), item) for name, item in row.items()})
            for row in value
        ]
    if field.is_relation:
        return value
    return field.to_python(value)
