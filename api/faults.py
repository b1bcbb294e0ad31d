"""How the whole site answers when something fails on the server side (Django's `handler500`).

A database that cannot be reached (refused, timed out, restarting) is not a bug in a page: it
answers 503 with `Retry-After`, so browsers, load balancers and API clients know to come back.
Under `/api/` every server error is `application/problem+json`; elsewhere the 503 page is in
Bengali and English at once, since the reader's language may live in the database. Nothing here
touches the database: the page is rendered without a request context.
"""

import sys

from django.conf import settings
from django.db import InterfaceError, OperationalError
from django.http import HttpRequest, HttpResponse
from django.template import loader
from django.utils import translation
from django.utils.translation import gettext as _
from django.views.decorators.csrf import requires_csrf_token
from wagtail.api.v3.errors import problem_response

from api.http import API_PREFIX
from core.http import no_store

# Errors that mean "the database is not there right now", not "this code is wrong".
DATABASE_UNAVAILABLE = (OperationalError, InterfaceError)


def database_unavailable() -> bool:
    """Whether the exception being handled is the database being unreachable."""
    return isinstance(sys.exc_info()[1], DATABASE_UNAVAILABLE)


def unavailable_messages() -> list[dict[str, str]]:
    """The 503 page's words, in Bengali first and then English."""
    messages = []
    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            messages.append(
                {
                    "lang": code,
                    "title": _("The service is temporarily unavailable"),
                    "message": _("We are working on it. Please try again in a few minutes."),
                    "home": _("Home page"),
                }
            )
    return messages


@requires_csrf_token
def server_error(request: HttpRequest) -> HttpResponse:
    api = request.path.startswith(API_PREFIX)
    if database_unavailable():
        if api:
            response = problem_response(
                status=503, detail=_("The service is temporarily unavailable. Please try again shortly.")
            )
        else:
            html = loader.render_to_string("503.html", {"messages": unavailable_messages()})
            response = HttpResponse(html, status=503)
        response["Retry-After"] = str(settings.SERVICE_UNAVAILABLE_RETRY_AFTER)
    elif api:
        response = problem_response(status=500, detail=_("Something went wrong on our side."))
    else:
        response = HttpResponse(loader.render_to_string("500.html"), status=500)
    return no_store(response)
