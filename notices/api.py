"""The notices API router, mounted in /api/v3/ as `notices/`: the board for programs."""

from collections.abc import Callable
from datetime import datetime
from typing import Literal

from django.conf import settings
from django.db.models import Count, Max, Window
from django.db.models.functions import Coalesce
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils import timezone
from django.utils.http import http_date
from django.utils.translation import get_language
from ninja import Field, Query, Router, Schema
from wagtail.api.v3.errors import ProblemDetail
from wagtail.api.validators import SiteFilterValidator
from wagtail.models import Locale

from core.purging import fragment_generation, media_generation
from core.representations.item_cache import cached_items, content_key, keeps_items, made_from_rows

# Images (a fixed set of renditions) and attachments go out as on every page of the API.
from core.representations.media import (
    RENDITIONS,
    AttachmentSchema,
    PhotoSchema,
    document_representation,
    photo_representation,
    public_url,
)
from core.representations.schema import ItemSchema
from core.representations.translations import (
    TRANSLATIONS_DESCRIPTION,
    LanguageCode,
    Translations,
    translation_link,
    translations_of,
)
from core.text import MAX_QUERY_LENGTH, clean_query, search_query
from core.uploads import kind_of_document
from notices.bulk import expand_bodies, load_attachments, stored_attachments
from notices.models import Notice, NoticeCategory, NoticeIndexPage

router = Router(tags=["notices"])

# Bump when an item starts to show anything its key (`_notice_key`) lacks.
ITEM_KEY_VERSION = 2

CategoryValue = Literal[tuple(NoticeCategory.values)]  # type: ignore[valid-type]


class PublicNoticeSchema(ItemSchema):
    """A notice as the public board shows it. (Not `NoticeSchema`: that name is Wagtail's snippet
    schema of the Notice model in /snippets/, and one name would hide the other in the document.)"""

    id: int
    title: str
    category: CategoryValue
    category_label: str
    locale: str
    memo_number: str
    published_at: datetime
    expires_at: datetime | None
    archived: bool
    shared: bool = Field(description="A district notice shown on this portal's board as well as its own.")
    url: str
    body: str
    photo: PhotoSchema | None
    attachment: AttachmentSchema | None
    attachments: list[AttachmentSchema]
    translations: Translations = Field(description=TRANSLATIONS_DESCRIPTION)


class PublicNoticeListSchema(ItemSchema):
    count: int
    items: list[PublicNoticeSchema]


class NoticeFilters(Schema):
    category: CategoryValue | None = Field(None, description="A category's value, e.g. `tender`.")
    locale: LanguageCode | None = Field(None, description="`bn` or `en`; all languages when left out.")
    search: str | None = Field(None, max_length=MAX_QUERY_LENGTH, description="Words to look for.")
    archived: bool = Field(False, description="`true` lists expired notices (the archive) instead of current ones.")
    year: int | None = Field(None, ge=1900, le=2200, description="Year of the publish date.")
    site: str | None = Field(
        None,
        max_length=255,
        description="The portal by hostname (`mithapukur.example.org`, or with `:port`); the Host's portal when left out.",
    )
    limit: int = Field(20, ge=1, le=settings.WAGTAILAPI_LIMIT_MAX)
    offset: int = Field(0, ge=0)


def _attachment(request: HttpRequest, document) -> dict:
    """A document as AttachmentSchema, typed as the upload check accepted it (not as its name guesses)."""
    item = document_representation(document, request)
    kind = kind_of_document(document)
    return {**item, "content_type": kind.content_type} if kind else item


def portal_site_id(request: HttpRequest, site: str | None = None) -> int | None:
    """The portal asked for with `?site=` (hostname[:port]), else the one the Host names; 404 for an unknown one."""
    site_obj = SiteFilterValidator(site=site, request=request).site_obj
    return site_obj.pk if site_obj else None


def notice_representation(request: HttpRequest, notices: list[Notice], site_id: int | None = None) -> list[dict]:
    """Notices as PublicNoticeSchema items, with their files, bodies and translations, in a fixed
    number of queries however many notices there are (the detail and the preview use it; the list
    keeps the items in the cache, `public_notice_items`). Links go to the notice on the board of
    portal `site_id` (the Host's portal when None)."""
    load_attachments(notices)
    if site_id is None:
        site_id = portal_site_id(request)
    return _representations(request, notices, site_id, published_translations(notices))


