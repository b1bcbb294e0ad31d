"""`GET /api/v3/locales/`: the site's languages and each one's home page, where a front end starts.

Wagtail's v3 API has no locales endpoint; without one a front end would have to know that the
Bengali home page is the site's root and look for its translations. Each language names its
home page in the same shape as `translations` elsewhere, so the next call is its children
(`/pages/?child_of=<id>`): the sections in that language.
"""

from django.conf import settings
from django.http import HttpRequest
from django.utils.translation import get_language_info
from ninja import Router, Schema
from pydantic import Field
from wagtail.models import Site

from core.locales import content_locales
from core.representations.translations import LanguageCode, TranslationLink, page_translation_link
from core.visibility import public

router = Router(tags=["locales"])


class LocaleSchema(Schema):
    code: LanguageCode
    name: str = Field(description="The language's name in itself, e.g. `বাংলা`.")
    name_en: str = Field(description="The language's name in English, e.g. `Bengali`.")
    default: bool = Field(description="`true` for the source language (Bengali), which every other translates.")
    home_page: TranslationLink | None = Field(description="The language's published home page; null if none.")


@router.get(
    "/locales/",
    response=list[LocaleSchema],
    url_name="locales_list",
    summary="Languages of the site",
    operation_id="locales_list",
)
def list_locales(request: HttpRequest):
    """The site's languages in the order of the website's language switcher, each with its home page."""
    site = Site.find_for_request(request)
    homes = {}
    if site is not None:
        translations = public(site.root_page.get_translations(inclusive=True).live(), request)
        homes = {page.locale.language_code: page for page in translations.select_related("locale")}
    locales = content_locales(request)
    existing = set(locales.by_code)
    default = locales.default.language_code
    return [
        {
            "code": code,
            "name": get_language_info(code)["name_local"],
            "name_en": get_language_info(code)["name"],
            "default": code == default,
            "home_page": page_translation_link(homes[code], request) if code in homes else None,
        }
        for code, _name in settings.LANGUAGES
        if code in existing
    ]
