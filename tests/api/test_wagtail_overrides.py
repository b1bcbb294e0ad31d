"""Guards for api/wagtail_overrides.py: each fails loudly when the upstream code an override
relies on changes shape (a Wagtail or django-ninja upgrade), before the public API silently does.

If one fails after an upgrade: read the override's docstring, check whether the new version
offers a public extension point instead, and adapt or remove the override.
"""

import datetime
import inspect
import os
import subprocess
import sys
import types
import typing

import ninja.orm.fields
import pytest
import wagtail.admin.ui.tables as tables
import wagtail.admin.views.generic.mixins as generic_mixins
import wagtail.signal_handlers as wagtail_signal_handlers
import wagtail.wagtail_hooks as wagtail_hooks
from django.conf import settings
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext, override_settings
from django.utils import translation
from ninja import NinjaAPI, Router, Schema
from ninja.operation import Operation
from ninja.testing import TestClient
from pydantic import model_validator
from wagtail.admin.forms.account import NameEmailForm
from wagtail.admin.views.account import AccountView, NameEmailSettingsPanel
from wagtail.api.v3.api import api
from wagtail.api.v3.routers import pages as wagtail_pages
from wagtail.models import Page, Site
from wagtail.models.sites import SiteRootPath, get_site_for_hostname
from wagtail.utils.timestamps import render_timestamp

from api import wagtail_overrides
from api.pages import PageListItemSchema
from core.portals import site_root_paths
from core.templatetags import wagtailadmin_bengali
from portals.provision import create_portal
from tests.portals.conftest import mithapukur_facts


def test_ninja_still_makes_titles_with_the_module_level_title_if_lower():
    source = inspect.getsource(ninja.orm.fields.get_schema_field)
    assert "title_if_lower(field.verbose_name)" in source
    assert "title_if_lower(field.verbose_name)" in inspect.getsource(ninja.orm.fields.get_related_field_schema)


def test_titles_are_english_whatever_language_is_active():
    assert getattr(ninja.orm.fields.title_if_lower, "in_english", False)
    with translation.override("bn"):
        assert ninja.orm.fields.title_if_lower(translation.gettext_lazy("photo")) == "Photo"


def test_installing_the_title_override_twice_wraps_once():
    wrapped = ninja.orm.fields.title_if_lower
    wagtail_overrides.build_schema_titles_in_english()
    assert ninja.orm.fields.title_if_lower is wrapped


def test_no_language_stays_active_after_the_apps_load():
    """Building schemas in English must not leave English on for management commands and workers:
    in a fresh process, once the apps are loaded, the language is the site's default, Bengali."""
    script = "import django; django.setup(); from django.utils import translation; print(translation.get_language())"
    result = subprocess.run(  # noqa: S603 our own interpreter and a fixed script
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        check=True,
        cwd=settings.BASE_DIR,
        env={**os.environ, "DJANGO_SETTINGS_MODULE": "rangpur_cms.settings.test"},
    )
    assert result.stdout.strip() == "bn"


def test_wagtail_pages_router_still_has_the_operations_replaced():
    router = wagtail_pages.router
    assert hasattr(router, "path_operations"), "ninja Router.path_operations (private) is gone"
    for path in (wagtail_overrides.PAGE_LIST_PATH, wagtail_overrides.PAGE_FIND_PATH):
        path_view = router.path_operations[path]
        assert hasattr(path_view, "operations")
        get_operations = [operation for operation in path_view.operations if "GET" in operation.methods]
        assert len(get_operations) == 1, path
    assert callable(router.add_api_operation)


def test_wagtail_list_and_find_views_keep_the_signatures_the_overrides_call():
    # The list keeps Wagtail's undecorated view; find falls back to Wagtail's own.
    assert hasattr(wagtail_pages.list_pages, "__wrapped__"), "list_pages is no longer wrapped by paginate"
    parameters = inspect.signature(wagtail_pages.find_page).parameters
    assert list(parameters)[:5] == ["request", "id", "html_path", "site", "version"]