def published_translations(notices: list[Notice]) -> dict[int, dict[str, Notice]]:
    """Each notice's published translations by language code, found for all of them in one query."""
    published = Notice.objects.live().only("pk", "title", "translation_key", "locale")
    return translations_of(notices, published, lambda other: other)


def notice_detail_path_finder() -> Callable[[int], str]:
    """A function giving a notice's path in this API (`notices_detail`, the router's
    "/{notice_id}/" below the list), as `reverse()` gives it, with one reverse for all the notices
    of an answer instead of one each (tests/notices/test_api.py keeps the two the same)."""
    list_path = reverse("wagtailapi_v3:notices_list")
    return lambda notice_id: f"{list_path}{notice_id}/"


def _representations(
    request: HttpRequest, notices: list[Notice], site_id: int | None, translations: dict[int, dict[str, Notice]]
) -> list[dict]:
    bodies = expand_bodies(notices)
    url_of = NoticeIndexPage.notice_url_finder(request, site_id)
    detail_path = notice_detail_path_finder()

    def link(other: Notice) -> dict:
        detail_url = detail_path(other.pk)
        return translation_link(
            other.pk, other.title, public_url(url_of(other), request) or None, public_url(detail_url, request)
        )

    items = []
    for notice in notices:
        documents = notice.documents
        single = documents[0] if notice.attachment_id and documents else None
        several = documents[1:] if single else documents
        items.append(
            {
                "id": notice.pk,
                "title": notice.title,
                "category": notice.category,
                "category_label": notice.get_category_display(),
                "locale": notice.locale.language_code,
                "memo_number": notice.memo_number,
                "published_at": notice.published_at,
                "expires_at": notice.expires_at,
                "archived": notice.is_expired,
                "shared": notice.portal_id != site_id,
                "url": public_url(url_of(notice), request),
                "body": bodies.get(notice.pk, ""),
                "photo": photo_representation(notice.photo, notice.photo_alt, request),
                "attachment": _attachment(request, single) if single else None,
                "attachments": [_attachment(request, document) for document in several],
                "translations": {code: link(other) for code, other in translations[notice.pk].items()},
            }
        )
    return items


# The notice's own columns that its item shows: read for a whole page of the list in one query
# with no model made, and hashed into each item's key (`_notice_key`).
ROW_FIELDS = (
    "pk",
    "latest_revision_id",
    "last_published_at",
    "title",
    "category",
    "locale_id",
    "memo_number",
    "published_at",
    "expires_at",
    "portal_id",
    "body",
    "photo_id",
    "photo_alt",
    "attachment_id",
    "attachments",
)


def _notice_key(scope: tuple, row: tuple, now: datetime) -> str:
    """A hash of everything the notice's item shows: its row (ROW_FIELDS; the several
    attachments as stored, a list of document ids), whether it has expired by `now`, and
    `scope`, which is what the request adds and the generations that retire the rest
    (public_notice_items)."""
    fields = dict(zip(ROW_FIELDS, row, strict=True))
    expires_at = fields["expires_at"]
    return content_key(
        "api-notice",
        scope,
        *(value for name, value in fields.items() if name != "attachments"),
        stored_attachments(fields["attachments"]),
        bool(expires_at and expires_at <= now),
    )


def notice_row(notice: Notice) -> tuple:
    """A notice's ROW_FIELDS from the object, as `values_list(*ROW_FIELDS)` reads them."""
    return tuple(getattr(notice, name) for name in ROW_FIELDS)


def public_notice_items(
    request: HttpRequest, rows: list[tuple], site_id: int | None, notices: list[Notice] | None = None
) -> list[PublicNoticeSchema]:
    """The items of the notices whose ROW_FIELDS are `rows`, each validated once and kept in the
    cache under a hash of everything it shows (core/representations/item_cache.py): the notice's
    row; the reader's language, the address asked for and the portal; the portal's fragment
    generation, which every publish, unpublish and translation of a notice or page renews (board
    addresses, links in bodies, translations); and the media generation, which every saved or
    deleted image, document or rendition renews (photos, renditions, attachments). A change
    shows in the next answer with no purge; a change of the notice's own row made straight in
    the database too.

    Only the items not in the cache are made: their notices are read then, with their photo,
    renditions, documents and translations (`notices`, when the caller has them already)."""
    now = timezone.now()
    scope = (
        ITEM_KEY_VERSION,
        get_language(),
        request.build_absolute_uri("/"),
        site_id,
        fragment_generation(site_id),
        media_generation(),
    )

    def make(found: list[Notice]) -> list[PublicNoticeSchema]:
        load_attachments(found)
        items = _representations(request, found, site_id, published_translations(found))
        return [PublicNoticeSchema.model_validate(item) for item in items]

    def make_missing(missing: list[tuple]) -> list[PublicNoticeSchema | None]:
        return made_from_rows(missing, Notice.objects.for_listing(*RENDITIONS.values()), notices, make)

    return cached_items(rows, lambda row: _notice_key(scope, row, now), make_missing)


