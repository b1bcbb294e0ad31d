"""Create a portal, or finish one half made: idempotent, so running it again changes nothing.

A portal is a Wagtail Site whose root is its home page in Bengali, with the English
translation beside it, a notice board in both languages, its office settings, a collection
for its images and documents, and two groups confined to it: "<slug> editors" write pages and
notices and submit them; "<slug> moderators" also publish them, through the portal's own
moderation workflow. The district portal is the default Site; its editors are the site-wide
"Editors" and "Moderators", who see every portal, so it gets no groups of its own.

The portal's moderators also edit its office settings (a Wagtail `GroupSitePermission` on its
Site, so no other portal's), approve its pages (the portal's workflow, whose task the district's
Moderators share) and its notices (one notice workflow for every portal, whose
`PortalApprovalTask` routes each notice to its own portal's moderators).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from wagtail.contrib.settings.models import BaseSiteSetting
from wagtail.contrib.settings.registry import registry as settings_registry
from wagtail.models import (
    Collection,
    GroupApprovalTask,
    GroupCollectionPermission,
    GroupPagePermission,
    GroupSitePermission,
    Locale,
    Page,
    Site,
    Workflow,
    WorkflowContentType,
    WorkflowPage,
    WorkflowTask,
)

from home.models import OfficeSettings, Portal, PortalKind, UpazilaHomePage
from notices.models import Notice, NoticeIndexPage
from portals.models import PortalApprovalTask
from portals.translations import translate_page

EDITOR_PAGE_PERMISSIONS = ("add_page", "change_page")
MODERATOR_PAGE_PERMISSIONS = ("add_page", "change_page", "publish_page", "lock_page", "unlock_page")
EDITOR_COLLECTION_PERMISSIONS = {
    "wagtailimages": ("add_image", "change_image", "choose_image"),
    "wagtaildocs": ("add_document", "change_document", "choose_document"),
}
MODERATOR_COLLECTION_PERMISSIONS = {
    "wagtailimages": ("add_image", "change_image", "choose_image", "delete_image"),
    "wagtaildocs": ("add_document", "change_document", "choose_document", "delete_document"),
}
# Notice permissions as the site-wide groups have them (notices/migrations/0003); the notice
# permission policy confines them to the portal.
EDITOR_NOTICE_ACTIONS = ("add", "change", "view", "lock")
MODERATOR_NOTICE_ACTIONS = ("add", "change", "delete", "view", "publish", "lock", "unlock")
BOTH_MODEL_PERMISSIONS = (("wagtailadmin", "access_admin"), ("wagtail_localize", "submit_translation"))
# The site-wide groups (home/migrations/0003): the district's moderators approve every portal's work.
DISTRICT_MODERATORS = "Moderators"
NOTICE_WORKFLOW = "Notice approval by portal"
NOTICE_TASK = "Portal moderators approval"


@dataclass(frozen=True)
class PortalFacts:
    """What an operator knows of a portal; `home` sets further fields of an upazila's home page."""

    kind: str
    slug: str
    name_bn: str
    name_en: str
    hostname: str
    port: int = 80
    head_bn: str = ""
    head_en: str = ""
    home: dict[str, Any] = field(default_factory=dict)
    home_en: dict[str, Any] = field(default_factory=dict)


def locales() -> tuple[Locale, Locale]:
    return Locale.objects.get_or_create(language_code="bn")[0], Locale.objects.get_or_create(language_code="en")[0]


@transaction.atomic
def create_portal(facts: PortalFacts) -> Portal:
    """The portal `facts` describe, created where missing; what exists is left as it is."""
    bengali, english = locales()
    portal = Portal.objects.select_related("site__root_page").filter(slug=facts.slug).first()
    if portal is None:
        site = _district_site() if facts.kind == PortalKind.DISTRICT else _new_upazila_site(facts, bengali)
        portal = Portal.objects.create(site=site, kind=facts.kind, slug=facts.slug)
    site = portal.site
    home = site.root_page
    english_fields = facts.home_en
    if facts.kind != PortalKind.DISTRICT:
        english_fields = {"uno_name": facts.head_en, "welcome_heading": "Welcome", **facts.home_en}
    homes = [home, _translation(home, english, facts.name_en, english_fields)]
    _notice_board(home, english)
    _office_settings(site, facts)
    if portal.collection_id is None:
        root = Collection.get_first_root_node()
        portal.collection = root.get_children().filter(name=facts.name_en).first() or root.add_child(name=facts.name_en)
        portal.save(update_fields=["collection"])
    if facts.kind != PortalKind.DISTRICT:
        _editors, moderators = _groups(portal, homes)
        _workflow(portal, moderators, homes)
        _settings_permissions(portal, moderators)
        _notice_workflow()
    return portal


def _district_site() -> Site:
    site = Site.objects.filter(is_default_site=True).select_related("root_page").first()
    if site is None:
        raise ValueError("The district portal is the default site: load the district's pages first.")
    return site


