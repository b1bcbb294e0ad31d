"""Every override of Wagtail's (and django-ninja's) internals in the headless API, in one place.

Each override says what it changes, why no public extension point serves, and the versions it
was written against (Wagtail 8.0.1, django-ninja as pinned by it). tests/api/test_wagtail_overrides.py
checks the shape of everything these rely on, so an upgrade that moves it fails loudly there
instead of silently changing the public API. `install()` runs from `ApiConfig.ready()`, before
`rangpur_cms/urls.py` first reads `api.urls`.
"""

from __future__ import annotations

import copy
import types
from functools import wraps

import ninja.orm.fields
from django.http import Http404
from django.http.request import split_domain_port
from django.utils import translation
from ninja import NinjaAPI
from ninja.pagination import paginate

from api.openapi import complete_openapi_schema

# The GET operations of Wagtail's pages router that this project answers itself.
PAGE_LIST_PATH = "/"
PAGE_FIND_PATH = "/find/"


class SiteRootPathList(list):
    """Wagtail's list of site root paths, as `read_site_root_paths_in_two_queries` returns it:
    a plain list that can also carry its index by root path (`find_a_pages_sites_by_its_path`)
    and, when it was just read from the database, the sites it was read from (`sites`), which
    answer `Site.find_for_request` without a query of its own (`cache_page_routes`)."""

    sites: tuple = ()


def site_among(sites, hostname: str, port: int | str):
    """The site Wagtail's `get_site_for_hostname(hostname, port)` would choose among `sites`
    (every site), or None where it raises `Site.DoesNotExist`: the site of that hostname and
    port; else the default site if it has that hostname; else the one site of that hostname
    when there is exactly one besides the default; else the default site; else a site of that
    hostname when it is the only one (wagtail/models/sites.py, written against 8.0.1; guarded by
    tests/api/test_wagtail_overrides.py, which compares both answers over many hosts)."""

    def match(site) -> int:  # Wagtail's MATCH_HOSTNAME_PORT, _HOSTNAME_DEFAULT, _DEFAULT, _HOSTNAME
        if site.hostname == hostname and str(site.port) == str(port):
            return 0
        if site.hostname == hostname and site.is_default_site:
            return 1
        return 2 if site.is_default_site else 3

    candidates = sorted((site for site in sites if site.hostname == hostname or site.is_default_site), key=match)
    if not candidates:
        return None
    if len(candidates) == 1 or match(candidates[0]) in (0, 1):
        return candidates[0]
    if match(candidates[0]) == 2:
        return candidates[len(candidates) == 2]
    return None


def install(api: NinjaAPI) -> None:
    """The overrides that need the finished app registry (from `ApiConfig.ready()`)."""
    replace_page_list_and_find()
    serve_completed_openapi_document(api)
    serve_docs_in_english(api)
    make_account_names_optional()
    admin_numbers_and_timestamps_in_local_digits()
    read_site_root_paths_in_two_queries()
    keep_site_root_paths_in_each_process()
    cache_page_routes()
    find_a_pages_sites_by_its_path()
    index_the_forms_of_image_and_document_words()


def make_account_names_optional() -> None:
    """On the admin's Account page, first and last name may be left empty.

    What: `NameEmailForm` (wagtail/admin/forms/account.py) declares both names required. The
    Account page saves all its panels in one POST and only if every form is valid
    (`AccountView.post`), so an account without a name (made by `createsuperuser`, or by the
    sign-in of a new staff member before anyone filled it in) could not save anything there, not
    even a new language or password: the page only said a name field was required. Django's
    user model allows empty names, and Wagtail shows the username where a name is missing.
    Why no public extension point: the Account page builds its name panel from that form class
    itself; the `register_account_settings_panel` hook only adds panels. The two declared fields
    are made optional on the class, once; the e-mail field and everything else stay as they are.
    Written against Wagtail 8.0.1 (`NameEmailForm.base_fields["first_name"/"last_name"]`,
    `AccountView.post` validating `all(form.is_valid() ...)`).
    """
    from wagtail.admin.forms.account import NameEmailForm

    for name in ("first_name", "last_name"):
        NameEmailForm.base_fields[name].required = False


