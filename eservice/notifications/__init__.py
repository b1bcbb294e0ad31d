"""Telling applicants what happened to their application: an SMS on receipt and on each status
change, and an email when they gave an address. Messages are queued as tasks (django-tasks,
Wagtail's task framework) from the core's on-commit signals, so a failed send never undoes or
blocks the change itself. Mobile numbers and NIDs never reach the log unmasked."""
