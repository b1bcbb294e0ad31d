"""The notification tasks, queued with django-tasks (Wagtail's task framework, ``TASKS`` setting).

Each task takes the id of the event to announce, so a queued task carries no personal data.
A send that fails marks the task failed; the application and its event are already committed.
"""

import logging

from django.conf import settings
from django.core.mail import send_mail
from django_tasks import task

from eservice.models import ApplicationEvent
from eservice.notifications.backends import get_sms_backend
from eservice.notifications.messages import email_subject, sms_text
from eservice.notifications.privacy import mask_email, mask_mobile

logger = logging.getLogger("rangpur.eservice.notifications")


def _event(event_id: int) -> ApplicationEvent:
    return ApplicationEvent.objects.select_related("application__service").get(pk=event_id)


@task()
def send_application_sms(event_id: int) -> str:
    event = _event(event_id)
    application = event.application
    try:
        get_sms_backend().send(application.mobile, sms_text(application, event))
    except Exception:
        logger.warning(
            "SMS about %s (%s) to %s failed",
            application.tracking_number,
            event.to_status,
            mask_mobile(application.mobile),
        )
        raise
    return "sent"


@task()
def send_application_email(event_id: int) -> str:
    event = _event(event_id)
    application = event.application
    if not application.email:
        return "no email"
    try:
        send_mail(
            email_subject(application, event),
            sms_text(application, event),
            settings.DEFAULT_FROM_EMAIL,
            [application.email],
        )
    except Exception:
        logger.warning(
            "Email about %s (%s) to %s failed",
            application.tracking_number,
            event.to_status,
            mask_email(application.email),
        )
        raise
    return "sent"