def admin_numbers_and_timestamps_in_local_digits() -> None:
    """Two numbers Wagtail's admin writes in Python, not in a template, in the reader's digits.

    What: `render_timestamp` (wagtail/utils/timestamps.py) writes the dates inside the page
    history's messages ("Reverted to previous revision … from <date>", "scheduled for <date>")
    and the "You are viewing a previous version … from <date>" banner; `NumberColumn` (wagtail/
    admin/ui/tables) writes counts such as the snippet types' "Instances" with humanize's
    `intcomma`. In the Bengali admin they read "নভে. 30, 2026, 2:45 অপরাহ্ন" and "12" while
    everything else reads "৩০ নভেম্বর ২০২৬, ১৪:৪৫" and "১২" (core/templatetags/
    wagtailadmin_bengali.py does the templates). English readers get Wagtail's own output.
    Why no public extension point: both functions are imported by name into the modules that
    call them (`wagtail.wagtail_hooks`, `wagtail.admin.views.generic.mixins`,
    `wagtail.admin.ui.tables`); there is no setting or hook for either, so those module names are
    rebound, once. Written against Wagtail 8.0.1.
    """
    import wagtail.admin.ui.tables as tables
    import wagtail.admin.views.generic.mixins as generic_mixins
    import wagtail.wagtail_hooks as wagtail_hooks

    from core.templatetags.wagtailadmin_bengali import intcomma, timestamp

    for module in (wagtail_hooks, generic_mixins):
        module.render_timestamp = timestamp
    tables.intcomma = intcomma


def read_site_root_paths_in_two_queries() -> None:
    """Wagtail's list of site root paths is read in two queries, however many portals there are.

    What: `Site.get_site_root_paths()` (wagtail/models/sites.py) keeps the list in the cache for
    an hour; on a miss it reads the sites, then, with WAGTAIL_I18N_ENABLED, each site's home page
    translations with one query per site. Every portal is a Site, so a miss cost 10 queries with
    the demo's 9 portals and 501 with 500, and misses are common: Wagtail drops the list whenever
    a site or a home page changes, and with the cache off (or down: core/cache.py) every request
    misses. This replacement reads the sites and then every home page's translations in one
    query, and returns the same list, in the same order (sites by root path, longest first, the
    default site first, then hostname; each site's translations by tree path), kept under
    Wagtail's own cache key and version, so `Site.clear_site_root_paths_cache()` and every caller
    work as before. Without WAGTAIL_I18N_ENABLED, or on a hit, Wagtail's code answers.
    Why no public extension point: the list is built inside that static method; nothing takes
    another builder. Written against Wagtail 8.0.1 (`SiteRootPath`, `SITE_ROOT_PATHS_CACHE_KEY`,
    `SITE_ROOT_PATHS_CACHE_VERSION`, the 3600 s timeout; guarded by comparing both lists).
    """
    from collections import defaultdict

    from django.conf import settings
    from django.core.cache import cache
    from django.db.models import F
    from wagtail.models import Page, Site
    from wagtail.models.sites import SITE_ROOT_PATHS_CACHE_KEY, SITE_ROOT_PATHS_CACHE_VERSION, SiteRootPath

    original = Site.get_site_root_paths
    if getattr(original, "in_two_queries", False):
        return

    @wraps(original)
    def get_site_root_paths():
        if not getattr(settings, "WAGTAIL_I18N_ENABLED", False):
            return original()
        cached = cache.get(SITE_ROOT_PATHS_CACHE_KEY, version=SITE_ROOT_PATHS_CACHE_VERSION)
        if cached is not None:
            # As Wagtail: some cache backends (Redis) give the named tuples back as plain sequences.
            return SiteRootPathList(SiteRootPath(*row) for row in cached)
        # Values, not pages: a Page is costly to make (modelcluster sets up its child relations),
        # and only two columns of each are needed.
        sites = list(
            Site.objects.annotate(root_translation_key=F("root_page__translation_key")).order_by(
                "-root_page__url_path", "-is_default_site", "hostname"
            )
        )
        homes = defaultdict(list)
        translations = Page.objects.filter(translation_key__in={site.root_translation_key for site in sites})
        # In tree order, as get_translations() gives them.
        for key, url_path, language_code in translations.order_by("path").values_list(
            "translation_key", "url_path", "locale__language_code"
        ):
            homes[key].append((url_path, language_code))
        result = [
            SiteRootPath(site.id, url_path, site.root_url, language_code)
            for site in sites
            for url_path, language_code in homes[site.root_translation_key]
        ]
        cache.set(SITE_ROOT_PATHS_CACHE_KEY, result, 3600, version=SITE_ROOT_PATHS_CACHE_VERSION)
        paths = SiteRootPathList(result)
        paths.sites = tuple(sites)
        return paths

    get_site_root_paths.in_two_queries = True  # type: ignore[attr-defined]
    Site.get_site_root_paths = staticmethod(get_site_root_paths)


