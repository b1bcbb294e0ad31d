"""Every override of Wagtail's (and django-ninja's) internals in the headless API, in one place.

Each override says what it changes, why no public extension point serves, and the versions it
was written against (Wagtail 8.0.1, django-ninja as pinned by it). tests/api/test_wagtail_overrides.py
checks the shape of everything these rely on, so an upgrade that moves it fails loudly there
instead of silently changing the public API. `install()` runs from `ApiConfig.ready()`, before
`rangpur_cms/urls.py` first reads `api.urls`.
"""

from __future__ import annotations

import types
from functools import wraps

import ninja.orm.fields
from django.utils import translation
from ninja import NinjaAPI
from ninja.pagination import paginate

from api.openapi import complete_openapi_schema

# The GET operations of Wagtail's pages router that this project answers itself.
PAGE_LIST_PATH = "/"
PAGE_FIND_PATH = "/find/"


def install(api: NinjaAPI) -> None:
    """The overrides that need the finished app registry (from `ApiConfig.ready()`)."""
    replace_page_list_and_find()
    serve_completed_openapi_document(api)
    serve_docs_in_english(api)
    make_account_names_optional()
    admin_numbers_and_timestamps_in_local_digits()
    read_site_root_paths_in_two_queries()


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
            return [SiteRootPath(*row) for row in cached]
        sites = list(
            Site.objects.select_related("root_page").order_by("-root_page__url_path", "-is_default_site", "hostname")
        )
        homes = defaultdict(list)
        for page in Page.objects.filter(
            translation_key__in={site.root_page.translation_key for site in sites}
        ).select_related("locale"):  # Wagtail's page manager orders by tree path, as get_translations()
            homes[page.translation_key].append(page)
        result = [
            SiteRootPath(site.id, home.url_path, site.root_url, home.locale.language_code)
            for site in sites
            for home in homes[site.root_page.translation_key]
        ]
        cache.set(SITE_ROOT_PATHS_CACHE_KEY, result, 3600, version=SITE_ROOT_PATHS_CACHE_VERSION)
        return result

    get_site_root_paths.in_two_queries = True  # type: ignore[attr-defined]
    Site.get_site_root_paths = staticmethod(get_site_root_paths)


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
