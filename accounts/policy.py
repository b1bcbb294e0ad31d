"""Who must use two-factor authentication: superusers, and members of the groups named in
``TWO_FACTOR_REQUIRED_GROUPS`` (the e-service staff, who see citizens' NID and mobile numbers).
Everyone else may enrol; once enrolled, they verify at every sign-in too."""

from django.conf import settings
from django_otp import user_has_device


def two_factor_required(user) -> bool:
    """True when the user may not use the admin or the API without a second factor."""
    if not user.is_authenticated:
        return False
    return user.is_superuser or user.groups.filter(name__in=settings.TWO_FACTOR_REQUIRED_GROUPS).exists()


def must_verify(user) -> bool:
    """True when the signed-in user has not yet given a second factor in this session."""
    if not user.is_authenticated or user.is_verified():
        return False
    return user_has_device(user) or two_factor_required(user)
