"""Guards on the Wagtail code the headless preview mode relies on (written against Wagtail 8.0.1).

The mode uses Wagtail's public extension points only (no override of Wagtail internals, so
there is no preview/wagtail_overrides.py): a model lists its modes in `preview_modes` and
serves them in `serve_preview(request, mode_name)`, and the admin's preview views pass the
`mode` query parameter through `make_preview_request` to `serve_preview`. If an upgrade changes
any of these, these tests fail and name what changed, before editors lose the mode.
"""

import inspect

from wagtail.admin.views.generic.preview import PreviewOnEdit
from wagtail.admin.views.pages.preview import PreviewOnCreateView, PreviewOnEditView, ViewDraftView
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.models import Page, PreviewableMixin


def parameters(function) -> list[str]:
    return list(inspect.signature(function).parameters)


def test_preview_modes_is_a_property_listing_name_and_label_pairs():
    assert isinstance(PreviewableMixin.__dict__["preview_modes"], property)
    assert isinstance(PreviewableMixin.__dict__["default_preview_mode"], property)
    modes = PreviewableMixin.DEFAULT_PREVIEW_MODES
    assert all(len(mode) == 2 for mode in modes) and modes[0][0] == ""


def test_serve_preview_takes_the_request_and_the_mode_name():
    assert parameters(PreviewableMixin.serve_preview) == ["self", "request", "mode_name"]
    # Routable pages (the notice board, the e-service pages) serve their preview themselves.
    assert parameters(RoutablePageMixin.serve_preview) == ["self", "request", "mode_name"]


def test_make_preview_request_calls_serve_preview_with_the_mode():
    assert parameters(PreviewableMixin.make_preview_request)[:3] == ["self", "original_request", "preview_mode"]
    assert "obj.serve_preview(request, preview_mode)" in inspect.getsource(PreviewableMixin.make_preview_request)


def test_admin_preview_views_take_the_mode_from_the_query_string():
    # Snippets (notices) and pages preview through the generic view's get(); a page's draft
    # through ViewDraftView.
    for view in (PreviewOnEditView, PreviewOnCreateView):
        assert issubclass(view, PreviewOnEdit) and view.get is PreviewOnEdit.get, view
    for method in (PreviewOnEdit.get, ViewDraftView.dispatch):
        source = inspect.getsource(method)
        assert 'request.GET.get("mode"' in source, method
        assert "make_preview_request(request, preview_mode" in source, method


def test_pages_check_preview_modes_on_the_specific_class():
    # Page.is_previewable compares the class attributes: the mixin's property on a page type
    # differs from Page's, so Wagtail asks the specific page, which lists the headless mode.
    assert "specific_class.preview_modes" in inspect.getsource(Page.is_previewable)
