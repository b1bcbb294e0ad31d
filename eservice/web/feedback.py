"""The feedback page (মতামত ও পরামর্শ): the form, answered messages, and the thank-you page.

Name and contact are optional; the message is required. The form has a honeypot field that
people never see and bots fill in, and every address may post only ``ESERVICE_FEEDBACK_RATE``
messages. ``POST feedback/`` in the API takes the same form (eservice/domain/forms.py), with
the same honeypot, and counts against the same limit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from django.conf import settings
from django.db.models import QuerySet
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale

from core.http import no_store
from core.i18n import current_language
from eservice.domain.forms import FeedbackForm
from eservice.domain.ratelimit import retry_after
from eservice.models.feedback import Feedback, FeedbackStatus

if TYPE_CHECKING:  # for type hints only: the page's routes call these views
    from eservice.models.pages import FeedbackPage


def published_feedback(limit: int = 10) -> QuerySet[Feedback]:
    """The latest answered messages the office chose to show, newest answer first."""
    return (
        Feedback.objects.filter(published=True, status=FeedbackStatus.ANSWERED)
        .select_related("service")
        .order_by("-answered_at", "-pk")[:limit]
    )


def _context(request: HttpRequest, page: FeedbackPage, **extra: Any) -> dict:
    return {"page": page, "self": page, "request": request, **extra}


def feedback_form(request: HttpRequest, page: FeedbackPage) -> HttpResponse:
    status = 200
    wait = None
    if request.method == "POST":
        form = FeedbackForm(request.POST)
        wait = retry_after(request, "feedback", settings.ESERVICE_FEEDBACK_RATE)
        if wait is not None:
            form.is_valid()
            form.add_error(None, _("You have sent several messages just now. Please try again a little later."))
            status = 429
        elif form.is_spam():
            # Look exactly like success, so a bot learns nothing; nothing is stored.
            return no_store(redirect(page.url + page.reverse_subpage("thanks")))
        elif form.is_valid():
            form.save(current_language())
            return no_store(redirect(page.url + page.reverse_subpage("thanks")))
    else:
        form = FeedbackForm()
    response = TemplateResponse(
        request,
        "eservice/feedback_page.html",
        _context(request, page, form=form, answered=published_feedback(), locale=Locale.get_active()),
        status=status,
    )
    if wait is not None:
        response["Retry-After"] = str(wait)
    return no_store(response)


def thanks(request: HttpRequest, page: FeedbackPage) -> HttpResponse:
    return TemplateResponse(request, "eservice/feedback_thanks.html", _context(request, page))
