"""The front desk's visitor register: who came, why, where they were sent and what came of it."""

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel

from eservice.models.applications import UndeletableQuerySet


class VisitorOutcome(models.TextChoices):
    ANSWERED = "answered", _("Answered at the desk")
    REFERRED = "referred", _("Referred to a branch or officer")
    APPLICATION = "application", _("Application lodged")
    RETURN = "return", _("Asked to come back")


class Visitor(models.Model):
    """One visit to the front desk (সামনের ডেস্ক): kept as the office's daily visitor register."""

    name = models.CharField(_("visitor's name"), max_length=100)
    mobile = models.CharField(
        _("mobile"), max_length=11, blank=True, help_text=_("Optional; 11 digits, e.g. 01712345678.")
    )
    purpose = models.TextField(_("purpose of the visit"), max_length=500, help_text=_("What the visitor came for."))
    referred_to = models.CharField(
        _("referred to"),
        max_length=200,
        blank=True,
        help_text=_("The branch or officer the visitor was sent to, if any."),
    )
    outcome = models.CharField(
        _("outcome"), max_length=12, choices=VisitorOutcome.choices, default=VisitorOutcome.ANSWERED
    )
    note = models.CharField(_("note"), max_length=300, blank=True, help_text=_("Anything the next shift should know."))
    visited_at = models.DateTimeField(_("time"), default=timezone.now, db_index=True)
    # Staff accounts are deactivated, never deleted, so the register keeps who wrote each line.
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("recorded by"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
        editable=False,
    )
    application = models.ForeignKey(
        "eservice.Application",
        verbose_name=_("application"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="visitors",
        editable=False,
    )

    objects = UndeletableQuerySet.as_manager()

    panels = [
        FieldRowPanel([FieldPanel("name"), FieldPanel("mobile")]),
        FieldPanel("purpose"),
        FieldRowPanel([FieldPanel("referred_to"), FieldPanel("outcome")]),
        FieldPanel("note"),
        FieldPanel("visited_at"),
    ]

    class Meta:
        verbose_name = _("visitor")
        verbose_name_plural = _("visitor register")
        ordering = ["-visited_at", "-pk"]
        default_permissions = ("add", "change", "view")

    def __str__(self) -> str:
        return self.name

    def delete(self, *args, **kwargs):
        raise PermissionDenied("Visitors are kept, never deleted.")