def test_the_replaced_operations_are_the_project_views():
    router = wagtail_pages.router
    views = {
        path: [op.view_func for op in router.path_operations[path].operations if "GET" in op.methods][0]
        for path in (wagtail_overrides.PAGE_LIST_PATH, wagtail_overrides.PAGE_FIND_PATH)
    }
    assert views[wagtail_overrides.PAGE_FIND_PATH].__module__ == "api.pages"
    # The list: Wagtail's undecorated view, paginated, answering the paginated schema (validated_once).
    assert views[wagtail_overrides.PAGE_LIST_PATH].__wrapped__.__wrapped__ is wagtail_pages.list_pages.__wrapped__


def test_the_page_list_answers_ninjas_paginated_schema_of_the_project_items():
    paged = wagtail_overrides.page_list_response_schema(wagtail_pages.router)
    assert set(paged.model_fields) == {"items", "count"}
    assert typing.get_args(paged.model_fields["items"].annotation) == (PageListItemSchema,)


def test_ninja_serialises_an_instance_of_the_response_schema_without_validating_it_again():
    # The notice and page lists answer instances of their response schemas, with items validated
    # when they were made; ninja must not validate (and so resolve) them a second time.
    validated = []

    class Item(Schema):
        id: int

        @model_validator(mode="before")
        @classmethod
        def count(cls, values):
            validated.append(values)
            return values

    class Listing(Schema):
        items: list[Item]

    router = Router()

    @router.get("/", response=Listing)
    def listing(request):
        return Listing.model_construct(items=[Item.model_construct(id=1)])

    response = TestClient(router).get("/")
    assert response.json() == {"items": [{"id": 1}]}
    assert validated == []
    assert "isinstance(result, resp_annotation)" in inspect.getsource(Operation._result_to_response)


def test_ninja_openapi_generation_keeps_the_wrapped_signature():
    parameters = inspect.signature(NinjaAPI.get_openapi_schema).parameters
    assert {"path_prefix", "path_params"} <= set(parameters)
    # The live object serves the completed document (the wrapper is bound to the instance).
    assert api.get_openapi_schema.__func__.__qualname__.startswith("serve_completed_openapi_document")


def test_ninja_still_reads_docs_decorator_from_the_instance():
    assert "docs_decorator" in inspect.signature(NinjaAPI.__init__).parameters
    assert hasattr(api, "docs_decorator")


@pytest.mark.django_db
def test_docs_and_document_are_english_for_a_bengali_request(client):
    document = client.get("/api/v3/openapi.json", HTTP_ACCEPT_LANGUAGE="bn").json()
    assert document["components"]["schemas"]["NoticeSchema"]["properties"]["title"]["title"] == "Title"


def test_the_account_pages_name_form_still_declares_both_names_and_saves_all_panels_together():
    assert NameEmailSettingsPanel.form_class is NameEmailForm
    assert {"first_name", "last_name"} <= set(NameEmailForm.declared_fields)
    assert "all(form.is_valid() or not form.is_bound for form in panel_forms)" in inspect.getsource(AccountView.post)


def test_names_are_optional_on_the_account_page():
    assert not NameEmailForm.base_fields["first_name"].required
    assert not NameEmailForm.base_fields["last_name"].required
    assert NameEmailForm.base_fields["email"].required


def test_wagtail_still_writes_admin_timestamps_and_number_columns_through_these_names():
    assert "render_timestamp(" in inspect.getsource(wagtail_hooks)
    assert '"created_at": render_timestamp(self.revision.created_at)' in inspect.getsource(generic_mixins)
    assert 'context["value"] = intcomma(context["raw_value"])' in inspect.getsource(tables.NumberColumn)
    # Installed: the names those modules call are ours.
    assert wagtail_hooks.render_timestamp is wagtailadmin_bengali.timestamp
    assert generic_mixins.render_timestamp is wagtailadmin_bengali.timestamp
    assert tables.intcomma is wagtailadmin_bengali.intcomma