SITE_ROOT_PATHS_STAMP_KEY = "site-root-paths:stamp"


def keep_site_root_paths_in_each_process() -> None:
    """Each process keeps Wagtail's list of site root paths until Wagtail clears it.

    What: `Site.get_site_root_paths()` is read from the cache by every request (and by each
    page asked for its URL without one), which unpickles the list and makes its named tuples
    anew: two per portal, so 1,000 objects a request with 500 portals, enough to set off the
    garbage collector over the whole heap and make pages 10 ms slower than with 9 portals
    (bench/portals.py). Here a process keeps the list it read with a token shared in the
    cache; while the cache holds the same token, the kept list answers. Wagtail's
    `Site.clear_site_root_paths_cache()` (called by its signal handlers when a site or a home
    page changes) is wrapped to drop the token after the list, and again once the transaction
    commits (a process reading between the change and its commit would otherwise keep what it
    read then). The token is put in the cache before the list is read, so a kept list is never
    older than its token. With the cache off there is no token: every call reads as before.
    Why no public extension point: both are static methods Wagtail calls by name. Written
    against Wagtail 8.0.1 (guarded by tests/api/test_wagtail_overrides.py: Wagtail still
    clears through that method, and a changed site shows in the next answer).
    """
    import secrets

    from django.core.cache import cache
    from django.db import transaction
    from wagtail.models import Site

    read = Site.get_site_root_paths
    clear = Site.clear_site_root_paths_cache
    if getattr(read, "kept_in_process", False):
        return
    kept: list = [(None, None)]  # (the token, the list), swapped whole

    @wraps(read)
    def get_site_root_paths():
        token = cache.get(SITE_ROOT_PATHS_STAMP_KEY)
        known, paths = kept[0]
        if token is not None and token == known:
            return paths
        if token is None:
            cache.add(SITE_ROOT_PATHS_STAMP_KEY, secrets.token_hex(8), 3600)
            token = cache.get(SITE_ROOT_PATHS_STAMP_KEY)
        paths = read()
        kept[0] = (token, paths)
        return paths

    def forget():
        clear()
        cache.delete(SITE_ROOT_PATHS_STAMP_KEY)

    @wraps(clear)
    def clear_site_root_paths_cache():
        forget()
        transaction.on_commit(forget)

    get_site_root_paths.kept_in_process = True  # type: ignore[attr-defined]
    Site.get_site_root_paths = staticmethod(get_site_root_paths)
    Site.clear_site_root_paths_cache = staticmethod(clear_site_root_paths_cache)


def index_the_forms_of_image_and_document_words() -> None:
    """Wagtail's Image and Document index every form of the words of their titles.

    What: pages and notices index the forms of their words (`core.text.SearchStemsMixin`, a
    `search_stems` method listed as a search field), so a whole-word search for "খতিয়ান" finds
    "খতিয়ানের"; Wagtail's own Image and Document models index their titles as typed, so the
    API's `/api/v3/images/?search=` and `/api/v3/documents/?search=` (whole words) found an
    inflected title only by the same inflection. This gives both models the mixin's
    `search_stems` and adds it to their `search_fields`, as our own models list it; Wagtail's
    signal handlers index it on every save (existing files: `manage.py update_index`).
    Why no public extension point: `WAGTAILIMAGES_IMAGE_MODEL`/`WAGTAILDOCS_DOCUMENT_MODEL`
    would take our own models, but swapping them on a project with files in use needs a data
    migration of every file and rendition; the search fields are class attributes Wagtail
    documents for extending. Written against Wagtail 8.0.1 (guarded by
    tests/search/test_image_and_document_stems.py, which checks the models are Wagtail's and
    finds the corpus's words in both directions through the API).
    """
    from wagtail.documents import get_document_model
    from wagtail.images import get_image_model

    from core.text import STEMS_FIELD, STEMS_FIELD_NAME, SearchStemsMixin

    for model in (get_image_model(), get_document_model()):
        if not any(field.field_name == STEMS_FIELD_NAME for field in model.search_fields):
            model.search_fields = [*model.search_fields, STEMS_FIELD]
            model.search_stems = SearchStemsMixin.search_stems


