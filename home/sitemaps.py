"""The sitemap: every live public page in both languages, each with its hreflang alternates.

Wagtail's own sitemap lists only the site root's tree, which is the Bengali tree here; this
one walks the trees of every translation of the root and links the translations of a page to
each other, so search engines know /bn/x/ and /en/x/ are the same page.
"""

from collections import defaultdict

from django.conf import settings
from django.db.models import Q
from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page


class BilingualSitemap(Sitemap):
    """Pages of every locale; Django's sitemap template writes each url's `alternates`."""

    def items(self):
        roots = list(self.get_wagtail_site().root_page.get_translations(inclusive=True))
        within_a_root = Q()
        for root in roots:
            within_a_root |= Q(path__startswith=root.path)
        return (
            Page.objects.filter(within_a_root)
            .live()
            .public()
            .select_related("locale")
            .order_by("locale__language_code", "path")
            # Each page's own class (a type may override get_sitemap_urls), without a query per
            # type: the sitemap reads only the fields every page has.
            .specific(defer=True)
        )

    def _urls(self, page, protocol, domain):
        object_list = list(self.paginator.page(page).object_list)
        # All translations of the listed pages, found with one query, grouped by translation key.
        translations = defaultdict(list)
        siblings = (
            Page.objects.filter(translation_key__in={item.translation_key for item in object_list})
            .live()
            .public()
            .select_related("locale")
            .order_by("locale__language_code")
        )
        for sibling in siblings:
            url = sibling.get_full_url(self.request)
            if url:
                translations[sibling.translation_key].append((sibling.locale.language_code, url))
        urls = []
        last_mods = set()
        for item in object_list:
            for url_info in item.get_sitemap_urls(self.request):
                alternates = [
                    {"lang_code": code, "location": location} for code, location in translations[item.translation_key]
                ]
                if len(alternates) < 2:
                    # A page without a translation has no alternates to announce.
                    alternates = []
                default = [a["location"] for a in alternates if a["lang_code"] == settings.LANGUAGE_CODE]
                if default:
                    alternates.append({"lang_code": "x-default", "location": default[0]})
                url_info = {**url_info, "alternates": alternates}
                urls.append(url_info)
                last_mods.add(url_info.get("lastmod"))
        if last_mods and None not in last_mods:
            self.latest_lastmod = max(last_mods)
        return urls
