"""Which content offers the headless preview mode: every page type of the project and notices,
declared on their classes (core.previews.HeadlessPreviewMixin), never patched in at run time."""

import pytest
from wagtail.models import Page, get_page_models

from core import previews
from core.previews import HEADLESS_MODE, HeadlessPreviewMixin
from notices.models import Notice

FRONT_END = "https://app.rangpur.example/preview"

PROJECT_PAGE_MODELS = [model for model in get_page_models() if model is not Page]


def first_definition(model: type, name: str) -> type:
    return next(klass for klass in model.__mro__ if name in klass.__dict__)


@pytest.mark.parametrize("model", [*PROJECT_PAGE_MODELS, Notice], ids=lambda model: model.__name__)
def test_every_page_type_and_notices_declare_the_mode(model):
    # A new page type that forgets the mixin, or overrides serve_preview/preview_modes in front
    # of it, would silently lose the mode: this names it.
    assert issubclass(model, HeadlessPreviewMixin)
    assert first_definition(model, "preview_modes") is HeadlessPreviewMixin
    assert first_definition(model, "serve_preview") is HeadlessPreviewMixin


def test_project_has_page_types_to_check():
    assert len(PROJECT_PAGE_MODELS) > 10


def test_wagtail_itself_is_left_as_it_is():
    assert "preview_modes" not in Page.__dict__ and "serve_preview" not in Page.__dict__
    assert not issubclass(Page, HeadlessPreviewMixin)


def test_the_default_mode_stays_first(settings, bilingual_site):
    settings.HEADLESS_PREVIEW_URL = FRONT_END
    home = bilingual_site.home_bn
    assert home.default_preview_mode != HEADLESS_MODE
    assert home.preview_modes[-1][0] == HEADLESS_MODE
    assert Notice().default_preview_mode != HEADLESS_MODE


def test_mode_needs_an_app_that_serves_it(settings, monkeypatch, bilingual_site):
    settings.HEADLESS_PREVIEW_URL = FRONT_END
    monkeypatch.delitem(previews._VIEWS, HEADLESS_MODE)
    assert HEADLESS_MODE not in dict(Notice().preview_modes)
    assert HEADLESS_MODE not in dict(bilingual_site.home_bn.preview_modes)
