"""Build the demo site. Idempotent: a second run finds everything in place and changes nothing."""

from django.conf import settings
from django.core.management.base import BaseCommand
from django.db import transaction

from demo.loader import load_demo


class Command(BaseCommand):
    help = "Load the Rangpur demo content in Bengali with English translations."

    def handle(self, *args, **options):
        with transaction.atomic():
            load_demo()
        self.stdout.write(self.style.SUCCESS(f"Demo content ready at {settings.WAGTAILADMIN_BASE_URL}/bn/"))
