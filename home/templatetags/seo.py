"""Meta description, canonical and hreflang links, and Open Graph tags for the page's <head>."""

from django import template
from django.conf import settings
from django.utils.html import strip_tags
from django.utils.text import Truncator
from wagtail.models import Page

from core.i18n import current_language
from home.fragments import live_translations, office_settings

register = template.Library()

OG_LOCALES = {"bn": "bn_BD", "en": "en_GB"}


def _description(page) -> str:
    description = getattr(page, "meta_description", "") or page.search_description
    if not description:
        # The home page has no summary; its welcome message stands in for one.
        description = strip_tags(getattr(page, "welcome_message", "") or "")
    return Truncator(" ".join(description.split())).chars(160)


@register.inclusion_tag("includes/seo_meta.html", takes_context=True)
def seo_meta(context):
    request = context.get("request")
    page = context.get("page")
    language = current_language()
    data = {"og_locale": OG_LOCALES.get(language, language), "alternates": [], "page": None}
    if not isinstance(page, Page) or request is None:
        return data
    alternates = []
    for code, translation in sorted(live_translations(request, page).items()):
        url = translation.get_full_url(request)
        if url:
            alternates.append({"code": code, "url": url})
    image = getattr(page, "photo", None)
    image_url = ""
    if image is not None:
        image_url = request.build_absolute_uri(image.get_rendition("fill-1200x630").url)
    data.update(
        page=page,
        title=page.seo_title or page.title,
        description=_description(page),
        url=page.get_full_url(request),
        alternates=alternates,
        default_url=next((a["url"] for a in alternates if a["code"] == settings.LANGUAGE_CODE), ""),
        other_locales=[OG_LOCALES.get(a["code"], a["code"]) for a in alternates if a["code"] != language],
        image_url=image_url,
        image_alt=getattr(page, "photo_alt", ""),
        og_type="website" if page.depth <= 2 else "article",
        site_name=office_settings(request).office_name,
    )
    return data