def _last_modified(notice: Notice, now: datetime) -> datetime | None:
    """When the notice's answer last changed: its own or a translation's publishing (the answer
    names its translations), or its expiry once passed (it is `archived` from then on)."""
    published = Notice.objects.live().filter(translation_key=notice.translation_key)
    moments = [published.aggregate(latest=Max(Coalesce("last_published_at", "published_at")))["latest"]]
    if notice.expires_at and notice.expires_at <= now:
        moments.append(notice.expires_at)
    return max((moment for moment in moments if moment), default=None)


@router.get(
    "/",
    response={200: PublicNoticeListSchema, 422: ProblemDetail},
    url_name="notices_list",
    summary="List notices",
    operation_id="notices_list",
)
def list_notices(request: HttpRequest, filters: Query[NoticeFilters]):
    # No Last-Modified on the list: a notice leaves it when it expires or is unpublished, which no
    # stored time records; the ETag (of the answer itself) is what conditional requests use here.
    now = timezone.now()
    site_id = portal_site_id(request, filters.site)
    notices = Notice.objects.live().for_portal(site_id)
    if filters.locale:
        # Filter on the indexed `locale` field: search backends cannot follow locale__language_code.
        notices = notices.filter(locale=Locale.objects.filter(language_code=filters.locale).first())
    notices = notices.archived(now) if filters.archived else notices.current(now)
    if filters.category:
        notices = notices.filter(category=filters.category)
    if filters.year:
        notices = notices.filter(published_at__year=filters.year)
    query = clean_query(filters.search or "")
    window = filters.offset, filters.offset + filters.limit
    if query:
        # The search backend answers objects, ranked, with its own count: their rows are read
        # off them, and the items not in the cache made from them.
        found = notices.for_listing(*RENDITIONS.values()).search(search_query(query), order_by_relevance=False)
        count = found.count()
        page = list(found[slice(*window)])
        items = public_notice_items(request, [notice_row(notice) for notice in page], site_id, page)
    elif not keeps_items():
        # Caching is turned off: nothing is kept to read rows for. The notices and the total in
        # one query (a window count), then every item made from them.
        page = list(notices.for_listing(*RENDITIONS.values()).annotate(total=Window(Count("pk")))[slice(*window)])
        count = page[0].total if page else notices.count()  # past the end: counted alone
        items = public_notice_items(request, [notice_row(notice) for notice in page], site_id, page)
    else:
        # The page of rows and the total in one query (a window count), no model made: on a warm
        # cache that is all the list reads.
        rows = list(
            notices.order_by("-published_at", "-pk")
            .annotate(total=Window(Count("pk")))
            .values_list(*ROW_FIELDS, "total")[slice(*window)]
        )
        count = rows[0][-1] if rows else notices.count()  # past the end: counted alone
        items = public_notice_items(request, [row[:-1] for row in rows], site_id)
    # Items are validated as they are made (public_notice_items); ninja validates nothing twice
    # when a view returns an instance of its response schema (it only serialises it).
    return PublicNoticeListSchema.model_construct(count=count, items=items)


@router.get(
    "/{notice_id}/",
    response={200: PublicNoticeSchema, 404: ProblemDetail},
    url_name="notices_detail",
    summary="Notice detail",
    operation_id="notices_detail",
)
def get_notice(request: HttpRequest, notice_id: int, response: HttpResponse):
    site_id = portal_site_id(request)
    notice = get_object_or_404(
        Notice.objects.live().for_portal(site_id).for_listing(*RENDITIONS.values()), pk=notice_id
    )
    last_modified = _last_modified(notice, timezone.now())
    if last_modified is not None:  # If-Modified-Since → 304, through ConditionalGetMiddleware
        response["Last-Modified"] = http_date(last_modified.timestamp())
    return notice_representation(request, [notice], site_id)[0]
