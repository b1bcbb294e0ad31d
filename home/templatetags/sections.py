"""Template helpers for the section pages: numbers, Bangla years, charts and translation notices."""

from decimal import Decimal

from django import template
from django.conf import settings
from django.core.cache import cache
from django.utils.translation import gettext as _
from wagtail.models import Page
from wagtail_localize.models import Translation

from core.choices import Upazila
from core.i18n import current_language
from home.charts import Series, bar_chart, format_number
from home.fragments import FRAGMENT_SECONDS, fragment_scope, live_translations

register = template.Library()


@register.filter
def local_number(value, decimals=0):
    """1234567.5 -> "১২,৩৪,৫৬৮" on Bengali pages, "1,234,568" on English ones."""
    if value in (None, ""):
        return ""
    return format_number(Decimal(value), int(decimals))


@register.filter
def is_bengali_text(value) -> bool:
    """True when the text is written in Bengali script (it then needs lang="bn" on English pages)."""
    return any("\u0980" <= character <= "\u09ff" for character in str(value or ""))


@register.filter
def bangla_year(value, last=None):
    """Years of the Bangla calendar: 1433 -> "১৪৩৩ বঙ্গাব্দ", 1432 to 1437 -> "১৪৩২–১৪৩৭ বঙ্গাব্দ"."""
    if not value:
        return ""
    years = format_number(value).replace(",", "")
    if last and last != value:
        years = f"{years}–{format_number(last).replace(',', '')}"
    return _("%(year)s BS") % {"year": years}


@register.simple_tag
def fertilizer_chart(page, group):
    """The bar chart of one fertilizer in a report: allocation against distribution per upazila."""
    rows = group["rows"]
    label = group["label"]
    return bar_chart(
        chart_id=f"chart-{page.pk}-{group['fertilizer']}",
        title=_("%(fertilizer)s: allocation and distribution by upazila (tonnes)") % {"fertilizer": label},
        description=_("Bar chart of the figures in the table below, %(count)s upazilas.")
        % {"count": format_number(len(rows))},
        categories=[str(Upazila(row.upazila).label) for row in rows],
        series=[
            Series(_("Allocated"), [row.allocated for row in rows], "series-a"),
            Series(_("Distributed"), [row.distributed for row in rows], "series-b"),
        ],
    )


@register.simple_tag
def procurement_chart(page, rows):
    """The bar chart of a procurement report: target against procured per upazila."""
    return bar_chart(
        chart_id=f"chart-{page.pk}",
        title=_("%(crop)s procurement: target and procured by upazila (tonnes)") % {"crop": page.get_crop_display()},
        description=_("Bar chart of the figures in the table below, %(count)s upazilas.")
        % {"count": format_number(len(rows))},
        categories=[str(Upazila(row.upazila).label) for row in rows],
        series=[
            Series(_("Target"), [row.target for row in rows], "series-a"),
            Series(_("Procured"), [row.procured for row in rows], "series-b"),
        ],
    )


@register.inclusion_tag("includes/untranslated_notice.html", takes_context=True)
def untranslated_notice(context):
    """Tell the reader when the page in front of them is not (fully) in their language.

    Three cases: the page is from another locale (an alias of the Bengali page, or reached
    without a translation), or it is a wagtail-localize translation published before every
    string was translated (wagtail-localize then shows the Bengali source for the rest).
    """
    page = context.get("page")
    request = context.get("request")
    language = current_language()
    state = ""
    source_url = ""
    # Bengali is the source language: its pages are never translations of something else.
    if isinstance(page, Page) and language != settings.LANGUAGE_CODE:
        if page.alias_of_id and page.alias_of.locale_id != page.locale_id:
            state = "untranslated"
            source_url = page.alias_of.url
        elif _language_of(request, page) != language:
            state = "untranslated"
        elif request is not None:
            # How much of a translation is done changes only when it is published again, which
            # renews the fragment generation: kept with the other fragments of the portal.
            key = f"fragments:untranslated:{fragment_scope(request)}:{page.pk}"
            state = cache.get(key)
            if state is None:
                state = _translation_state(page)
                cache.set(key, state, FRAGMENT_SECONDS)
        else:
            state = _translation_state(page)
    return {"state": state, "source_url": source_url, "request": request}


def _language_of(request, page: Page) -> str:
    """The page's language, from the translations the language switcher has loaded already."""
    for code, translation in live_translations(request, page).items():
        if translation.pk == page.pk:
            return code
    return page.locale.language_code


def _translation_state(page: Page) -> str:
    """ "partial" when a wagtail-localize translation still shows some strings of its source."""
    translation = (
        Translation.objects.filter(source__object_id=page.translation_key, target_locale_id=page.locale_id)
        .select_related("source")
        .first()
    )
    if translation is not None:
        total, done = translation.get_progress()
        if done < total:
            return "partial"
    return ""
