"""Applications for a service, their append-only event log, their private uploads and the
per-day counter behind tracking numbers. Applications are never deleted, only moved on."""

import secrets

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.db import models
from django.utils import timezone
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _

from core.choices import Upazila
from eservice.models.storage import private_storage


class Channel(models.TextChoices):
    COUNTER = "counter", _("Counter")
    POST = "post", _("Post")
    PORTAL = "portal", _("District portal")
    UPAZILA = "upazila", _("Upazila e-service counter")
    UNION = "union", _("Union Digital Centre")


class Status(models.TextChoices):
    RECEIVED = "received", _("Received")
    IN_PROCESS = "in_process", _("In process")
    NEEDS_INFO = "needs_info", _("Needs information")
    READY = "ready", _("Ready for delivery")
    DELIVERED = "delivered", _("Delivered")
    REJECTED = "rejected", _("Rejected")


# Statuses of work still to do: an application in one of them is overdue once its probable
# delivery date has passed (ready ones wait only for the applicant).
OVERDUE_STATUSES = frozenset({Status.RECEIVED, Status.IN_PROCESS, Status.NEEDS_INFO})


class Survey(models.TextChoices):
    CS = "CS", _("CS (Cadastral Survey)")
    SA = "SA", _("SA (State Acquisition)")
    RS = "RS", _("RS (Revisional Survey)")
    BS = "BS", _("BS (Bangladesh Survey)")


def new_receipt_token() -> str:
    return secrets.token_urlsafe(24)


class UndeletableQuerySet(models.QuerySet):
    """Records that form the office's register: a bulk delete is refused like a single one."""

    def delete(self):
        raise PermissionDenied(f"{self.model._meta.verbose_name_plural} are never deleted.")


