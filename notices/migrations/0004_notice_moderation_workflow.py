"""Notices go through the same "Moderators approval" workflow as pages (made by home 0003)."""

from django.db import migrations

WORKFLOW_NAME = "Moderators approval"


def assign_workflow(apps, schema_editor):
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowContentType = apps.get_model("wagtailcore", "WorkflowContentType")
    ContentType = apps.get_model("contenttypes", "ContentType")
    workflow = Workflow.objects.filter(name=WORKFLOW_NAME).first()
    if workflow is None:
        return
    notice_type = ContentType.objects.get_or_create(app_label="notices", model="notice")[0]
    WorkflowContentType.objects.update_or_create(content_type=notice_type, defaults={"workflow": workflow})


class Migration(migrations.Migration):
    dependencies = [
        ("notices", "0003_notice_permissions"),
        ("home", "0003_editor_groups_and_moderation"),
    ]

    operations = [migrations.RunPython(assign_workflow, migrations.RunPython.noop)]