def find_a_pages_sites_by_its_path() -> None:
    """A page's URL looks up its portal by the prefixes of its path, not by every portal.

    What: `Page._get_relevant_site_root_paths()` (wagtail/models/pages.py), asked for every page
    URL a page shows (menus, listings, links, the language switcher), tests the page's
    `url_path` against every site root path: two per portal, so with 500 portals a notice board
    of 40 links made 40,000 comparisons (11% of its time, and growing with each portal). This
    replacement indexes the list by root path once (the list `keep_site_root_paths_in_each_process`
    keeps until the sites change) and looks up each prefix of the page's path that ends in "/" —
    as many as the page is deep — and returns the same tuple, in the list's order. A root path
    that does not end in "/" (Wagtail never makes one) falls back to Wagtail's loop.
    Why no public extension point: the lookup is inside that method, which every URL method
    calls. Written against Wagtail 8.0.1 (guarded by tests/api/test_wagtail_overrides.py, which
    checks the method still filters with `url_path.startswith(srp.root_path)` and compares
    both answers for the pages of many portals).
    """
    from wagtail.models import Page

    original = Page._get_relevant_site_root_paths
    if getattr(original, "by_path_prefix", False):
        return

    def build_index(paths) -> dict | None:
        index: dict = {}
        for position, root in enumerate(paths):
            if not root.root_path.endswith("/"):
                return None
            index.setdefault(root.root_path, []).append((position, root))
        return index

    def index_of(paths) -> dict | None:
        """The index of our list (kept per process, so made once per change of the sites);
        None for any other list, which Wagtail's loop answers."""
        if not isinstance(paths, SiteRootPathList):
            return None
        if not hasattr(paths, "by_root_path"):
            paths.by_root_path = build_index(paths)
        return paths.by_root_path

    @wraps(original)
    def relevant_site_root_paths(self, cache_object=None):
        index = index_of(self._get_site_root_paths(cache_object))
        if index is None:
            return original(self, cache_object)
        url_path, found, end = self.url_path or "", [], 0
        while (end := url_path.find("/", end) + 1) > 0:
            found.extend(index.get(url_path[:end], ()))
        return tuple(root for _position, root in sorted(found, key=lambda item: item[0]))

    relevant_site_root_paths.by_path_prefix = True  # type: ignore[attr-defined]
    Page._get_relevant_site_root_paths = relevant_site_root_paths


def cache_page_routes() -> None:
    """Wagtail's routing of a page request answers from the route cache (core/route_cache.py).

    What: `Page.route_for_request(request, path)` (wagtail/models/pages.py) finds the Site, the
    home page in the request's language and then one child per part of the address, and keeps
    the answer on `request._wagtail_route_for_request` for the rest of the request; Wagtail's
    `serve` view and `Page.find_for_request` both ask it. This wrapper first asks the route
    cache: on a hit it sets `request._wagtail_site` (what `Site.find_for_request` would have
    found) and the route (the page, and for a routable page its sub-route resolved by the
    page's own `route()`, which needs no query), so Wagtail's code finds both already there. On
    a miss Wagtail routes as usual and the answer is kept. `Site.find_for_request` (every API
    request asks it) likewise answers the remembered Site of the host and port. With the cache
    turned off nothing can be remembered: there the sites read with this request's site root
    paths answer (`site_among`, Wagtail's own rules), so the request's site costs no query
    beside the paths every page URL needs (its root page is read only if asked for). Otherwise
    Wagtail's query answers, with the root page, and the Site is remembered with it. A page found unrestricted also
    answers Wagtail's `check_view_restrictions` hook (`page.get_view_restrictions()`) without
    its two queries; the cache entry is retired when a restriction changes.
    Why no public extension point: routing happens inside that static method, before any
    `before_serve_page` hook, and nothing takes another router. Written against Wagtail 8.0.1
    (the two request attributes, `RouteResult`, `RoutablePageMixin.route`; guarded by
    tests/core/test_route_cache.py, which checks those names and compares cached routes with
    Wagtail's own).
    """
    from wagtail.contrib.routable_page.models import RoutablePageMixin
    from wagtail.models import Page, Site
    from wagtail.url_routing import RouteResult

    from core import route_cache
    from core.portals import site_root_paths
    from core.representations.item_cache import keeps_items

    original = Page.route_for_request
    if getattr(original, "cached_routes", False):
        return

    @wraps(original)
    def route_for_request(request, path):
        if not hasattr(request, "_wagtail_route_for_request"):
            hit = route_cache.lookup(request, path)
            if hit is not None:
                entry, page = hit
                rest = route_cache.parts_of(path)[entry.own_parts :]
                route = None
                if isinstance(page, RoutablePageMixin):
                    try:
                        route = page.route(request, rest)
                    except Http404:
                        route = None
                elif not rest:
                    route = RouteResult(page)
                if route is not None and route[0].pk == page.pk:
                    if not hasattr(request, "_wagtail_site"):
                        request._wagtail_site = entry.site
                    if not entry.restricted:
                        page.get_view_restrictions = route_cache.no_view_restrictions
                    request._wagtail_route_for_request = route
                    return route
            result = original(request, path)
            site = getattr(request, "_wagtail_site", None)
            if result is not None and site is not None:
                route_cache.remember(request, path, site, result[0])
            return result
        return original(request, path)

    route_for_request.cached_routes = True  # type: ignore[attr-defined]
    Page.route_for_request = staticmethod(route_for_request)

    find_site = Site.find_for_request

    def site_among_read_sites(request):
        """The request's site among those read with its site root paths (a copy: the list may be
        kept by the process), or None when they were not read with the paths."""
        sites = getattr(site_root_paths(request), "sites", ())
        if not sites:
            return None
        site = site_among(sites, split_domain_port(request._get_raw_host())[0], request.get_port())
        return copy.copy(site) if site is not None else None

    @wraps(find_site)
    def find_for_request(request):
        if request is not None and not hasattr(request, "_wagtail_site"):
            site = route_cache.remembered_site(request) if keeps_items() else site_among_read_sites(request)
            if site is not None:
                request._wagtail_site = site
            elif (site := find_site(request)) is not None:
                route_cache.remember_site(request, site)
        return find_site(request)

    Site.find_for_request = staticmethod(find_for_request)


