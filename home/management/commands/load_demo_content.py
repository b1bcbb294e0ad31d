"""Build the demo site. Idempotent: a second run finds everything in place and changes nothing."""

from importlib import import_module

from django.conf import settings
from django.core.management.base import BaseCommand
from django.db import transaction

from home.demo import site

# After the site and home page, each loader adds its part of the demo; each is a module with
# `load(home: HomePage)` that looks before it creates, so running the command again is safe.
DEMO_LOADERS: tuple[str, ...] = ("home.demo.sections", "notices.demo", "eservice.demo", "eservice.demo_staff")


class Command(BaseCommand):
    help = "Load the Rangpur demo content in Bengali with English translations."

    def handle(self, *args, **options):
        with transaction.atomic():
            home = site.load()
            for module_name in DEMO_LOADERS:
                import_module(module_name).load(home)
        self.stdout.write(self.style.SUCCESS(f"Demo content ready at {settings.WAGTAILADMIN_BASE_URL}/bn/"))
