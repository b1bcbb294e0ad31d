"""The citizen charter (one Service per service the office gives) and the holiday calendar."""

from decimal import Decimal

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.models import Locale, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from core.i18n import is_bengali, translated_or_source


class ExtraFields(models.TextChoices):
    """Groups of extra questions an application form asks for some services."""

    NONE = "", _("None")
    LAND_RECORD = "land_record", _("Land record (upazila, mouza, JL no., khatian, survey, dag nos.)")


class ServiceQuerySet(models.QuerySet):
    def active(self) -> "ServiceQuerySet":
        return self.filter(active=True)

    def for_locale(self, locale: Locale | None = None) -> "ServiceQuerySet":
        """Services in `locale`, falling back to the Bengali source where no translation exists yet."""
        return translated_or_source(self, locale or Locale.get_active())


class Service(TranslatableMixin, index.Indexed, models.Model):
    """One service of the citizen charter: what to bring, what it costs, how long it takes, who is responsible."""

    name = models.CharField(
        _("name"), max_length=200, help_text=_("As citizens know it, e.g. certified copy of a khatian.")
    )
    slug = models.SlugField(
        _("slug"),
        max_length=80,
        allow_unicode=False,
        help_text=_(
            "The service's web address part in English letters, e.g. khatian-copy. The same in every language."
        ),
    )
    branch = models.CharField(
        _("branch"),
        max_length=150,
        blank=True,
        help_text=_("The branch (শাখা) that gives the service, e.g. Record Room."),
    )
    description = models.TextField(
        _("description"), blank=True, help_text=_("What the service is and who can ask for it.")
    )
    required_documents = models.TextField(
        _("required documents"), blank=True, help_text=_("One document per line; shown as a list.")
    )
    fee = models.DecimalField(
        _("fee (taka)"),
        max_digits=10,
        decimal_places=2,
        default=Decimal("0"),
        validators=[MinValueValidator(Decimal("0"))],
        help_text=_("In taka; 0 when the service is free."),
    )
    fee_payment = models.TextField(
        _("how to pay"), blank=True, help_text=_("e.g. court-fee stamp on the application, or treasury challan.")
    )
    time_limit_days = models.PositiveSmallIntegerField(
        _("time limit (working days)"),
        validators=[MinValueValidator(1), MaxValueValidator(365)],
        help_text=_("Working days from receipt to delivery; sets the probable delivery date on the receipt."),
    )
    officer_designation = models.CharField(
        _("responsible officer"), max_length=200, help_text=_("Designation, not a name.")
    )
    officer_room = models.CharField(_("room"), max_length=100, blank=True)
    officer_phone = models.CharField(_("phone"), max_length=50, blank=True)
    officer_email = models.EmailField(_("email"), blank=True)
    escalation_designation = models.CharField(
        _("escalation officer"),
        max_length=200,
        blank=True,
        help_text=_("Whom to contact when the service is not given in time (designation)."),
    )
    escalation_phone = models.CharField(_("escalation officer's phone"), max_length=50, blank=True)
    escalation_email = models.EmailField(_("escalation officer's email"), blank=True)
    extra_fields = models.CharField(
        _("extra fields on the application"),
        max_length=30,
        choices=ExtraFields.choices,
        blank=True,
        default=ExtraFields.NONE,
        help_text=_("Extra questions the application form asks for this service."),
    )
    active = models.BooleanField(
        _("active"), default=True, help_text=_("Inactive services leave the charter and take no applications.")
    )
    order = models.PositiveIntegerField(_("order"), default=0, help_text=_("Lower numbers come first in the charter."))

    objects = ServiceQuerySet.as_manager()

    panels = [
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldPanel("branch"),
        FieldPanel("description"),
        FieldPanel("required_documents"),
        FieldRowPanel([FieldPanel("fee"), FieldPanel("time_limit_days")]),
        FieldPanel("fee_payment"),
        MultiFieldPanel(
            [
                FieldPanel("officer_designation"),
                FieldRowPanel([FieldPanel("officer_room"), FieldPanel("officer_phone"), FieldPanel("officer_email")]),
                FieldPanel("escalation_designation"),
                FieldRowPanel([FieldPanel("escalation_phone"), FieldPanel("escalation_email")]),
            ],
            heading=_("Officers"),
        ),
        FieldPanel("extra_fields"),
        FieldRowPanel([FieldPanel("active"), FieldPanel("order")]),
    ]

    search_fields = [
        index.SearchField("name"),
        index.SearchField("description"),
        index.AutocompleteField("name"),
        index.FilterField("locale"),
        index.FilterField("active"),
    ]

    # Text is translated; numbers, contacts and switches stay the same in both languages.
    translatable_fields = [
        TranslatableField("name"),
        TranslatableField("branch"),
        TranslatableField("description"),
        TranslatableField("required_documents"),
        TranslatableField("fee_payment"),
        TranslatableField("officer_designation"),
        TranslatableField("officer_room"),
        TranslatableField("escalation_designation"),
        SynchronizedField("slug"),
        SynchronizedField("fee"),
        SynchronizedField("time_limit_days"),
        SynchronizedField("officer_phone"),
        SynchronizedField("officer_email"),
        SynchronizedField("escalation_phone"),
        SynchronizedField("escalation_email"),
        SynchronizedField("extra_fields"),
        SynchronizedField("active"),
        SynchronizedField("order"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("service")
        verbose_name_plural = _("services")
        ordering = ["order", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["locale", "slug"], name="eservice_service_unique_slug_per_locale")
        ]

    def __str__(self) -> str:
        return self.name

    @property
    def document_list(self) -> list[str]:
        return [line.strip(" -•\t") for line in self.required_documents.splitlines() if line.strip(" -•\t")]

    @property
    def needs_land_record(self) -> bool:
        return self.extra_fields == ExtraFields.LAND_RECORD

    @property
    def is_free(self) -> bool:
        return self.fee == 0

    @property
    def source(self) -> "Service":
        """The Bengali (source-locale) service, which applications point to so records stay in one place."""
        return self.get_translation_or_none(Locale.get_default()) or self


class Holiday(models.Model):
    """A public holiday on which the office is closed; Fridays and Saturdays need no entry."""

    date = models.DateField(_("date"), unique=True)
    name_bn = models.CharField(_("name (Bengali)"), max_length=150)
    name_en = models.CharField(_("name (English)"), max_length=150, blank=True)

    panels = [FieldPanel("date"), FieldPanel("name_bn"), FieldPanel("name_en")]

    class Meta:
        verbose_name = _("holiday")
        verbose_name_plural = _("holidays")
        ordering = ["date"]

    def __str__(self) -> str:
        return f"{self.date.isoformat()} {self.name_bn}"

    @property
    def name(self) -> str:
        if not is_bengali() and self.name_en:
            return self.name_en
        return self.name_bn
