"""Which e-service centre serves a language: the one answer the API, the counter's receipts and
the charter links on branch pages share."""

import pytest
from django.template import Context, Template
from django.test import RequestFactory
from django.utils import translation

from eservice.models import EServiceCentrePage

pytestmark = pytest.mark.django_db


def take_offline(page: EServiceCentrePage) -> None:
    EServiceCentrePage.objects.filter(pk=page.pk).update(live=False)


def test_each_language_has_its_centre_and_bengali_stands_in(centre):
    assert EServiceCentrePage.for_language("bn") == centre.page_bn
    assert EServiceCentrePage.for_language("en") == centre.page_en
    take_offline(centre.page_en)
    assert EServiceCentrePage.for_language("en") == centre.page_bn
    assert EServiceCentrePage.for_language("fr") == centre.page_bn
    take_offline(centre.page_bn)
    assert EServiceCentrePage.for_language("bn") is None


def test_charter_links_follow_the_same_rule(centre):
    template = Template("{% load charter %}{% charter_service_url service %}")
    request = RequestFactory().get("/")
    with translation.override("en"):
        assert template.render(Context({"service": centre.land_en, "request": request})) == (
            f"{centre.page_en.url}service/khatian-copy/"
        )
    take_offline(centre.page_en)
    with translation.override("en"):
        assert template.render(Context({"service": centre.land_en, "request": RequestFactory().get("/")})) == (
            f"{centre.page_bn.url}service/khatian-copy/"
        )
