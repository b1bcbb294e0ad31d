"""Portals: the district portal and its upazila portals, each a Wagtail Site of its own.

A `Portal` names a Site's kind and slug, the collection its editors' images and documents go
into, and the groups whose members edit that portal only (made by `manage.py create_portal`).
Users in none of those groups (district editors) and superusers are not confined to a portal.
"""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _


class PortalKind(models.TextChoices):
    DISTRICT = "district", _("District portal")
    UPAZILA = "upazila", _("Upazila portal")


class Portal(models.Model):
    """One portal of the installation: its Site, kind, slug, collection and editors' groups."""

    site = models.OneToOneField(
        "wagtailcore.Site", verbose_name=_("site"), on_delete=models.CASCADE, related_name="portal"
    )
    kind = models.CharField(_("kind"), max_length=16, choices=PortalKind.choices, default=PortalKind.UPAZILA)
    slug = models.SlugField(
        _("slug"),
        max_length=64,
        unique=True,
        help_text=_("Short name, also the first part of the development hostname."),
    )
    collection = models.ForeignKey(
        "wagtailcore.Collection",
        verbose_name=_("collection"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Where this portal's images and documents are kept."),
    )
    groups = models.ManyToManyField(
        "auth.Group",
        verbose_name=_("groups"),
        blank=True,
        related_name="portals",
        help_text=_("Members of these groups edit this portal only."),
    )

    class Meta:
        verbose_name = _("portal")
        verbose_name_plural = _("portals")
        ordering = ["kind", "slug"]

    def __str__(self) -> str:
        return self.site.site_name or self.slug

    @classmethod
    def site_ids_for_user(cls, user) -> frozenset[int] | None:
        """The sites a user is confined to, or None for users who see every portal.

        Looked up once per user object (a request's user), so a listing checking each row
        costs one query in all.
        """
        if not user.is_authenticated:
            return frozenset()
        if user.is_superuser:
            return None
        cached = getattr(user, "_portal_site_ids", False)
        if cached is not False:
            return cached
        site_ids = frozenset(cls.objects.filter(groups__user=user).values_list("site_id", flat=True))
        user._portal_site_ids = site_ids or None
        return user._portal_site_ids
