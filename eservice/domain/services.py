"""The one way applications are created and moved on, shared by the website, the API and the
counter form. Each function is one transaction: either everything is saved or nothing is."""

import datetime
import logging
from collections.abc import Iterable, Mapping
from typing import Any

from django.contrib.auth.models import AbstractBaseUser
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from core.uploads import CheckedUpload
from eservice.domain.calendar import probable_delivery_date
from eservice.domain.signals import application_moved, application_received
from eservice.domain.tracking import new_tracking_number
from eservice.models.applications import Application, ApplicationEvent, ApplicationUpload, Channel, Status
from eservice.models.charter import Service

logger = logging.getLogger("rangpur.eservice")

APPLICANT_FIELDS = ("applicant_name", "guardian_name", "mobile", "nid", "address", "email")
LAND_RECORD_FIELDS = ("upazila", "mouza", "jl_no", "khatian_no", "survey", "dag_nos")
STAFF_CHANNELS = frozenset({Channel.COUNTER, Channel.POST, Channel.UPAZILA, Channel.UNION})

# Where an application may go from each status. Delivered and rejected are final.
TRANSITIONS: dict[str, frozenset[str]] = {
    Status.RECEIVED: frozenset({Status.IN_PROCESS, Status.NEEDS_INFO, Status.READY, Status.REJECTED}),
    Status.IN_PROCESS: frozenset({Status.IN_PROCESS, Status.NEEDS_INFO, Status.READY, Status.REJECTED}),
    Status.NEEDS_INFO: frozenset({Status.IN_PROCESS, Status.READY, Status.REJECTED}),
    Status.READY: frozenset({Status.DELIVERED}),
    Status.DELIVERED: frozenset(),
    Status.REJECTED: frozenset(),
}
# The permission a member of staff needs to move an application *to* each status.
MOVE_PERMISSIONS: dict[str, str] = {
    Status.IN_PROCESS: "eservice.forward_application",
    Status.NEEDS_INFO: "eservice.request_information",
    Status.READY: "eservice.mark_ready",
    Status.DELIVERED: "eservice.deliver_application",
    Status.REJECTED: "eservice.reject_application",
}
# A reason is owed to the applicant for these; it is the only note of an event the applicant is
# shown (on the track page and in the API), the others being staff's notes for the file.
NOTE_REQUIRED = PUBLIC_NOTE_STATUSES = frozenset({Status.NEEDS_INFO, Status.REJECTED})


def submit_application(
    *,
    service: Service,
    data: Mapping[str, Any],
    channel: str = Channel.PORTAL,
    uploads: Iterable[CheckedUpload] = (),
    received_by: AbstractBaseUser | None = None,
    received_at: datetime.datetime | None = None,
    language: str = "bn",
    source_portal_id: int | None = None,
) -> Application:
    """Record an application whose fields are already cleaned (by ``ApplicationForm``).
    ``source_portal_id`` is the Site of the upazila portal the citizen came from, if any.

    Gives it a tracking number and probable delivery date, stores its uploads privately and
    writes the first event; ``application_received`` is sent once the transaction commits.
    """
    if channel not in Channel.values:
        raise ValidationError({"channel": _("Choose one of the channels.")})
    if not service.active:
        raise ValidationError({"service": _("This service is not taking applications.")})
    if channel in STAFF_CHANNELS and received_by is None:
        raise ValidationError({"channel": _("Only staff can record applications from this channel.")})
    received_at = received_at or timezone.now()
    service = service.source
    fields = {name: data.get(name) or "" for name in APPLICANT_FIELDS}
    if service.needs_land_record:
        fields.update({name: data.get(name) or "" for name in LAND_RECORD_FIELDS})

    with transaction.atomic():
        application = Application(
            service=service,
            channel=channel,
            source_portal_id=source_portal_id,
            language="en" if language.startswith("en") else "bn",
            received_at=received_at,
            received_by=received_by if channel != Channel.PORTAL else None,
            probable_delivery_date=probable_delivery_date(received_at, service.time_limit_days),
            status=Status.RECEIVED,
            **fields,
        )
        application.full_clean(exclude=["tracking_number", "receipt_token"])
        # Last, just before the writes: the day's serial stays locked until the commit, so every
        # other submission waits for whatever runs between here and there.
        application.tracking_number = new_tracking_number(timezone.localtime(received_at).date())
        application.save()
        for checked in uploads:
            upload = ApplicationUpload(
                application=application,
                original_name=checked.file.name[:255],
                content_type=checked.content_type,
                size=checked.size,
            )
            upload.file.save(f"upload.{checked.extension}", checked.file, save=False)
            upload.save()
        ApplicationEvent.objects.create(
            application=application,
            actor=received_by,
            at=received_at,
            from_status="",
            to_status=Status.RECEIVED,
            note=str(Channel(channel).label),
        )
        transaction.on_commit(lambda: application_received.send(sender=Application, application=application))
    # The tracking number is not personal data; the applicant's details never reach the log.
    logger.info("Application %s received (%s, %s)", application.tracking_number, service.slug, channel)
    return application