def test_admin_timestamps_and_counts_are_in_the_readers_digits():
    moment = datetime.datetime(2026, 11, 30, 8, 45, tzinfo=datetime.UTC)  # 14:45 in Dhaka
    with translation.override("bn"):
        assert wagtailadmin_bengali.timestamp(moment) == "৩০ নভেম্বর ২০২৬, ১৪:৪৫"
        assert wagtailadmin_bengali.intcomma(1234).replace(",", "") == "১২৩৪"
    with translation.override("en"):
        assert wagtailadmin_bengali.timestamp(moment) == render_timestamp(moment)
        assert "2026" in wagtailadmin_bengali.timestamp(moment)
        assert wagtailadmin_bengali.intcomma(1234) == "1,234"


def test_a_number_column_counts_in_the_readers_digits():
    column = tables.NumberColumn("count", label="Instances")
    row = types.SimpleNamespace(count=3)
    with translation.override("bn"):
        assert column.get_cell_context_data(row, {"row": None, "table": None})["value"] == "৩"
    with translation.override("en"):
        assert column.get_cell_context_data(row, {"row": None, "table": None})["value"] == "3"


def test_wagtail_still_reads_site_root_paths_as_the_two_query_version_assumes():
    original = inspect.unwrap(Site.get_site_root_paths)
    source = inspect.getsource(original)
    assert "SITE_ROOT_PATHS_CACHE_KEY, version=SITE_ROOT_PATHS_CACHE_VERSION" in source
    assert '.order_by("-root_page__url_path", "-is_default_site", "hostname")' in source
    assert "site.root_page.get_translations(\n                                inclusive=True" in source
    assert "3600" in source
    assert SiteRootPath._fields == ("site_id", "root_path", "root_url", "language_code")


@pytest.mark.django_db
def test_site_root_paths_are_wagtails_in_two_queries_however_many_portals(bilingual_site):
    for slug in ("mithapukur", "kaunia", "pirganj"):
        create_portal(mithapukur_facts(slug=slug, hostname=f"{slug}.localhost", name_en=slug.title()))
    # A site whose home has no translation (one language only) is listed too.
    plain = Page.get_first_root_node().add_child(instance=Page(title="Plain", slug="plain"))
    Site.objects.create(hostname="plain.localhost", port=80, root_page=plain)
    cache.clear()
    theirs = inspect.unwrap(Site.get_site_root_paths)()
    cache.clear()
    with CaptureQueriesContext(connection) as queries:
        ours = Site.get_site_root_paths()
    assert len(queries) == 2
    assert ours == theirs and len(ours) == 9  # the district and three portals in two languages, one plain
    with CaptureQueriesContext(connection) as queries:
        assert Site.get_site_root_paths() == theirs  # from the cache, as Wagtail keeps it
    assert len(queries) == 0
    Site.clear_site_root_paths_cache()
    assert Site.get_site_root_paths() == theirs


def test_wagtail_still_chooses_a_requests_site_by_the_rules_site_among_copies():
    source = inspect.getsource(get_site_for_hostname)
    for rule in (
        "When(hostname=hostname, port=port, then=MATCH_HOSTNAME_PORT)",
        "hostname=hostname, is_default_site=True, then=MATCH_HOSTNAME_DEFAULT",
        "When(is_default_site=True, then=MATCH_DEFAULT)",
        ".filter(Q(hostname=hostname) | Q(is_default_site=True))",
        "return sites[len(sites) == 2]",
    ):
        assert rule in source
    assert "get_site_for_hostname(hostname, port)" in inspect.getsource(Site._find_for_request)


@pytest.mark.django_db
@pytest.mark.parametrize("with_default", [True, False])
def test_site_among_chooses_as_wagtails_query_over_many_hosts(with_default):
    Site.objects.all().delete()
    root = Page.get_first_root_node()
    homes = [root.add_child(instance=Page(title=f"Home {n}", slug=f"home-{n}")) for n in range(5)]
    # Two ports of one host, a host of its own, and the default site on a third host (or none).
    Site.objects.create(hostname="a.localhost", port=80, root_page=homes[0])
    Site.objects.create(hostname="a.localhost", port=8080, root_page=homes[1])
    Site.objects.create(hostname="b.localhost", port=80, root_page=homes[2])
    Site.objects.create(hostname="c.localhost", port=80, root_page=homes[3], is_default_site=with_default)
    Site.objects.create(hostname="c.localhost", port=8000, root_page=homes[4])
    sites = list(Site.objects.all())
    for hostname in ("a.localhost", "b.localhost", "c.localhost", "unknown.localhost"):
        for port in (80, 8080, 8000, 443, "8080"):
            try:
                theirs = get_site_for_hostname(hostname, port).pk
            except Site.DoesNotExist:
                theirs = None
            ours = wagtail_overrides.site_among(sites, hostname, port)
            assert (ours.pk if ours else None) == theirs, (hostname, port)


