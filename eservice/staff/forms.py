"""Forms staff fill in: moving an application on, the counter entry, the visitor register,
answering feedback, and choosing a report's day or month."""

import datetime

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.models import Locale

from eservice.domain import validation
from eservice.domain.forms import ApplicationForm
from eservice.domain.services import STAFF_CHANNELS
from eservice.models import Channel, Feedback, FeedbackStatus, Service, Status, Visitor

REQUIRED = {"required": _("This field is required.")}


class Action:
    """One thing staff can do to an application: the status it moves to and what the form asks."""

    def __init__(self, name: str, to_status: str, label, button, note_label, note_required: bool = False):
        self.name = name
        self.to_status = to_status
        self.label = label
        self.button = button
        self.note_label = note_label
        self.note_required = note_required


ACTIONS: dict[str, Action] = {
    action.name: action
    for action in (
        Action(
            "forward",
            Status.IN_PROCESS,
            _("Forward to a branch or officer"),
            _("Forward"),
            _("Note for the file (optional)"),
        ),
        Action(
            "request_info",
            Status.NEEDS_INFO,
            _("Ask for more information"),
            _("Ask the applicant"),
            _("What is missing (the applicant is told)"),
            note_required=True,
        ),
        Action("ready", Status.READY, _("Mark ready for delivery"), _("Mark ready"), _("Note (optional)")),
        Action("deliver", Status.DELIVERED, _("Deliver"), _("Mark delivered"), _("Note (optional)")),
        Action(
            "reject",
            Status.REJECTED,
            _("Reject"),
            _("Reject the application"),
            _("Reason for rejection (the applicant is told)"),
            note_required=True,
        ),
    )
}


class MoveForm(forms.Form):
    """The note (and, to forward, the branch or officer) that goes with one action."""

    forwarded_to = forms.CharField(
        label=_("Branch or officer"),
        max_length=200,
        required=False,
        help_text=_("e.g. Record Room, or the Revenue Deputy Collector."),
    )
    note = forms.CharField(label=_("Note"), max_length=2000, required=False, widget=forms.Textarea(attrs={"rows": 2}))

    def __init__(self, *args, action: Action, **kwargs):
        kwargs.setdefault("prefix", action.name)
        super().__init__(*args, **kwargs)
        self.action = action
        self.fields["note"].label = action.note_label
        if action.note_required:
            self.fields["note"].required = True
            self.fields["note"].error_messages["required"] = _("Write the reason; the applicant will be told.")
        if action.name == "forward":
            self.fields["forwarded_to"].required = True
            self.fields["forwarded_to"].error_messages["required"] = _(
                "Name the branch or officer the application goes to."
            )
            # Suggests the charter's branches and officers (a <datalist> on the page); anything may be typed.
            self.fields["forwarded_to"].widget.attrs["list"] = "eservice-branches"
        else:
            del self.fields["forwarded_to"]

    def clean_note(self) -> str:
        return validation.clean_optional_text(self.cleaned_data["note"], 2000) if self.cleaned_data["note"] else ""


class CounterServiceForm(forms.Form):
    """Step one of the counter entry: which service the applicant wants."""

    service = forms.ModelChoiceField(
        label=_("Service"),
        queryset=Service.objects.none(),
        error_messages={**REQUIRED, "invalid_choice": _("Choose one of the services in the charter.")},
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["service"].queryset = Service.objects.active().filter(locale=Locale.get_default())
        self.fields["service"].to_field_name = "slug"


class CounterEntryForm(ApplicationForm):
    """The citizen's application form, with what only staff record: the channel and the language."""

    channel = forms.ChoiceField(
        label=_("Received through"),
        choices=[(value, label) for value, label in Channel.choices if value in STAFF_CHANNELS],
        initial=Channel.COUNTER,
        error_messages={**REQUIRED, "invalid_choice": _("Choose one of the channels.")},
    )
    language = forms.ChoiceField(
        label=_("Language of the receipt and messages"),
        choices=[("bn", "বাংলা"), ("en", "English")],
        initial="bn",
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.order_fields(["channel", "language"])


class VisitorForm(WagtailAdminModelForm):
    """A line of the visitor register; the mobile is stored as 01XXXXXXXXX like an application's."""

    # Longer than the stored 11 digits: "+880 1712-345678" is normalised in clean_mobile.
    mobile = forms.CharField(
        label=_("Mobile"), max_length=20, required=False, help_text=_("Optional; 11 digits, e.g. 01712345678.")
    )

    def clean_name(self) -> str:
        return validation.clean_name(self.cleaned_data["name"])

    def clean_mobile(self) -> str:
        value = self.cleaned_data.get("mobile") or ""
        return validation.normalise_mobile(value) if value.strip() else ""

    def clean_purpose(self) -> str:
        return validation.clean_text(
            self.cleaned_data["purpose"],
            max_length=500,
            required_message=_("Write what the visitor came for."),
            multiline=True,
        )

    def save(self, commit: bool = True) -> Visitor:
        if self.instance.pk is None and self.for_user is not None:
            self.instance.recorded_by = self.for_user
        return super().save(commit=commit)


class FeedbackAnswerForm(WagtailAdminModelForm):
    """Staff answer a message: who answered and when is recorded, and it counts as answered."""

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("published") and not (cleaned.get("answer") or "").strip():
            self.add_error("published", _("Write an answer before publishing a message."))
        if cleaned.get("published") and cleaned.get("status") == FeedbackStatus.HIDDEN:
            self.add_error("published", _("A message set aside cannot be published."))
        return cleaned

    def save(self, commit: bool = True) -> Feedback:
        feedback = self.instance
        if "answer" in self.changed_data and feedback.answer.strip():
            feedback.answered_by = self.for_user
            feedback.answered_at = timezone.now()
            if feedback.status == FeedbackStatus.NEW:
                feedback.status = FeedbackStatus.ANSWERED
        return super().save(commit=commit)


class RegisterForm(forms.Form):
    """The day of the daily register."""

    day = forms.DateField(label=_("Day"), widget=forms.DateInput(attrs={"type": "date"}), error_messages=REQUIRED)


class MonthForm(forms.Form):
    """The month of the monthly statistics, as YYYY-MM."""

    month = forms.CharField(
        label=_("Month"),
        widget=forms.DateInput(attrs={"type": "month"}),
        error_messages=REQUIRED,
        help_text=_("e.g. 2026-12"),
    )

    def clean_month(self) -> datetime.date:
        value = self.cleaned_data["month"].strip()
        try:
            first = datetime.datetime.strptime(value, "%Y-%m").date()
        except ValueError:
            raise forms.ValidationError(_("Enter a month as YYYY-MM, e.g. 2026-12."), code="invalid") from None
        if not 2000 <= first.year <= 2100:
            raise forms.ValidationError(_("Enter a month as YYYY-MM, e.g. 2026-12."), code="invalid")
        return first
