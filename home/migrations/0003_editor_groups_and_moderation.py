"""Editors and Moderators: what each group may do on the site tree, and the moderation workflow.

Editors write and submit pages for moderation; Moderators also approve and publish them.
Permissions are granted on the tree's root page and the root collection, so they cover the
home page of every language and everything under it, including pages added later. The
workflow "Moderators approval" is assigned to the root and to every home page.
Notice-snippet permissions are added by the notices app's own migration.
"""

from django.db import migrations

EDITOR_PAGE_PERMISSIONS = ["add_page", "change_page"]
MODERATOR_PAGE_PERMISSIONS = ["add_page", "change_page", "publish_page", "lock_page", "unlock_page", "bulk_delete_page"]
EDITOR_COLLECTION_PERMISSIONS = {
    ("wagtailimages", "image"): ["add_image", "change_image", "choose_image"],
    ("wagtaildocs", "document"): ["add_document", "change_document", "choose_document"],
}
MODERATOR_COLLECTION_PERMISSIONS = {
    ("wagtailimages", "image"): ["add_image", "change_image", "choose_image", "delete_image"],
    ("wagtaildocs", "document"): ["add_document", "change_document", "choose_document", "delete_document"],
}
BOTH_MODEL_PERMISSIONS = [
    ("wagtailadmin", "admin", "access_admin"),
    ("wagtail_localize", "translation", "submit_translation"),
]
MODERATOR_MODEL_PERMISSIONS = [("home", "officesettings", "change_officesettings")]
WORKFLOW_NAME = "Moderators approval"


def _permission(apps, app_label, model, codename):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    content_type, _created = ContentType.objects.get_or_create(app_label=app_label, model=model)
    permission, _created = Permission.objects.get_or_create(
        content_type=content_type, codename=codename, defaults={"name": codename.replace("_", " ").capitalize()}
    )
    return permission


def create_groups_and_workflow(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Page = apps.get_model("wagtailcore", "Page")
    Collection = apps.get_model("wagtailcore", "Collection")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowTask = apps.get_model("wagtailcore", "WorkflowTask")
    WorkflowPage = apps.get_model("wagtailcore", "WorkflowPage")
    GroupApprovalTask = apps.get_model("wagtailcore", "GroupApprovalTask")
    ContentType = apps.get_model("contenttypes", "ContentType")
    HomePage = apps.get_model("home", "HomePage")

    editors = Group.objects.get_or_create(name="Editors")[0]
    moderators = Group.objects.get_or_create(name="Moderators")[0]
    root = Page.objects.filter(depth=1).order_by("path").first()
    root_collection = Collection.objects.filter(depth=1).order_by("path").first()

    for group, page_codenames, collection_codenames in (
        (editors, EDITOR_PAGE_PERMISSIONS, EDITOR_COLLECTION_PERMISSIONS),
        (moderators, MODERATOR_PAGE_PERMISSIONS, MODERATOR_COLLECTION_PERMISSIONS),
    ):
        if root is not None:
            # Editors must not publish: drop a publish right an older setup may have given them.
            GroupPagePermission.objects.filter(group=group, page=root).exclude(
                permission__codename__in=page_codenames
            ).delete()
            for codename in page_codenames:
                GroupPagePermission.objects.get_or_create(
                    group=group, page=root, permission=_permission(apps, "wagtailcore", "page", codename)
                )
        if root_collection is not None:
            for (app_label, model), codenames in collection_codenames.items():
                for codename in codenames:
                    GroupCollectionPermission.objects.get_or_create(
                        group=group,
                        collection=root_collection,
                        permission=_permission(apps, app_label, model, codename),
                    )
        for app_label, model, codename in BOTH_MODEL_PERMISSIONS:
            group.permissions.add(_permission(apps, app_label, model, codename))
    for app_label, model, codename in MODERATOR_MODEL_PERMISSIONS:
        moderators.permissions.add(_permission(apps, app_label, model, codename))
    # Deleting stays with Moderators: the image/document model permissions Wagtail's own
    # migrations gave to Editors would let them delete files in every collection.
    editors.permissions.remove(
        *[
            _permission(apps, app_label, model, f"delete_{model}")
            for app_label, model in (("wagtailimages", "image"), ("wagtaildocs", "document"))
        ]
    )

    task_type = ContentType.objects.get_or_create(app_label="wagtailcore", model="groupapprovaltask")[0]
    task = GroupApprovalTask.objects.filter(name=WORKFLOW_NAME).first()
    if task is None:
        task = GroupApprovalTask.objects.create(name=WORKFLOW_NAME, content_type=task_type, active=True)
    task.groups.add(moderators)
    workflow = Workflow.objects.filter(name=WORKFLOW_NAME).first()
    if workflow is None:
        workflow = Workflow.objects.create(name=WORKFLOW_NAME, active=True)
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})
    for page in [root, *HomePage.objects.all()]:
        if page is not None:
            WorkflowPage.objects.update_or_create(page_id=page.pk, defaults={"workflow": workflow})


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0002_section_pages"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtailimages", "0027_image_description"),
        ("wagtaildocs", "0014_alter_document_file_size"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
        ("wagtail_localize", "0016_rename_page_revision_translationlog_revision"),
    ]

    operations = [migrations.RunPython(create_groups_and_workflow, migrations.RunPython.noop)]