@pytest.mark.django_db
def test_with_the_cache_off_a_requests_site_is_found_among_the_sites_read_with_the_root_paths(bilingual_site, rf):
    create_portal(mithapukur_facts(slug="mithapukur", hostname="mithapukur.localhost", name_en="Mithapukur"))
    off = {alias: {"BACKEND": "django.core.cache.backends.dummy.DummyCache"} for alias in settings.CACHES}
    with override_settings(CACHES=off):
        for host in ("mithapukur.localhost", "localhost", "unknown.localhost:8000"):
            request = rf.get("/bn/", HTTP_HOST=host)
            with CaptureQueriesContext(connection) as queries:
                site = Site.find_for_request(request)
                site_root_paths(request)
            assert len(queries) == 2  # the sites and their homes: the root paths, read once
            assert site == Site._find_for_request(rf.get("/bn/", HTTP_HOST=host))  # Wagtail's own query
            assert all(site is not read for read in site_root_paths(request).sites)  # a copy: the list may be kept


def test_wagtail_still_finds_a_pages_sites_by_testing_every_root_path():
    source = inspect.getsource(Page._get_relevant_site_root_paths.__wrapped__)
    assert "self._get_site_root_paths(cache_object)" in source
    assert "self.url_path.startswith(srp.root_path)" in source


def test_a_pages_sites_found_by_path_prefix_are_wagtails(bilingual_site):
    for slug in ("mithapukur", "kaunia"):
        create_portal(mithapukur_facts(slug=slug, hostname=f"{slug}.localhost", name_en=slug.title()))
    # A site rooted below another site's home page: its pages belong to both, in Wagtail's order.
    inner = bilingual_site.home_bn.add_child(instance=Page(title="Inner", slug="inner"))
    Site.objects.create(hostname="inner.localhost", port=80, root_page=inner)
    inner.add_child(instance=Page(title="Deep", slug="deep"))
    cache_object = types.SimpleNamespace()
    original = Page._get_relevant_site_root_paths.__wrapped__
    pages = list(Page.objects.all())
    assert len(pages) >= 13
    for page in pages:
        assert page._get_relevant_site_root_paths(cache_object) == original(page, cache_object), page.url_path
    deep = Page.objects.get(slug="deep")
    assert len(deep._get_relevant_site_root_paths(cache_object)) == 2


def test_wagtail_still_clears_the_site_root_paths_through_the_method_kept_lists_follow():
    source = inspect.getsource(wagtail_signal_handlers)
    assert source.count("Site.clear_site_root_paths_cache()") >= 2  # a site saved, a site deleted
    assert "Site.clear_site_root_paths_cache()" in inspect.getsource(Page.save)
    assert "SITE_ROOT_PATHS_CACHE_KEY" in inspect.getsource(inspect.unwrap(Site.clear_site_root_paths_cache))


@pytest.mark.django_db
def test_a_process_keeps_the_site_root_paths_until_a_site_changes(bilingual_site, django_capture_on_commit_callbacks):
    cache.clear()
    first = Site.get_site_root_paths()
    with CaptureQueriesContext(connection) as queries:
        assert Site.get_site_root_paths() is first  # the same list, not a copy from the cache
    assert len(queries) == 0
    with django_capture_on_commit_callbacks(execute=True):
        bilingual_site.site.hostname = "renamed.localhost"
        bilingual_site.site.save()
    renamed = Site.get_site_root_paths()
    assert renamed is not first
    assert {root.root_url for root in renamed} == {"http://renamed.localhost"}
    cache.clear()  # the cache lost (a Redis restart): read again, never the kept list
    assert Site.get_site_root_paths() is not renamed
