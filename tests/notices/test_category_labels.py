"""A notice's category label (`get_category_display`, shown for every notice on the board, in
feeds and in the API) is Django's own answer, from labels made once."""

from django.db.models import Model
from django.utils import translation

from notices.models import Notice, NoticeCategory


def djangos_label(notice: Notice) -> str:
    return Model._get_FIELD_display(notice, Notice._meta.get_field("category"))


def test_every_category_has_djangos_label_in_both_languages():
    for language in ("bn", "en"):
        with translation.override(language):
            for value in NoticeCategory.values:
                notice = Notice(category=value, portal_id=None)
                assert notice.get_category_display() == djangos_label(notice)
                assert isinstance(notice.get_category_display(), str)
    with translation.override("bn"):
        assert Notice(category="tender", portal_id=None).get_category_display() == "দরপত্র"
    with translation.override("en"):
        assert Notice(category="tender", portal_id=None).get_category_display() == "Tender"


def test_a_value_that_is_no_longer_a_choice_shows_as_itself():
    notice = Notice(category="retired", portal_id=None)
    assert notice.get_category_display() == djangos_label(notice) == "retired"
