"""Create the `admin` superuser with a generated password, and print it on every run.

The password is kept in `.admin-password` (ignored by git) so later runs can show it again.
"""

import secrets
from pathlib import Path

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand

PASSWORD_FILE = Path(settings.BASE_DIR) / ".admin-password"
FIRST_NAME = "সাইট"
LAST_NAME = "প্রশাসক"


class Command(BaseCommand):
    help = "Create the admin account if it is missing and print its password."

    def handle(self, *args, **options):
        User = get_user_model()
        password = PASSWORD_FILE.read_text().strip() if PASSWORD_FILE.exists() else ""
        user = User.objects.filter(username="admin").first()
        if user is None or not password or not user.check_password(password):
            password = password or secrets.token_urlsafe(12)
            user = user or User(username="admin", email="admin@example.com")
            user.is_staff = user.is_superuser = True
            user.set_password(password)
            user.save()
            PASSWORD_FILE.write_text(password + "\n")
            PASSWORD_FILE.chmod(0o600)
        if not (user.first_name and user.last_name):
            # Wagtail shows the name in the admin and in page histories; an operator may change it.
            user.first_name = user.first_name or FIRST_NAME
            user.last_name = user.last_name or LAST_NAME
            user.save(update_fields=["first_name", "last_name"])
        self.stdout.write(
            self.style.SUCCESS(f"Admin login: http://127.0.0.1:8000/admin/  user: admin  password: {password}")
        )
