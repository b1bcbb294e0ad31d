"""The applications list in the admin: its filters and its search box.

Staff find an application by its tracking number (or part of one), the applicant's mobile, or
the applicant's name, guardian's name and address, typed any way people write them: in NFC
(so decomposed Bengali finds composed text), with Bengali or ASCII digits (an address stored
with "১২" is found by "12" and the other way round), inflected or not (a word is also looked
for without its case or plural ending: "রংপুরের" finds "রংপুর"). Every word of a query must match. Only
staff with the applications' view permission reach this listing; the words they type are not
logged by the project or kept anywhere.
"""

import django_filters
from django.db.models import Q, QuerySet
from django.urls import reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.views import generic
from wagtail.admin.widgets import HeaderButton
from wagtail.models import Locale, Site

from core.i18n import to_ascii_digits, to_bengali_digits
from core.stemming import word_forms
from core.text import clean_query
from eservice.domain.calendar import local_today
from eservice.domain.tracking import normalise_tracking_number
from eservice.domain.validation import NUMBER_SEPARATORS_RE, national_mobile
from eservice.models import Application, Channel, Service, Status
from eservice.models.applications import OVERDUE_STATUSES

# The applicant's own words searched by the box, besides the tracking number and mobile.
APPLICANT_TEXT_FIELDS = ("applicant_name", "guardian_name", "address")
# Shorter words would match too many applicants to help (and a single letter, almost all).
MIN_WORD_LENGTH = 2
MIN_MOBILE_DIGITS = 4


def applicant_text_condition(query: str) -> Q | None:
    """Every word of `query` in the applicant's name, guardian's name or address, whichever digits."""
    words = [word for word in clean_query(query).split() if len(word) >= MIN_WORD_LENGTH]
    if not words:
        return None
    condition = Q()
    for word in words:
        # The word as typed and its stems ("রংপুরের" → "রংপুর", core/stemming.py), each in both digits.
        forms = {word, *(form for form in word_forms(word) if len(form) >= MIN_WORD_LENGTH)}
        spellings = {spelling for form in forms for spelling in (form, to_ascii_digits(form), to_bengali_digits(form))}
        condition &= Q(
            *(Q(**{f"{field}__icontains": spelling}) for field in APPLICANT_TEXT_FIELDS for spelling in spellings),
            _connector=Q.OR,
        )
    return condition


def application_search_condition(query: str) -> Q:
    """A tracking number or part of one, a mobile number, or the applicant's name, guardian or address."""
    ascii_query = to_ascii_digits(clean_query(query))
    condition = Q(tracking_number__icontains=normalise_tracking_number(ascii_query))
    digits = national_mobile(NUMBER_SEPARATORS_RE.sub("", ascii_query))
    if digits.isdigit() and len(digits) >= MIN_MOBILE_DIGITS:
        condition |= Q(mobile__contains=digits)
    text = applicant_text_condition(query)
    if text is not None:
        condition |= text
    return condition


class ApplicationFilterSet(WagtailFilterSet):
    status = django_filters.ChoiceFilter(label=_("Status"), choices=Status.choices)
    service = django_filters.ModelChoiceFilter(label=_("Service"), queryset=Service.objects.none())
    channel = django_filters.ChoiceFilter(label=_("Channel"), choices=Channel.choices)
    source_portal = django_filters.ModelChoiceFilter(label=_("Applied from portal"), queryset=Site.objects.all())
    received_at = django_filters.DateFromToRangeFilter(label=_("Received"))
    overdue = django_filters.BooleanFilter(label=_("Overdue"), method="filter_overdue")

    class Meta:
        model = Application
        fields = ["status", "service", "channel", "source_portal", "received_at", "overdue"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Applications point at the Bengali (source) services.
        self.filters["service"].queryset = Service.objects.filter(locale=Locale.get_default())

    def filter_overdue(self, queryset, name, value):
        overdue = Q(status__in=OVERDUE_STATUSES, probable_delivery_date__lt=local_today())
        if value is True:
            return queryset.filter(overdue)
        if value is False:
            return queryset.exclude(overdue)
        return queryset


class ApplicationIndexView(generic.IndexView):
    def get_base_queryset(self):
        return super().get_base_queryset().select_related("service")

    def search_queryset(self, queryset: QuerySet) -> QuerySet:
        if not self.is_searching:
            return queryset
        return queryset.filter(application_search_condition(self.search_query))

    def get_add_url(self):
        if self.request.user.has_perm("eservice.add_application"):
            return reverse("eservice_counter:index")

    @cached_property
    def add_item_label(self):
        return _("Counter entry")

    @cached_property
    def header_buttons(self):
        buttons = super().header_buttons
        if self.request.user.has_perm("eservice.view_application"):
            buttons.append(
                HeaderButton(_("Registers and statistics"), url=reverse("eservice_reports:index"), icon_name="table")
            )
        return buttons


def overdue_label(application: Application) -> str:
    return str(_("Overdue")) if application.is_overdue else ""
