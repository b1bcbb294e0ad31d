"""Citizens' feedback (মতামত ও পরামর্শ): messages from the feedback page and the API, kept for
moderation and answered by staff. The page that takes them is in eservice/models/pages.py."""

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from eservice.models.applications import UndeletableQuerySet


class FeedbackStatus(models.TextChoices):
    NEW = "new", _("New")
    ANSWERED = "answered", _("Answered")
    HIDDEN = "hidden", _("Set aside (spam or abuse)")


class Feedback(models.Model):
    """A citizen's comment or suggestion, with the office's answer. Name and contact are never published."""

    name = models.CharField(_("name"), max_length=100, blank=True)
    contact = models.CharField(_("mobile or email"), max_length=254, blank=True)
    service = models.ForeignKey(
        "eservice.Service",
        verbose_name=_("service"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    message = models.TextField(_("message"), max_length=2000)
    language = models.CharField(_("language"), max_length=5, choices=settings.LANGUAGES, default="bn")
    submitted_at = models.DateTimeField(_("received at"), default=timezone.now, db_index=True)
    status = models.CharField(
        _("status"), max_length=10, choices=FeedbackStatus.choices, default=FeedbackStatus.NEW, db_index=True
    )
    published = models.BooleanField(
        _("show on the feedback page"),
        default=False,
        help_text=_("Show the message and the answer on the feedback page; the name and contact are never shown."),
    )
    answer = models.TextField(
        _("answer"),
        max_length=2000,
        blank=True,
        help_text=_("The office's reply; shown with the message if published."),
    )
    answered_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("answered by"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
        editable=False,
    )
    answered_at = models.DateTimeField(_("answered at"), null=True, blank=True, editable=False)

    objects = UndeletableQuerySet.as_manager()

    class Meta:
        verbose_name = _("feedback message")
        verbose_name_plural = _("feedback")
        ordering = ["-submitted_at", "-pk"]
        default_permissions = ("add", "change", "view")

    def __str__(self) -> str:
        first_line = self.message.strip().splitlines()[0] if self.message.strip() else ""
        return first_line[:60] + ("…" if len(first_line) > 60 else "")

    def delete(self, *args, **kwargs):
        raise PermissionDenied("Feedback messages are kept, never deleted.")