def can_move(user: AbstractBaseUser | None, to_status: str) -> bool:
    permission = MOVE_PERMISSIONS.get(to_status)
    return bool(user and permission and user.is_active and user.has_perm(permission))


def knows_applications(user: AbstractBaseUser | None) -> bool:
    """Whether `user` may learn that an application exists: staff who see or move applications.

    Anyone else (an editor's API token) gets the same answer for a real tracking number as for
    one that does not exist."""
    if not (user and user.is_active):
        return False
    return user.has_perm("eservice.view_application") or any(user.has_perm(p) for p in MOVE_PERMISSIONS.values())


def allowed_moves(application: Application) -> frozenset[str]:
    return TRANSITIONS.get(application.status, frozenset())


def move_application(
    application: Application,
    to_status: str,
    actor: AbstractBaseUser | None,
    note: str = "",
    forwarded_to: str = "",
    check_permission: bool = True,
) -> ApplicationEvent:
    """Move an application to `to_status`, writing the event; ``application_moved`` follows on commit.

    Raises PermissionDenied when `actor` may not make this move, ValidationError when the move
    is not allowed from the current status or a required reason is missing.
    """
    if to_status not in Status.values:
        raise ValidationError({"to_status": _("Choose one of the statuses.")})
    if check_permission and not can_move(actor, to_status):
        raise PermissionDenied(_("You may not move applications to this status."))
    note = (note or "").strip()
    forwarded_to = (forwarded_to or "").strip()
    if to_status in NOTE_REQUIRED and not note:
        raise ValidationError({"note": _("Write the reason; the applicant will be told.")})
    if to_status == Status.IN_PROCESS and not forwarded_to:
        raise ValidationError({"forwarded_to": _("Name the branch or officer the application goes to.")})

    with transaction.atomic():
        # Lock the row so two officers acting at once cannot both move it from the same status.
        locked = Application.objects.select_for_update().get(pk=application.pk)
        from_status = locked.status
        if to_status not in TRANSITIONS[from_status]:
            raise ValidationError(
                {
                    "to_status": _("An application that is “%(from)s” cannot be moved to “%(to)s”.")
                    % {"from": Status(from_status).label, "to": Status(to_status).label}
                }
            )
        locked.status = to_status
        locked.save(update_fields=["status", "updated_at"])
        event = ApplicationEvent.objects.create(
            application=locked,
            actor=actor,
            from_status=from_status,
            to_status=to_status,
            note=note[:2000],
            forwarded_to=forwarded_to[:200],
        )
        transaction.on_commit(
            lambda: application_moved.send(
                sender=Application,
                application=locked,
                event=event,
                from_status=from_status,
                to_status=to_status,
            )
        )
    application.status = locked.status
    application.updated_at = locked.updated_at
    return event
