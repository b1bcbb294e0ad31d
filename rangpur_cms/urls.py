from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path, re_path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.api.v3.api import api
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from accounts import views as accounts_views
from core.http import serve_public_media
from home import views as home_views
from home.sitemaps import BilingualSitemap
from notices.sitemaps import NoticeSitemap
from search import views as search_views

# Server errors: a 503 with Retry-After when the database is unreachable, problem+json under /api/.
handler500 = "api.faults.server_error"

urlpatterns = [
    # Before Wagtail's own: sign-out by POST only, password reset with a rate limit.
    path("admin/logout/", accounts_views.logout, name="wagtailadmin_logout"),
    path("admin/password_reset/", accounts_views.PasswordResetView.as_view(), name="wagtailadmin_password_reset"),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("api/v3/", api.urls),  # Wagtail's API, finished by the `api` app (api/assembly.py)
    path("sitemap.xml", sitemap, {"sitemaps": {"pages": BilingualSitemap, "notices": NoticeSitemap}}, name="sitemap"),
    path("robots.txt", home_views.robots_txt, name="robots_txt"),
    path("accessibility/", home_views.accessibility, name="accessibility"),
    path("", home_views.language_redirect, name="language_redirect"),
]

# Pictures (originals and renditions) are served by the app itself so the embedded default and
# `make serve` need no separate web server. Documents are not: they go out only through Wagtail's
# document view above (collection privacy, attachment); citizens' uploads never live here.
urlpatterns += [
    re_path(r"^media/(?P<path>.*)$", serve_public_media),
]

urlpatterns += i18n_patterns(
    path("search/", search_views.site_search, name="search"),
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)
