"""``GET /api/v3/preview/?content_type=&token=``: the draft an editor is previewing, for the front end.

Answers only with a valid, unexpired token made by the admin's "headless" preview mode, in the
same shape as the normal API item (a notice as in ``notices/{id}/``, a page as in
``pages/{id}/``), and never lets it be stored by a browser or proxy.
"""

from __future__ import annotations

from django.conf import settings
from django.core import signing
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.utils.translation import gettext as _
from modelcluster.models import model_from_serializable_data
from ninja import Field, Query, Router, Schema
from pydantic import TypeAdapter
from wagtail.api.v3.errors import ProblemDetail, problem_response
from wagtail.api.v3.routers.pages import PageDetailSchema
from wagtail.models import Locale, Page

from core.http import no_store
from notices.api import PublicNoticeSchema, notice_representation
from notices.models import Notice
from preview.models import HeadlessPreview
from preview.modes import signer

router = Router(tags=["preview"])


class PreviewQuery(Schema):
    content_type: str = Field(
        ..., max_length=100, description="`notices.notice` or a page type, e.g. `home.contentpage`."
    )
    token: str = Field(..., max_length=200, description="The token in the preview address the admin opened.")


def _problem(status: int, detail: str) -> HttpResponse:
    response = problem_response(status=status, detail=detail)
    return no_store(response)


def _rebuild(model, content: dict):
    """The previewed object from its stored content: the saved object with the draft's values,
    or, for something not saved yet, a new unsaved instance."""
    pk = content.get("pk")
    saved = model.objects.filter(pk=pk).first() if pk else None
    if saved is not None:
        return saved.with_content_json(content)
    if hasattr(model, "from_serializable_data"):
        return model.from_serializable_data(content)
    return model_from_serializable_data(model, content)


def _as_api_item(request: HttpRequest, obj) -> dict:
    saved = obj.pk is not None
    if not saved:
        # Something previewed before its first save has no id or address yet: it goes out
        # with id 0 and an empty URL rather than not at all.
        obj.pk = obj.id = 0
        if not obj.locale_id:
            # As the admin's own preview of a new notice does: the language being edited, else Bengali.
            obj.locale = Locale.get_active()
    if isinstance(obj, Notice):
        item = notice_representation(request, [obj], obj.portal_id)[0]
        if not saved:
            item["url"] = ""
        return PublicNoticeSchema.model_validate(item).model_dump(mode="json")
    adapter = TypeAdapter(PageDetailSchema)
    return adapter.dump_python(adapter.validate_python(obj, context={"request": request}), mode="json", by_alias=True)


@router.get(
    "/preview/",
    response={200: PublicNoticeSchema | PageDetailSchema, 403: ProblemDetail, 404: ProblemDetail},
    url_name="headless_preview",
    summary="A draft being previewed (needs the preview token)",
    operation_id="preview_detail",
)
def get_preview(request: HttpRequest, query: Query[PreviewQuery]):
    """The front end named in HEADLESS_PREVIEW_URL receives `content_type` and `token` in its
    address from the admin's preview panel and passes them on here."""
    try:
        key = signer().unsign(query.token, max_age=settings.HEADLESS_PREVIEW_MAX_AGE)
    except signing.SignatureExpired:
        return _problem(403, _("This preview link has expired. Open the preview in the admin again."))
    except signing.BadSignature:
        return _problem(403, _("This preview link is not valid."))
    app_label, _dot, model_name = query.content_type.lower().partition(".")
    preview = (
        HeadlessPreview.objects.select_related("content_type")
        .filter(key=key, content_type__app_label=app_label, content_type__model=model_name)
        .first()
    )
    model = preview.content_type.model_class() if preview else None
    if model is None or not issubclass(model, (Page, Notice)):
        return _problem(404, _("No preview matches this content type and token."))
    obj = _rebuild(model, preview.content_json)
    response = JsonResponse(_as_api_item(request, obj), json_dumps_params={"ensure_ascii": False})
    return no_store(response)
