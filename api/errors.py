"""Request-validation errors of the API, in the request's language.

Wagtail's v3 API already answers validation errors as problem+json with one entry per field;
pydantic writes their messages in English. Here the usual error types get translated
messages (the `type` of each entry stays as it was, for programs), and `loc` names the field
as the client sent it: `["body", "mobile"]`, not `["body", "data", "mobile"]` (`data` is the
name of the view's parameter, in Wagtail's routers and ours alike, not part of the request).
"""

from django.http import HttpRequest, HttpResponse
from django.utils.translation import gettext as _
from ninja import NinjaAPI
from ninja.errors import ValidationError as NinjaValidationError
from wagtail.api.v3.errors import problem_response


def _message(error: dict) -> str:
    context = error.get("ctx") or {}
    kind = error.get("type", "")
    messages = {
        "missing": _("This field is required."),
        "int_parsing": _("Enter a whole number."),
        "int_type": _("Enter a whole number."),
        "float_parsing": _("Enter a number."),
        "bool_parsing": _("Enter true or false."),
        "string_type": _("Enter text."),
        "date_from_datetime_parsing": _("Enter a date as YYYY-MM-DD."),
        "date_parsing": _("Enter a date as YYYY-MM-DD."),
        "datetime_parsing": _("Enter a date and time in ISO 8601 form."),
        "literal_error": _("Choose one of: %(choices)s.") % {"choices": context.get("expected", "")},
        "enum": _("Choose one of: %(choices)s.") % {"choices": context.get("expected", "")},
        "greater_than_equal": _("Enter a value of at least %(limit)s.") % {"limit": context.get("ge", "")},
        "greater_than": _("Enter a value greater than %(limit)s.") % {"limit": context.get("gt", "")},
        "less_than_equal": _("Enter a value of at most %(limit)s.") % {"limit": context.get("le", "")},
        "less_than": _("Enter a value less than %(limit)s.") % {"limit": context.get("lt", "")},
        "string_too_long": _("Enter at most %(limit)s characters.") % {"limit": context.get("max_length", "")},
        "string_too_short": _("Enter at least %(limit)s characters.") % {"limit": context.get("min_length", "")},
        "json_invalid": _("The request body is not valid JSON."),
        "model_attributes_type": _("The request body must be a JSON object."),
        "dict_type": _("The request body must be a JSON object."),
        "extra_forbidden": _("This field is not allowed."),
    }
    return messages.get(kind, error.get("msg", _("This value is not valid.")))


def _client_loc(loc) -> list:
    loc = list(loc)
    return ["body", *loc[2:]] if loc[:2] == ["body", "data"] else loc


def register_translated_validation_errors(api: NinjaAPI) -> None:
    @api.exception_handler(NinjaValidationError)
    def validation_error(request: HttpRequest, exc: NinjaValidationError) -> HttpResponse:
        errors = [
            {
                "type": error.get("type", "invalid"),
                "loc": _client_loc(error.get("loc", [])),
                "msg": _message(error),
            }
            for error in exc.errors
        ]
        return problem_response(status=422, detail=_("Some values are not valid."), errors=errors)
