"""Queue the notifications when the core's signals say an application came in or moved on.

The signals are sent after the transaction commits; queueing is wrapped so that even a broken
task queue only costs the message, never the request or the status change."""

import logging

from django.dispatch import receiver

from eservice.domain.signals import application_moved, application_received
from eservice.models import Application, ApplicationEvent
from eservice.notifications.tasks import send_application_email, send_application_sms

logger = logging.getLogger("rangpur.eservice.notifications")


def queue_notifications(application: Application, event: ApplicationEvent) -> None:
    tasks = [send_application_sms]
    if application.email:
        tasks.append(send_application_email)
    for notification in tasks:
        try:
            notification.enqueue(event.pk)
        except Exception:
            logger.exception("Could not queue %s for %s", notification.name, application.tracking_number)


@receiver(application_received, dispatch_uid="eservice_notify_received")
def notify_received(sender, application: Application, **kwargs) -> None:
    event = application.events.order_by("at", "pk").first()
    if event is not None:
        queue_notifications(application, event)


@receiver(application_moved, dispatch_uid="eservice_notify_moved")
def notify_moved(sender, application: Application, event: ApplicationEvent, **kwargs) -> None:
    queue_notifications(application, event)
