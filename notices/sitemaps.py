"""Every live notice (the archive included) in the sitemap, with its translations as hreflang
alternates, so search engines find each notice's own page in both languages. Each portal's
sitemap lists its own notices and the district's shared with it, at its own board."""

from collections import defaultdict

from django.conf import settings
from wagtail.contrib.sitemaps import Sitemap

from notices.models import Notice, NoticeIndexPage


class NoticeSitemap(Sitemap):
    """Built per request by Wagtail's sitemap view, so it knows the portal (the request's Site)."""

    def _site_id(self) -> int | None:
        site = self.get_wagtail_site()
        return site.pk if site else None

    def items(self):
        return (
            Notice.objects.live()
            .for_portal(self._site_id())
            .select_related("locale")
            .order_by("locale__language_code", "-published_at")
        )

    def lastmod(self, notice: Notice):
        return notice.last_published_at or notice.published_at

    def _urls(self, page, protocol, domain):
        notices = list(self.paginator.page(page).object_list)
        siblings = list(
            Notice.objects.live()
            .filter(translation_key__in={notice.translation_key for notice in notices})
            .select_related("locale")
        )
        url_of = NoticeIndexPage.notice_url_finder(self.request, self._site_id())
        locations = {notice.pk: url for notice in [*notices, *siblings] if (url := url_of(notice))}
        base = f"{protocol}://{domain}"
        by_key = defaultdict(list)
        for sibling in siblings:
            if sibling.pk in locations:
                by_key[sibling.translation_key].append((sibling.locale.language_code, base + locations[sibling.pk]))
        urls = []
        for notice in notices:
            if notice.pk not in locations:
                continue
            alternates = [{"lang_code": code, "location": url} for code, url in by_key[notice.translation_key]]
            if len(alternates) < 2:
                alternates = []
            default = [a["location"] for a in alternates if a["lang_code"] == settings.LANGUAGE_CODE]
            if default:
                alternates.append({"lang_code": "x-default", "location": default[0]})
            urls.append(
                {
                    "item": notice,
                    "location": base + locations[notice.pk],
                    "lastmod": self.lastmod(notice),
                    "alternates": alternates,
                }
            )
        return urls