class Application(models.Model):
    """A citizen's application for a service, from any channel, with its tracking number and status."""

    # Citizens' records are not content: Wagtail's reference index (the admin's "usage" of a
    # service page or a user) need not list them, and indexing each one cost a submission
    # several queries inside the transaction that holds the day's serial.
    wagtail_reference_index_ignore = True

    tracking_number = models.CharField(_("tracking number"), max_length=20, unique=True, editable=False)
    service = models.ForeignKey(
        "eservice.Service", verbose_name=_("service"), on_delete=models.PROTECT, related_name="applications"
    )
    channel = models.CharField(_("channel"), max_length=10, choices=Channel.choices, default=Channel.PORTAL)
    source_portal = models.ForeignKey(
        "wagtailcore.Site",
        verbose_name=_("applied from portal"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The upazila portal whose link the citizen followed to apply, if any."),
    )
    language = models.CharField(
        _("applicant's language"),
        max_length=5,
        choices=settings.LANGUAGES,
        default="bn",
        help_text=_("Messages to the applicant are sent in this language."),
    )
    applicant_name = models.CharField(_("applicant's name"), max_length=100)
    guardian_name = models.CharField(_("father's or husband's name"), max_length=100)
    mobile = models.CharField(_("mobile"), max_length=11, db_index=True)
    nid = models.CharField(_("NID number"), max_length=17)
    address = models.TextField(_("address"), max_length=500)
    email = models.EmailField(_("email"), blank=True)
    # Land-record services only (Service.extra_fields == "land_record").
    upazila = models.CharField(_("upazila"), max_length=20, choices=Upazila.choices, blank=True)
    mouza = models.CharField(_("mouza"), max_length=100, blank=True)
    jl_no = models.CharField(_("JL no."), max_length=20, blank=True)
    khatian_no = models.CharField(_("khatian no."), max_length=50, blank=True)
    survey = models.CharField(_("survey"), max_length=2, choices=Survey.choices, blank=True)
    dag_nos = models.CharField(_("dag nos."), max_length=200, blank=True)

    received_at = models.DateTimeField(_("received at"), default=timezone.now, db_index=True)
    # Staff accounts are deactivated, never deleted, so who received what stays on record.
    received_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("received by"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )
    probable_delivery_date = models.DateField(_("probable delivery date"), db_index=True)
    status = models.CharField(
        _("status"), max_length=12, choices=Status.choices, default=Status.RECEIVED, db_index=True
    )
    receipt_token = models.CharField(_("receipt token"), max_length=64, default=new_receipt_token, editable=False)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    objects = UndeletableQuerySet.as_manager()

    class Meta:
        verbose_name = _("application")
        verbose_name_plural = _("applications")
        ordering = ["-received_at", "-pk"]
        default_permissions = ("add", "change", "view")
        permissions = [
            ("forward_application", _("Can forward an application to a branch or officer")),
            ("request_information", _("Can ask the applicant for more information")),
            ("mark_ready", _("Can mark an application ready for delivery")),
            ("deliver_application", _("Can deliver an application")),
            ("reject_application", _("Can reject an application")),
        ]

    def __str__(self) -> str:
        return self.tracking_number

    def delete(self, *args, **kwargs):
        raise PermissionDenied("Applications are never deleted, only moved on.")

    @property
    def is_overdue(self) -> bool:
        # Today in the office's time zone (Asia/Dhaka), as the probable delivery date is.
        return self.status in OVERDUE_STATUSES and self.probable_delivery_date < timezone.localdate()

    @property
    def land_record(self) -> dict[str, str]:
        """The land-record fields that were filled in, label → value, for receipts and staff views."""
        fields = ["upazila", "mouza", "jl_no", "khatian_no", "survey", "dag_nos"]
        values = {}
        for name in fields:
            value = getattr(self, name)
            if value:
                display = getattr(self, f"get_{name}_display", None)
                values[capfirst(str(self._meta.get_field(name).verbose_name))] = display() if display else value
        return values


class ApplicationEvent(models.Model):
    """One step in an application's history: who moved it, when, from which status to which, and why."""

    wagtail_reference_index_ignore = True

    application = models.ForeignKey(
        Application, verbose_name=_("application"), on_delete=models.PROTECT, related_name="events"
    )
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("by"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )
    at = models.DateTimeField(_("at"), default=timezone.now)
    from_status = models.CharField(_("from"), max_length=12, choices=Status.choices, blank=True)
    to_status = models.CharField(_("to"), max_length=12, choices=Status.choices)
    note = models.TextField(_("note"), blank=True, max_length=2000)
    forwarded_to = models.CharField(
        _("forwarded to"), max_length=200, blank=True, help_text=_("The branch or officer the file went to.")
    )

    objects = UndeletableQuerySet.as_manager()

    class Meta:
        verbose_name = _("application event")
        verbose_name_plural = _("application events")
        ordering = ["at", "pk"]
        default_permissions = ("add", "view")

    def __str__(self) -> str:
        return f"{self.application_id}: {self.from_status or '-'} → {self.to_status}"

    def save(self, *args, **kwargs):
        # The log is append-only: an event, once written, is never changed.
        if self.pk is not None:
            raise PermissionDenied("Application events are never changed.")
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        raise PermissionDenied("Application events are never deleted.")


def upload_path(instance: "ApplicationUpload", filename: str) -> str:
    # The stored name is random: the citizen's own file name may carry personal data.
    extension = filename.rsplit(".", 1)[-1].lower() if "." in filename else "bin"
    return f"applications/{timezone.localdate():%Y/%m}/{secrets.token_hex(16)}.{extension}"


class ApplicationUpload(models.Model):
    """A document the applicant attached (PDF, JPEG or PNG), kept in private storage for staff only."""

    wagtail_reference_index_ignore = True

    application = models.ForeignKey(
        Application, verbose_name=_("application"), on_delete=models.PROTECT, related_name="uploads"
    )
    file = models.FileField(_("file"), storage=private_storage, upload_to=upload_path, max_length=255)
    original_name = models.CharField(_("original file name"), max_length=255, blank=True)
    content_type = models.CharField(_("content type"), max_length=50)
    size = models.PositiveIntegerField(_("size (bytes)"))
    uploaded_at = models.DateTimeField(_("uploaded at"), default=timezone.now)

    objects = UndeletableQuerySet.as_manager()

    class Meta:
        verbose_name = _("application upload")
        verbose_name_plural = _("application uploads")
        ordering = ["pk"]
        default_permissions = ("add", "view")

    def __str__(self) -> str:
        return self.original_name or self.file.name

    def delete(self, *args, **kwargs):
        raise PermissionDenied("Application uploads are never deleted.")


class DailySerial(models.Model):
    """The last tracking-number serial given out on a day (Asia/Dhaka); one row per day."""

    day = models.DateField(_("day"), unique=True)
    last = models.PositiveIntegerField(_("last serial"), default=0)

    class Meta:
        verbose_name = _("daily serial")
        verbose_name_plural = _("daily serials")

    def __str__(self) -> str:
        return f"{self.day.isoformat()}: {self.last}"
