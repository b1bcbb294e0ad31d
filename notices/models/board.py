"""The notice board page: current notices newest first, with filters, an archive, a page per
notice and RSS feeds, all sub-routes of one routable page."""

from __future__ import annotations

from collections.abc import Callable

from django.core.cache import cache
from django.db.models import Q
from django.http import Http404
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.models import Locale, Page
from wagtail.search import index

from core.i18n import source_language_code
from core.locales import content_locales
from core.portals import site_id_of_page, within_site
from core.previews import HeadlessPreviewMixin
from core.purging import fragment_generation
from core.representations.fields import RichTextHTMLField, TranslationsField
from core.text import STEMS_FIELD, SearchStemsMixin
from core.visibility import public
from notices.feeds import NoticeFeed
from notices.models.notice import Notice, NoticeCategory, NoticeQuerySet
from notices.views import board_context

TRANSLATION_URLS_SECONDS = 60 * 60


class NoticeIndexPage(SearchStemsMixin, HeadlessPreviewMixin, RoutablePageMixin, Page):
    """The notice board: current notices newest first, with filters, an archive and RSS feeds."""

    intro = RichTextField(
        _("introduction"),
        blank=True,
        features=["bold", "italic", "link"],
        help_text=_("A sentence or two shown above the notices."),
    )

    content_panels = [*Page.content_panels, FieldPanel("intro")]

    search_fields = [*Page.search_fields, index.SearchField("intro"), STEMS_FIELD]

    api_fields = [
        APIField("intro", serializer=RichTextHTMLField()),
        APIField("translations", serializer=TranslationsField(source="*")),
    ]

    parent_page_types = ["home.HomePage", "home.UpazilaHomePage"]
    subpage_types: list[str] = []
    max_count_per_parent = 1

    per_page = 20

    class Meta:
        verbose_name = _("notice board")

    @classmethod
    def live_boards(cls, site_id: int | None, request=None):
        """The live boards of one portal, one per language."""
        return public(cls.objects.live(), request).filter(within_site(site_id, request))

    @classmethod
    def for_locale(cls, locale: Locale, site_id: int | None, request=None) -> NoticeIndexPage | None:
        """The portal's live board in `locale`, falling back to its default (Bengali) board: one query."""
        candidates = cls.live_boards(site_id, request).filter(
            Q(locale=locale) | Q(locale__language_code=source_language_code())
        )
        boards = {board.locale_id: board for board in candidates}
        board = boards.get(locale.pk) or next(iter(boards.values()), None)
        if board is not None:
            board.site_id = site_id  # found in that portal's tree: no need to look it up again
        return board

    @classmethod
    def notice_url_finder(cls, request=None, site_id: int | None = None) -> Callable[[Notice], str]:
        """A function giving any notice's page on one portal's board in the notice's language (the
        Bengali board when that language has none; "" when there is no board), with the boards
        looked up once, so a list of notices costs the same queries as one."""
        boards = {board.locale_id: board for board in cls.live_boards(site_id, request).select_related("locale")}
        source = source_language_code()
        default = next((board for board in boards.values() if board.locale.language_code == source), None)
        base_urls = {locale_id: board.get_url(request) for locale_id, board in boards.items()}

        def url_of(notice: Notice) -> str:
            board = boards.get(notice.locale_id, default)
            if board is None:
                return ""
            return base_urls[board.locale_id] + cls.notice_subpath(notice.pk)

        return url_of

    def listing_paths(self, categories: list[str] | None = None) -> list[str]:
        """The board's addresses that list notices: the board and the archive (each also
        filtered by category, as the home page links them), the feed and the category feeds
        of `categories` (default: all)."""
        categories = NoticeCategory.values if categories is None else categories
        board, archive = "/", "/" + self.reverse_subpage("archive")
        paths = [board, archive, "/" + self.reverse_subpage("feed")]
        for category in categories:
            paths += [f"{board}?category={category}", f"{archive}?category={category}"]
            paths.append("/" + self.reverse_subpage("category_feed", args=[category]))
        return paths

    def get_cached_paths(self) -> list[str]:
        # Wagtail's frontend cache purges these when the board itself is published.
        return self.listing_paths()

    @cached_property
    def site_id(self) -> int | None:
        """The portal this board belongs to (templates read it; code asks `portal_id(request)`)."""
        return site_id_of_page(self)

    def portal_id(self, request=None) -> int | None:
        """The portal this board belongs to, from the request's site root paths (no query of its
        own), kept as `site_id`."""
        if "site_id" not in self.__dict__:
            self.site_id = site_id_of_page(self, request)
        return self.site_id

    def notice_url(self, notice: Notice, request=None) -> str:
        return self.get_url(request) + self.notice_subpath(notice.pk)

    @staticmethod
    def notice_subpath(notice_id: int) -> str:
        """A notice's address below the board (the `notice_detail` route), as
        `reverse_subpage("notice_detail", args=[notice_id])` gives it, without Django's reverse:
        lists make one for every notice and every translation shown (3% of the instructions
        of the notices API's list with every cache off). tests/notices/test_board.py keeps the
        two the same."""
        return f"{notice_id}/"

    def notices(self, request=None) -> NoticeQuerySet:
        """This portal's notices (and the district's shared with it) for readers of the board's language."""
        locales = content_locales(request)
        locale = locales.by_id(self.locale_id) or self.locale
        return Notice.objects.for_reader(locale, default=locales.default).for_portal(self.portal_id(request))

    def _board_response(self, request, archive: bool):
        context = self.get_context(request)
        context.update(board_context(request, self, archive=archive))
        return TemplateResponse(request, "notices/notice_index_page.html", context)

    @path("", name="board")
    def board_view(self, request):
        return self._board_response(request, archive=False)

    @path("archive/", name="archive")
    def archive_view(self, request):
        return self._board_response(request, archive=True)

    @path("<int:notice_id>/", name="notice_detail")
    def notice_view(self, request, notice_id: int):
        notice = get_object_or_404(self.notices(request).select_related("locale", "photo", "attachment"), pk=notice_id)
        context = self.get_context(request)
        context.update({"notice": notice, "board": self, "translation_urls": self._translation_urls(notice, request)})
        return TemplateResponse(request, "notices/notice_detail.html", context)

    def _translation_urls(self, notice: Notice, request) -> dict[str, str]:
        """The language switcher's targets: the notice's own translation where one is live,
        else the same notice on the other language's board (which shows untranslated ones).

        Kept in the cache under the portal's fragment generation, which publishing or
        unpublishing a notice or its translation, or any page of the portal (the boards), renews
        (notices/purge.py, home/cache_invalidation.py)."""
        site_id = self.portal_id(request)
        key = f"notice-languages:{site_id}.{fragment_generation(site_id)}:{request.get_host()}:{self.pk}:{notice.pk}"
        urls = cache.get(key)
        if urls is None:
            urls = self._find_translation_urls(notice, request)
            cache.set(key, urls, TRANSLATION_URLS_SECONDS)
        return urls

    def _find_translation_urls(self, notice: Notice, request) -> dict[str, str]:
        urls = {}
        boards = NoticeIndexPage.live_boards(self.portal_id(request), request).exclude(pk=self.pk)
        for board in boards.select_related("locale"):
            translation = notice.get_translation_or_none(board.locale)
            shown = translation if translation is not None and translation.live else notice
            urls[board.locale.language_code] = board.notice_url(shown, request)
        return urls

    @path("feed/", name="feed")
    def feed_view(self, request):
        return NoticeFeed(self)(request)

    @path("feed/<str:category>/", name="category_feed")
    def category_feed_view(self, request, category: str):
        if category not in NoticeCategory.values:
            raise Http404
        return NoticeFeed(self, category)(request)
