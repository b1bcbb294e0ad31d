"""The words of each notification, in the language the applicant used (Bengali by default).

Messages carry the tracking number, the status and the reason staff gave, never the
applicant's name, mobile or NID: an SMS may be read by someone else, and logs keep its text."""

import datetime

from django.utils import formats, translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_noop
from wagtail.models import Locale

from core.i18n import format_bengali_date
from eservice.models import Application, ApplicationEvent, Status

# Signs every message; translated when it is sent, in the applicant's language.
OFFICE_SIGNATURE = gettext_noop("DC Office, Rangpur")


def _date(value: datetime.date, language: str) -> str:
    return format_bengali_date(value) if language == "bn" else formats.date_format(value, "j F Y")


def _service_name(application: Application, language: str) -> str:
    service = application.service
    if language != "bn":
        locale = Locale.objects.filter(language_code=language).first()
        translated = service.get_translation_or_none(locale) if locale else None
        service = translated or service
    return service.name


def sms_text(application: Application, event: ApplicationEvent) -> str:
    """One SMS for one event, at most a few lines long."""
    language = application.language if application.language in ("bn", "en") else "bn"
    with translation.override(language):
        number = application.tracking_number
        status = event.to_status
        if status == Status.RECEIVED:
            text = _(
                "Your application for %(service)s has been received. Tracking no. %(number)s. "
                "Probable delivery date: %(date)s."
            ) % {
                "service": _service_name(application, language),
                "number": number,
                "date": _date(application.probable_delivery_date, language),
            }
        elif status == Status.IN_PROCESS:
            text = _("Application %(number)s is in process.") % {"number": number}
        elif status == Status.NEEDS_INFO:
            text = _(
                "Application %(number)s needs more information: %(reason)s Please contact the e-service centre."
            ) % {"number": number, "reason": event.note.rstrip(".।") + ("।" if language == "bn" else ".")}
        elif status == Status.READY:
            text = _(
                "Application %(number)s is ready. Collect it from the District e-Service Centre with your receipt."
            ) % {"number": number}
        elif status == Status.DELIVERED:
            text = _("Application %(number)s has been delivered. Thank you.") % {"number": number}
        else:
            text = _("Application %(number)s was rejected. Reason: %(reason)s") % {
                "number": number,
                "reason": event.note,
            }
        return f"{text} {_(OFFICE_SIGNATURE)}"


def email_subject(application: Application, event: ApplicationEvent) -> str:
    language = application.language if application.language in ("bn", "en") else "bn"
    with translation.override(language):
        return _("Application %(number)s: %(status)s") % {
            "number": application.tracking_number,
            "status": Status(event.to_status).label,
        }