def build_schema_titles_in_english() -> None:
    """Schema titles that ninja makes from verbose names come out in English, whatever is active.

    What: django-ninja's `title_if_lower(verbose_name)` (ninja/orm/fields.py) turns a model field's
    lazily translated verbose name into a fixed `str` title when a schema is built; Wagtail builds
    its page, snippet, image and document schemas while the apps load (in `ready()` methods and at
    the import of `wagtail.api.v3.api`), when no request has chosen a language and Django falls
    back to LANGUAGE_CODE, Bengali. The OpenAPI document must be one English text (see
    `serve_docs_in_english`); descriptions stay lazy and follow it, titles did not. This wraps that
    one function so the title is made with English active, and nothing else changes.
    Why no public extension point: neither ninja's `create_schema` nor Wagtail's generators take a
    title function or a language; activating English for the whole of app loading depended on the
    order of INSTALLED_APPS (the first app's ready() switching it on, the last one's off).
    Called from `ApiConfig.import_models()`: the registry imports every app's models before it runs
    any `ready()`, so this is in place before the first schema is built, wherever `api` is listed.
    Written against django-ninja 1.7.1 (`get_schema_field` and `get_related_field_schema` call the
    module-level `title_if_lower`).
    """
    original = ninja.orm.fields.title_if_lower
    if getattr(original, "in_english", False):
        return

    @wraps(original)
    def title_if_lower(s: str) -> str:
        with translation.override("en"):
            return original(s)

    title_if_lower.in_english = True  # type: ignore[attr-defined]
    ninja.orm.fields.title_if_lower = title_if_lower


def _replace_get(path: str, view, **options) -> None:
    """Put `view` in place of the GET operation at `path` of Wagtail's pages router."""
    # Wagtail's API modules build a schema for every page model when first imported, so they are
    # imported once the app registry is ready (from install()), never when this module loads.
    from wagtail.api.v3.auth import AllowAnonymous, BearerTokenAuth
    from wagtail.api.v3.routers import pages as wagtail_pages

    router = wagtail_pages.router
    path_view = router.path_operations[path]
    path_view.operations = [operation for operation in path_view.operations if "GET" not in operation.methods]
    router.add_api_operation(path, ["GET"], view, auth=[BearerTokenAuth(), AllowAnonymous()], tags=["pages"], **options)


