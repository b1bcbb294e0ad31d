from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from accounts.two_factor import remove_second_factor


class Command(BaseCommand):
    help = "Remove a user's authenticator and recovery codes (lost phone): they enrol again at the next sign-in."

    def add_arguments(self, parser):
        parser.add_argument("username")

    def handle(self, *args, username, **options):
        user = get_user_model().objects.filter(username=username).first()
        if user is None:
            raise CommandError(f"No user is called {username!r}.")
        remove_second_factor(user)
        self.stdout.write(f"Two-factor authentication removed for {username}; they enrol again at the next sign-in.")