def _new_upazila_site(facts: PortalFacts, bengali: Locale) -> Site:
    root = Page.get_first_root_node()
    home = UpazilaHomePage.objects.filter(depth=2, slug=facts.slug, locale=bengali).first()
    if home is None:
        fields = {"uno_name": facts.head_bn, "welcome_heading": "স্বাগতম", **facts.home}
        home = UpazilaHomePage(title=facts.name_bn, slug=facts.slug, locale=bengali, **fields)
        root.add_child(instance=home)
        home.save_revision().publish()
    site, _created = Site.objects.get_or_create(
        hostname=facts.hostname, port=facts.port, defaults={"root_page": home, "site_name": facts.name_en}
    )
    return site


def _translation(page: Page, english: Locale, title: str, fields: dict[str, Any]) -> Page:
    """The English translation of `page` (wagtail-localize's, see portals/translations.py), made when missing."""
    return translate_page(page, english, title, fields)


def _notice_board(home: Page, english: Locale) -> None:
    board = NoticeIndexPage.objects.child_of(home).first()
    if board is None:
        board = NoticeIndexPage(title="নোটিশ বোর্ড", slug="notices", locale_id=home.locale_id, show_in_menus=True)
        home.add_child(instance=board)
        board.save_revision().publish()
    _translation(board, english, "Notice board", {})


def _office_settings(site: Site, facts: PortalFacts) -> None:
    office = OfficeSettings.for_site(site)
    if office.head_of_office_bn or office.head_of_office_en:
        return
    if facts.kind != PortalKind.DISTRICT:
        office.office_name_bn = f"উপজেলা নির্বাহী অফিসারের কার্যালয়, {facts.name_bn}"
        office.office_name_en = f"Upazila Nirbahi Officer's Office, {facts.name_en}"
    office.head_of_office_bn = facts.head_bn
    office.head_of_office_en = facts.head_en
    office.save()


def _permission(app_label: str, codename: str) -> Permission:
    return Permission.objects.get(content_type__app_label=app_label, codename=codename)


def _groups(portal: Portal, homes: list[Page]) -> tuple[Group, Group]:
    editors = Group.objects.get_or_create(name=f"{portal.slug} editors")[0]
    moderators = Group.objects.get_or_create(name=f"{portal.slug} moderators")[0]
    plan = (
        (editors, EDITOR_PAGE_PERMISSIONS, EDITOR_COLLECTION_PERMISSIONS, EDITOR_NOTICE_ACTIONS),
        (moderators, MODERATOR_PAGE_PERMISSIONS, MODERATOR_COLLECTION_PERMISSIONS, MODERATOR_NOTICE_ACTIONS),
    )
    for group, page_codenames, collection_codenames, notice_actions in plan:
        for home in homes:
            for codename in page_codenames:
                GroupPagePermission.objects.get_or_create(
                    group=group, page=home, permission=_permission("wagtailcore", codename)
                )
        for app_label, codenames in collection_codenames.items():
            for codename in codenames:
                GroupCollectionPermission.objects.get_or_create(
                    group=group, collection=portal.collection, permission=_permission(app_label, codename)
                )
        group.permissions.add(
            *(_permission("notices", f"{action}_notice") for action in notice_actions),
            *(_permission(app_label, codename) for app_label, codename in BOTH_MODEL_PERMISSIONS),
        )
    portal.groups.add(editors, moderators)
    return editors, moderators


def _workflow(portal: Portal, moderators: Group, homes: list[Page]) -> None:
    """The portal's pages go through its own moderators' approval."""
    name = f"{portal.slug} moderators approval"
    task = GroupApprovalTask.objects.filter(name=name).first()
    if task is None:
        task = GroupApprovalTask.objects.create(name=name)
    task.groups.add(moderators, *Group.objects.filter(name=DISTRICT_MODERATORS))
    workflow = Workflow.objects.get_or_create(name=name, defaults={"active": True})[0]
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})
    for home in homes:
        WorkflowPage.objects.get_or_create(page=home, defaults={"workflow": workflow})


def _settings_permissions(portal: Portal, moderators: Group) -> None:
    """The portal's moderators edit its own office settings (every site setting), no other portal's."""
    for model in settings_registry:
        if issubclass(model, BaseSiteSetting):
            permission = _permission(model._meta.app_label, f"change_{model._meta.model_name}")
            GroupSitePermission.objects.get_or_create(group=moderators, site=portal.site, permission=permission)


def _notice_workflow() -> Workflow:
    """Notices of every portal go through one workflow whose task asks each notice's own portal.

    Wagtail gives a snippet one workflow per content type; the `PortalApprovalTask` makes it
    per portal (see portals/models.py).
    """
    task = PortalApprovalTask.objects.filter(name=NOTICE_TASK).first()
    if task is None:
        task = PortalApprovalTask.objects.create(name=NOTICE_TASK)
    workflow = Workflow.objects.get_or_create(name=NOTICE_WORKFLOW, defaults={"active": True})[0]
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})
    notice_type = ContentType.objects.get_for_model(Notice)
    assigned = WorkflowContentType.objects.filter(content_type=notice_type).first()
    if assigned is None:
        WorkflowContentType.objects.create(content_type=notice_type, workflow=workflow)
    elif assigned.workflow_id != workflow.pk:
        assigned.workflow = workflow
        assigned.save(update_fields=["workflow"])
    return workflow
