"""Every notice belongs to a portal: the notices there are before portals existed are the district's."""

import django.db.models.deletion
from django.db import migrations, models

import notices.models.notice


def assign_existing_notices_to_the_district(apps, schema_editor):
    Site = apps.get_model("wagtailcore", "Site")
    Notice = apps.get_model("notices", "Notice")
    district = Site.objects.filter(is_default_site=True).first() or Site.objects.order_by("pk").first()
    if district is not None:
        Notice.objects.filter(portal__isnull=True).update(portal=district)


class Migration(migrations.Migration):
    dependencies = [
        ("notices", "0005_expiry_check"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [
        migrations.AddField(
            model_name="notice",
            name="portal",
            field=models.ForeignKey(
                null=True,
                help_text="The portal whose notice board the notice belongs to.",
                on_delete=django.db.models.deletion.PROTECT,
                related_name="notices",
                to="wagtailcore.site",
                verbose_name="portal",
            ),
        ),
        migrations.RunPython(assign_existing_notices_to_the_district, migrations.RunPython.noop),
        migrations.AlterField(
            model_name="notice",
            name="portal",
            field=models.ForeignKey(
                default=notices.models.notice.default_portal,
                help_text="The portal whose notice board the notice belongs to.",
                on_delete=django.db.models.deletion.PROTECT,
                related_name="notices",
                to="wagtailcore.site",
                verbose_name="portal",
            ),
        ),
        migrations.AddField(
            model_name="notice",
            name="shared_with",
            field=models.ManyToManyField(
                blank=True,
                help_text="Other portals whose boards also show this notice, marked as from the district.",
                related_name="shared_notices",
                to="wagtailcore.site",
                verbose_name="also shown on",
            ),
        ),
    ]
