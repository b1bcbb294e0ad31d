"""New staff accounts start with the admin in the site's first language, Bengali.

Without a preference Wagtail follows the browser's language, so the same new account would see
the admin in English on one computer and in Bengali on another. The preference is set once, when
the account is made; the staff member can change it on the Account page.
"""

from django.conf import settings
from wagtail.users.models import UserProfile


def start_in_the_site_language(sender, instance, created: bool, raw: bool = False, **kwargs) -> None:
    if created and not raw:
        UserProfile.objects.get_or_create(user=instance, defaults={"preferred_language": settings.LANGUAGE_CODE})
