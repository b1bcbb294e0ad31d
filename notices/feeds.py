"""RSS feeds of a notice board: every current notice, or one category's."""

from django.contrib.syndication.views import Feed
from django.utils.feedgenerator import Enclosure, Rss201rev2Feed
from django.utils.translation import gettext as _
from wagtail.models import Page

from notices.bulk import expand_bodies, load_attachments
from notices.models.notice import Notice, NoticeCategory

FEED_LENGTH = 30


class NoticeFeed(Feed):
    """Built per request by the board's routes, so it knows its board (a NoticeIndexPage) and category."""

    feed_type = Rss201rev2Feed

    def __init__(self, board: Page, category: str | None = None):
        super().__init__()
        self.board = board
        self.category = category
        self.language = board.locale.language_code

    def __call__(self, request, *args, **kwargs):
        self.request = request
        return super().__call__(request, *args, **kwargs)

    def title(self) -> str:
        if self.category:
            return f"{self.board.title}: {NoticeCategory(self.category).label}"
        return self.board.title

    def link(self) -> str:
        return self.board.get_url(self.request)

    def description(self) -> str:
        return _("The latest notices of the Deputy Commissioner's Office, Rangpur.")

    def items(self) -> list[Notice]:
        notices = self.board.notices(self.request).current()
        if self.category:
            notices = notices.filter(category=self.category)
        notices = list(notices.for_listing()[:FEED_LENGTH])
        load_attachments(notices)
        self.bodies = expand_bodies(notices)
        return notices

    def item_title(self, item: Notice) -> str:
        return item.title

    def item_description(self, item: Notice) -> str:
        return self.bodies.get(item.pk, "")

    def item_link(self, item: Notice) -> str:
        return self.board.notice_url(item, self.request)

    def item_pubdate(self, item: Notice):
        return item.published_at

    def item_categories(self, item: Notice):
        return [item.get_category_display()]

    def item_enclosures(self, item: Notice) -> list[Enclosure]:
        # RSS readers take one enclosure per item: the notice's first file.
        for document in item.documents[:1]:
            url = self.request.build_absolute_uri(document.url)
            mime = document.content_type or "application/octet-stream"
            return [Enclosure(url, str(document.get_file_size() or 0), mime)]
        return []