def replace_page_list_and_find() -> None:
    """`GET /api/v3/pages/` and `/pages/find/` answered by api/pages.py; the writes stay Wagtail's.

    What: the list keeps Wagtail's view function (`list_pages.__wrapped__`: filters, ordering,
    search, permissions) but paginates with TranslationsPagination and types its items with
    PageListItemSchema (each item names its translations); find resolves `/bn/...` and `/en/...`
    paths under that language's home page.
    Why no public extension point: Wagtail 8 builds its pages router at import with a fixed item
    schema and no hook for list items or for find's path resolution; ninja has no public way to
    replace one operation of a router, so the GET operation is removed from the router's
    `path_operations` (a private attribute) and added again with `add_api_operation` (public).
    The list's items are validated as they are made and kept in the cache (api/pages.py); the
    view answers an instance of the paginated schema ninja made for `list[PageListItemSchema]`
    (`page_list_response_schema`), which ninja serialises without validating it again, so a cached
    item is never validated twice and the OpenAPI document stays as it was.
    Written against Wagtail 8.0.1 (`wagtail/api/v3/routers/pages.py`: `router`, `list_pages`
    decorated with `paginate`, `find_page(request, id, html_path, site, version)`) and
    django-ninja 1.7.1 (`Operation.response_models[200]`, a model whose `response` field is
    annotated with the paginated schema; `_result_to_response` skipping validation for an
    instance of it).
    """
    # As in _replace_get: these build page schemas when imported, so only once the apps are ready.
    from wagtail.api.v3.routers import pages as wagtail_pages

    from api.pages import PageListItemSchema, TranslationsPagination, find_page, validated_once

    paginated = paginate(TranslationsPagination, pass_parameter="pagination_info")(  # noqa: S106 not a password
        wagtail_pages.list_pages.__wrapped__
    )
    _replace_get(
        PAGE_LIST_PATH,
        validated_once(paginated, lambda: page_list_response_schema(wagtail_pages.router)),
        response=list[PageListItemSchema],
        url_name="list_pages",
        summary="List pages",
        description=(
            "Published pages, filtered by type, tree position, translation, locale and field values. "
            "Each item names its translations (language code → id, title, url, detail_url)."
        ),
        operation_id="pages_list",
    )
    _replace_get(
        PAGE_FIND_PATH,
        find_page,
        # It answers 302 to the page's detail, never the page itself (Wagtail documents a 200).
        response={302: None},
        url_name="find_page",
        summary="Find page",
        description=(
            "Redirects (302) to the page's detail. `html_path` is the path on the website, with its "
            "language prefix (`/en/rangpur-at-a-glance/`), or without one for the site's root "
            "(Bengali) home page; `id` answers when the path finds nothing."
        ),
        operation_id="pages_find",
    )


def page_list_response_schema(router) -> type:
    """The paginated schema (`{"items": [...], "count": n}`) ninja made for the page list's GET."""
    for operation in router.path_operations[PAGE_LIST_PATH].operations:
        if "GET" in operation.methods:
            return operation.response_models[200].model_fields["response"].annotation
    raise LookupError("Wagtail's pages router has no GET list operation")


def serve_completed_openapi_document(api: NinjaAPI) -> None:
    """`/api/v3/openapi.json` (and the docs page) serve the document completed by api/openapi.py.

    What: problem+json errors per operation, valid anonymous security, examples (see that module).
    Why no public extension point: ninja generates the document in `NinjaAPI.get_openapi_schema()`
    and offers no post-processing hook; Wagtail creates the `NinjaAPI` instance itself, so the
    project cannot subclass it. The bound method of that one instance is wrapped.
    Written against Wagtail 8.0.1 / django-ninja's `get_openapi_schema(*, path_prefix, path_params)`.
    """
    generate = api.get_openapi_schema

    def get_openapi_schema(self, *, path_prefix=None, path_params=None):
        return complete_openapi_schema(generate(path_prefix=path_prefix, path_params=path_params))

    api.get_openapi_schema = types.MethodType(get_openapi_schema, api)  # type: ignore[method-assign]


def in_english(view):
    """`view` answered with English active, whatever the request asks."""

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        with translation.override("en"):
            return view(request, *args, **kwargs)

    return wrapper


def serve_docs_in_english(api: NinjaAPI) -> None:
    """The OpenAPI document and the docs page always in English, whatever the request asks.

    What: field titles and descriptions come from lazily translated verbose names and help texts;
    rendered in the request's language the document would differ between clients and caches. A
    developer's contract is one stable text, and English is what API tooling and the national
    portal's developers share. The data the API returns stays in the content's language.
    Why no public extension point: `docs_decorator` is a constructor argument of `NinjaAPI`, and
    Wagtail constructs the instance (keeping its own WAGTAILAPI_DOCS_ENABLED gate in it); the
    attribute is wrapped before ninja reads it when `api.urls` is first built.
    Written against Wagtail 8.0.1 (`wagtail/api/v3/api.py`) and django-ninja's `NinjaAPI.docs_decorator`.
    """
    gate = api.docs_decorator
    api.docs_decorator = (lambda view: gate(in_english(view))) if gate else in_english
