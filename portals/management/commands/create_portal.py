"""`manage.py create_portal upazila mithapukur --name-bn মিঠাপুকুর --name-en Mithapukur`"""

from urllib.parse import urlsplit

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from home.models import PortalKind
from portals.provision import PortalFacts, create_portal


class Command(BaseCommand):
    help = (
        "Create a portal (a Wagtail Site with its home page and notice board in Bengali and English, "
        "office settings, collection, editors' and moderators' groups and moderation workflow). "
        "Idempotent: what exists already is left as it is."
    )

    def add_arguments(self, parser):
        parser.add_argument("kind", choices=PortalKind.values)
        parser.add_argument("slug", help="Short name, e.g. mithapukur.")
        parser.add_argument("--name-bn", required=True, help="The portal's name in Bengali.")
        parser.add_argument("--name-en", required=True, help="The portal's name in English.")
        parser.add_argument("--hostname", help="Defaults to <slug>.localhost, for development.")
        parser.add_argument("--port", type=int, help="Defaults to the port of WAGTAILADMIN_BASE_URL.")
        parser.add_argument("--head-bn", default="", help="Head of office (e.g. the UNO), in Bengali.")
        parser.add_argument("--head-en", default="", help="Head of office, in English.")

    def handle(self, *args, **options):
        address = urlsplit(settings.WAGTAILADMIN_BASE_URL)
        facts = PortalFacts(
            kind=options["kind"],
            slug=options["slug"],
            name_bn=options["name_bn"],
            name_en=options["name_en"],
            hostname=options["hostname"] or f"{options['slug']}.localhost",
            port=options["port"] or address.port or 80,
            head_bn=options["head_bn"],
            head_en=options["head_en"],
        )
        try:
            portal = create_portal(facts)
        except ValueError as error:
            raise CommandError(str(error)) from error
        self.stdout.write(f"{portal.slug}: {portal.site.root_url}/bn/ and {portal.site.root_url}/en/")
