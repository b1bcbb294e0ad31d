"""Links into the e-service centre from anywhere on the site (``{% load charter %}``)."""

from django import template

from core.i18n import current_language
from eservice.models import EServiceCentrePage

register = template.Library()


@register.simple_tag(takes_context=True)
def charter_service_url(context, service) -> str:
    """The page of `service` in the e-service centre of the reader's language, else the Bengali one.

    "" when no centre is live or the service has no slug (the block then shows the name alone).
    """
    request = context.get("request")
    language = current_language()
    # A branch page may link many services: find the centre once per request and language.
    centres = getattr(request, "_eservice_centres", {}) if request is not None else {}
    if language not in centres:
        centres[language] = EServiceCentrePage.for_language(language)
        if request is not None:
            request._eservice_centres = centres
    centre = centres[language]
    if centre is None or not getattr(service, "slug", ""):
        return ""
    return centre.get_url(request) + centre.reverse_subpage("service_detail", kwargs={"service_slug": service.slug})
