"""core/representations/item_cache.py: items kept under their content keys, made only when
missing, and an object deleted between reading its row and making its item left out."""

import pytest
from wagtail.models import Page

from core.representations.item_cache import cached_items, made_from_rows

pytestmark = pytest.mark.django_db


def test_only_missing_items_are_made_and_the_rest_come_from_the_cache(empty_cache):
    made: list[list[str]] = []

    def make(missing):
        made.append(list(missing))
        return [item.upper() for item in missing]

    assert cached_items(["a", "b"], lambda item: f"test-item:{item}", make) == ["A", "B"]
    assert cached_items(["b", "c", "a"], lambda item: f"test-item:{item}", make) == ["B", "C", "A"]
    assert made == [["a", "b"], ["c"]]


def test_an_item_made_as_none_is_left_out_and_not_kept(empty_cache):
    calls = []

    def make(missing):
        calls.append(list(missing))
        return [None if item == "gone" else item for item in missing]

    assert cached_items(["kept", "gone"], lambda item: f"test-item:{item}", make) == ["kept"]
    assert cached_items(["kept", "gone"], lambda item: f"test-item:{item}", make) == ["kept"]
    assert calls == [["kept", "gone"], ["gone"]]


def test_a_row_whose_object_was_deleted_gets_none(bilingual_site):
    home = bilingual_site.home_bn
    rows = [(home.pk, "a title"), (987654, "deleted since")]
    made = made_from_rows(rows, Page.objects.all(), None, lambda pages: [page.title for page in pages])
    assert made == [home.title, None]


def test_objects_already_read_are_not_read_again(bilingual_site, django_assert_num_queries):
    home = bilingual_site.home_bn
    with django_assert_num_queries(0):
        made = made_from_rows([(home.pk,)], Page.objects.all(), [home], lambda pages: [page.pk for page in pages])
    assert made == [home.pk]
