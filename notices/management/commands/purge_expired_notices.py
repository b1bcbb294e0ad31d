"""Purge the notices whose expiry passed since the last run from the front caches.

An expired notice moves from the board to the archive at its expiry time without anyone
saving it, so nothing else tells Varnish, the CDN or the page cache. Run this every few
minutes (deploy/: a systemd timer or cron); each run purges the notices that expired between
the previous run and now, and records how far it got (notices.ExpiryCheck) for every server.
"""

import datetime

from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils import timezone

from notices.models import ExpiryCheck, Notice
from notices.purge import purge_notices


class Command(BaseCommand):
    help = "Purge the notices that expired since the last run from the front caches (run every few minutes)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--first-run-hours",
            type=int,
            default=24,
            help="On the very first run, look this many hours back (default 24).",
        )

    def handle(self, *args, first_run_hours: int, **options):
        now = timezone.now()
        with transaction.atomic():
            # One row, locked: two servers running the timer at once purge each notice once.
            check, _created = ExpiryCheck.objects.select_for_update().get_or_create(
                pk=1, defaults={"checked_up_to": now - datetime.timedelta(hours=first_run_hours)}
            )
            since = check.checked_up_to
            expired = list(Notice.objects.live().filter(expires_at__gt=since, expires_at__lte=now))
            # Translations share the expiry (a synchronised field): one of each is enough.
            one_per_notice = list({notice.translation_key: notice for notice in expired}.values())
            purge_notices(one_per_notice)
            check.checked_up_to = now
            check.save(update_fields=["checked_up_to"])
        self.stdout.write(f"Purged {len(one_per_notice)} notices that expired since {since.isoformat()}.")
