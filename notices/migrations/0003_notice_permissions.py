"""Give the "Editors" and "Moderators" groups their permissions on notices.

Editors write notices and keep them as drafts (or submit them for moderation); Moderators
also publish, delete and unlock them. The groups are Wagtail's own (made by its first data
migration), and are created here if someone has removed them.
"""

from django.db import migrations

EDITOR_ACTIONS = ("add", "change", "view", "lock")
MODERATOR_ACTIONS = ("add", "change", "delete", "view", "publish", "lock", "unlock")


def grant(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    Group = apps.get_model("auth", "Group")
    notice_type, _created = ContentType.objects.get_or_create(app_label="notices", model="notice")

    def permission(action):
        # Django and Wagtail make these after migrating; made here first, they are reused.
        return Permission.objects.get_or_create(
            content_type=notice_type,
            codename=f"{action}_notice",
            defaults={"name": f"Can {action} notice"},
        )[0]

    for group_name, actions in (("Editors", EDITOR_ACTIONS), ("Moderators", MODERATOR_ACTIONS)):
        group, _created = Group.objects.get_or_create(name=group_name)
        group.permissions.add(*(permission(action) for action in actions))


def revoke(apps, schema_editor):
    Permission = apps.get_model("auth", "Permission")
    Group = apps.get_model("auth", "Group")
    notice_permissions = Permission.objects.filter(content_type__app_label="notices", content_type__model="notice")
    for group in Group.objects.filter(name__in=["Editors", "Moderators"]):
        group.permissions.remove(*notice_permissions)


class Migration(migrations.Migration):
    dependencies = [
        ("notices", "0002_bengali_search_tokenizer"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("wagtailcore", "0002_initial_data"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
