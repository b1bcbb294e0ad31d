"""Feedback in the v3 API: ``POST feedback/``, the feedback page's form and honeypot, with
problem+json errors per field; anonymous posts share the page's limit (``ESERVICE_FEEDBACK_RATE``)."""

from django.conf import settings
from django.http import HttpRequest
from django.utils import timezone
from ninja import Router, Status
from wagtail.api.v3.auth import AllowAnonymous, BearerTokenAuth

from core.i18n import current_language
from eservice.api.common import form_problem, in_request_language, rate_limited
from eservice.api.schemas import FeedbackCreated, FeedbackIn
from eservice.domain.forms import FeedbackForm

router = Router(tags=["e-service"])


@router.post(
    "/feedback/",
    response={201: FeedbackCreated, 422: dict, 429: dict},
    auth=[BearerTokenAuth(), AllowAnonymous()],
    url_name="eservice_feedback",
    operation_id="feedback_create",
    summary="Send feedback (মতামত ও পরামর্শ)",
)
@in_request_language
def create_feedback(request: HttpRequest, data: FeedbackIn):
    """Name, contact and service (a charter slug) are optional; the message is required."""
    limited = rate_limited(request, "feedback", settings.ESERVICE_FEEDBACK_RATE)
    if limited:
        return limited
    form = FeedbackForm(data.dict())
    if form.is_spam():
        # Look like success, so a bot learns nothing; nothing is stored.
        return Status(201, {"id": 0, "status": "new", "submitted_at": timezone.now()})
    if not form.is_valid():
        return form_problem(form)
    feedback = form.save(current_language())
    return Status(201, {"id": feedback.pk, "status": feedback.status, "submitted_at": feedback.submitted_at})
