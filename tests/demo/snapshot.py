"""What the demo site is made of, as plain data: counts, every page's type, locale, path and title,
every notice's and service's title, every holiday.

tests/demo/demo_site.json holds this snapshot as `load_demo_content` made it before the demo
content moved from Python into demo/data/ (taken on a fresh SQLite database after two runs).
A deliberate change to the demo content changes it; nothing else may.
"""

from collections import Counter
from typing import Any

from django.contrib.auth.models import Group
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Page, Revision, Workflow, WorkflowPage
from wagtail_localize.models import StringTranslation, TranslationSource

from eservice.models import Application, ApplicationEvent, Feedback, Holiday, Service, Visitor
from notices.models import Notice


def _per_locale(queryset, label: str) -> dict[str, int]:
    counts = Counter(queryset.values_list("locale__language_code", flat=True))
    return {f"{label} {language}": count for language, count in counts.items()}


def site_snapshot() -> dict[str, Any]:
    pages = Page.objects.filter(depth__gt=1).select_related("content_type", "locale")
    page_types = Counter(
        f"{page.content_type.app_label}.{page.content_type.model} {page.locale.language_code}" for page in pages
    )
    counts = {
        **page_types,
        **_per_locale(Notice.objects.all(), "notices"),
        **_per_locale(Service.objects.all(), "services"),
        "holidays": Holiday.objects.count(),
        "applications": Application.objects.count(),
        "application events": ApplicationEvent.objects.count(),
        "feedback": Feedback.objects.count(),
        "visitors": Visitor.objects.count(),
        "images": get_image_model().objects.count(),
        "documents": get_document_model().objects.count(),
        "workflows": Workflow.objects.count(),
        "workflow pages": WorkflowPage.objects.count(),
        "groups": Group.objects.count(),
        "revisions": Revision.objects.count(),
        "translation sources": TranslationSource.objects.count(),
        "string translations": StringTranslation.objects.count(),
    }
    return {
        "counts": dict(sorted(counts.items())),
        "pages": sorted(
            [
                f"{page.content_type.app_label}.{page.content_type.model}",
                page.locale.language_code,
                page.url_path,
                page.title,
            ]
            for page in pages
        ),
        "notices": sorted(
            [notice.locale.language_code, notice.title] for notice in Notice.objects.select_related("locale")
        ),
        "services": sorted(
            [service.locale.language_code, service.slug, service.name]
            for service in Service.objects.select_related("locale")
        ),
        "holidays": [
            [holiday.date.isoformat(), holiday.name_bn, holiday.name_en] for holiday in Holiday.objects.order_by("date")
        ],
    }
