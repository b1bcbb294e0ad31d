"""The application form of a service, described for programs: what a front end needs to build the
form without reading our source (``GET /api/v3/services/{slug}/`` carries it as ``form``).

The description is read off the very form the website and the API validate with
(``ApplicationForm``), so the two cannot drift apart: a field added to the form appears here,
with its labels in both languages, its type, whether it is required, its length, its pattern and
its choices.
"""

from django import forms
from django.conf import settings
from django.utils import translation

from eservice.domain.forms import ApplicationForm
from eservice.domain.patterns import MOBILE_PATTERN, NID_PATTERN
from eservice.domain.uploads import ACCEPT
from eservice.models.charter import Service

LANGUAGES = ("bn", "en")

PATTERNS = {"mobile": MOBILE_PATTERN, "nid": NID_PATTERN}


def _field_type(field: forms.Field) -> str:
    if isinstance(field, forms.ChoiceField):
        return "choice"
    if isinstance(field, forms.FileField):
        return "files"
    if isinstance(field, forms.EmailField):
        return "email"
    if isinstance(field.widget, forms.Textarea):
        return "textarea"
    return "text"


def _in_languages(text_of) -> dict[str, str]:
    """{"bn": …, "en": …}: ``text_of()`` evaluated with each language active."""
    texts = {}
    for language in LANGUAGES:
        with translation.override(language):
            texts[language] = str(text_of() or "")
    return texts


def _choices(field: forms.ChoiceField) -> list[dict]:
    # The empty choice is the prompt ("choose one"), not a value a program can send.
    values = [(value, label) for value, label in field.choices if value != ""]
    return [{"value": value, "label": _in_languages(lambda label=label: label)} for value, label in values]


def _describe(name: str, field: forms.Field) -> dict:
    kind = _field_type(field)
    description = {
        "name": name,
        "type": kind,
        "required": field.required,
        "label": _in_languages(lambda: field.label),
        "help_text": _in_languages(lambda: field.help_text),
        "max_length": _max_length(field),
        "pattern": PATTERNS.get(name),
        "choices": _choices(field) if kind == "choice" else [],
    }
    if kind == "files":
        description["accept"] = ACCEPT
        description["max_files"] = settings.ESERVICE_UPLOAD_MAX_FILES
        description["max_file_bytes"] = settings.ESERVICE_UPLOAD_MAX_BYTES
    return description


def _max_length(field: forms.Field) -> int | None:
    # The limit the applicant meets is the widget's (after trimming and NFC); the field's own
    # max_length is looser on purpose (see forms._text).
    limit = field.widget.attrs.get("maxlength") or getattr(field, "max_length", None)
    return int(limit) if limit else None


def describe_application_form(service: Service) -> list[dict]:
    """Each field of ``service``'s application form, in the order the website shows them."""
    form = ApplicationForm(service=service)
    return [_describe(name, field) for name, field in form.fields.items()]
