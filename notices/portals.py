"""Notices per portal in the admin and the API: who may see, choose and change which notices.

An upazila editor (a member of a group a `home.Portal` names) works on their portal's notices
only: the permission policy below narrows Wagtail's model permissions to those notices
everywhere Wagtail asks it (the listing, the chooser, the snippets API's list, detail, edit and
publish, bulk actions), the form offers only their portal, and every admin URL of one notice
answers 404 for another portal's notice. District editors and superusers see every portal.
"""

from __future__ import annotations

from functools import wraps

from django.contrib.admin.utils import unquote
from django.core.exceptions import ValidationError
from django.http import Http404
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.permission_policies import ModelPermissionPolicy

from home.models import Portal
from notices.models.notice import Notice, default_portal


def allowed_site_ids(user) -> frozenset[int] | None:
    """The portals whose notices `user` may work on; None for every portal."""
    return Portal.site_ids_for_user(user)


class NoticePermissionPolicy(ModelPermissionPolicy):
    """Django's model permissions on notices, confined to the user's portals."""

    def user_has_permission_for_instance(self, user, action, instance) -> bool:
        return self.user_has_any_permission_for_instance(user, [action], instance)

    def user_has_any_permission_for_instance(self, user, actions, instance) -> bool:
        if not self.user_has_any_permission(user, actions):
            return False
        allowed = allowed_site_ids(user)
        return allowed is None or instance.portal_id in allowed

    def instances_user_has_any_permission_for(self, user, actions):
        notices = super().instances_user_has_any_permission_for(user, actions)
        allowed = allowed_site_ids(user)
        return notices if allowed is None else notices.filter(portal_id__in=allowed)


class NoticeAdminForm(WagtailAdminModelForm):
    """The notice form: a portal editor's notices go to their own portal, and only the
    district's editors share a notice with other portals' boards."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.allowed_sites = allowed_site_ids(self.for_user) if self.for_user else None
        portal = self.fields.get("portal")
        if portal is not None:
            portal.required = False
            if self.allowed_sites is not None:
                portal.queryset = portal.queryset.filter(pk__in=self.allowed_sites)
            if not self.instance.pk and not self.initial.get("portal"):
                self.initial["portal"] = self._own_portal_id()
        shared = self.fields.get("shared_with")
        if shared is not None and self.allowed_sites is not None:
            shared.queryset = shared.queryset.none()
            shared.disabled = True

    def _own_portal_id(self) -> int | None:
        if self.allowed_sites:
            return min(self.allowed_sites)
        return default_portal()

    def clean(self):
        cleaned = super().clean()
        chosen = cleaned.get("portal") if "portal" in self.fields else None
        if chosen is not None:
            portal_id = chosen.pk
        else:
            # Left out (the API) or left empty: the notice stays where it is, or goes to the editor's portal.
            portal_id = self.instance.portal_id
            if not portal_id or (self.allowed_sites is not None and portal_id not in self.allowed_sites):
                portal_id = self.instance.portal_id = self._own_portal_id()
            if "portal" in self.fields and portal_id:
                cleaned["portal"] = self.fields["portal"].queryset.model.objects.get(pk=portal_id)
        if self.allowed_sites is not None and portal_id not in self.allowed_sites:
            raise ValidationError(_("You may only publish notices on your own portal."))
        return cleaned


def scoped_to_user_portals(view):
    """An admin view of one notice (its `pk` in the URL) answers 404 for another portal's notice."""

    @wraps(view)
    def scoped(request, *args, **kwargs):
        pk = kwargs.get("pk")
        allowed = allowed_site_ids(request.user)
        if (
            pk is not None
            and allowed is not None
            and not Notice.objects.filter(pk=unquote(str(pk)), portal_id__in=allowed).exists()
        ):
            raise Http404
        return view(request, *args, **kwargs)

    return scoped
