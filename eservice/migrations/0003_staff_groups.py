"""The two staff groups of the e-service centre and what each may do.

"E-service officers" move applications through every status, answer feedback, keep the charter
and the holiday calendar, and see the reports. "Front desk" receives applications at the
counter, forwards them or asks for more information, and keeps the visitor register; it cannot
mark an application ready, deliver or reject it. No group may delete anything: applications,
their events, visitors and feedback have no delete permission at all.
"""

from django.db import migrations

OFFICER_PERMISSIONS = {
    "application": [
        "add",
        "change",
        "view",
        "forward_application",
        "request_information",
        "mark_ready",
        "deliver_application",
        "reject_application",
    ],
    "applicationevent": ["view"],
    "applicationupload": ["view"],
    "visitor": ["add", "change", "view"],
    "feedback": ["change", "view"],
    "service": ["add", "change", "view"],
    "holiday": ["add", "change", "delete", "view"],
}
FRONT_DESK_PERMISSIONS = {
    "application": ["add", "view", "forward_application", "request_information"],
    "applicationevent": ["view"],
    "applicationupload": ["view"],
    "visitor": ["add", "change", "view"],
    "service": ["view"],
    "holiday": ["view"],
}
GROUPS = {"E-service officers": OFFICER_PERMISSIONS, "Front desk": FRONT_DESK_PERMISSIONS}


def _codename(action: str, model: str) -> str:
    # Custom permissions are named in full; Django's default ones are "<action>_<model>".
    return action if "_" in action else f"{action}_{model}"


def create_groups(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    Group = apps.get_model("auth", "Group")
    admin_type, _created = ContentType.objects.get_or_create(app_label="wagtailadmin", model="admin")
    access_admin = Permission.objects.get_or_create(
        content_type=admin_type, codename="access_admin", defaults={"name": "Can access Wagtail admin"}
    )[0]
    for group_name, permissions in GROUPS.items():
        group, _created = Group.objects.get_or_create(name=group_name)
        group.permissions.add(access_admin)
        for model, actions in permissions.items():
            content_type, _created = ContentType.objects.get_or_create(app_label="eservice", model=model)
            for action in actions:
                codename = _codename(action, model)
                # Django makes these after migrating; made here first, they are reused.
                permission = Permission.objects.get_or_create(
                    content_type=content_type,
                    codename=codename,
                    defaults={"name": codename.replace("_", " ").capitalize()},
                )[0]
                group.permissions.add(permission)


def remove_groups(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name__in=GROUPS).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("eservice", "0002_visitors_and_feedback"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(create_groups, remove_groups)]
