"""The moderation task of a portal's content: approved by those who may publish it there.

Wagtail assigns a snippet's workflow per content type, not per instance, so every portal's
notices share one workflow. Its task, a `PortalApprovalTask`, decides for each notice (or page)
who reviews it: the users the object's own permission policy lets publish it. The notice policy
(`notices/portals.py`) confines an upazila's moderators to their portal's notices and lets the
district's Moderators publish any, and page permissions do the same on each portal's tree, so a
Mithapukur notice waits for Mithapukur's moderators (or the district's), never Badarganj's.
"""

from __future__ import annotations

from django.contrib.contenttypes.models import ContentType
from django.db.models import CharField, Q
from django.db.models.functions import Cast
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page, Task, TaskState
from wagtail.permissions import policy_registry

PUBLISH = "publish"


def user_may_publish(obj, user) -> bool:
    """Whether `user` may publish `obj` under its model's permission policy (its portal's)."""
    if not (user.is_authenticated and user.is_active):
        return False
    if user.is_superuser:
        return True
    model = Page if isinstance(obj, Page) else type(obj)
    return policy_registry.get_by_type(model).user_has_permission_for_instance(user, PUBLISH, obj)


class PortalApprovalTask(Task):
    """Approval by the moderators of the object's portal (district moderators approve any)."""

    def _checks(self, user) -> dict:
        # One answer per object and user in a request (the editor asks several times).
        cache = getattr(user, "_portal_approval_checks", None)
        if cache is None:
            cache = user._portal_approval_checks = {}
        return cache

    def user_may_approve(self, obj, user) -> bool:
        key = (obj._meta.label, obj.pk)
        checks = self._checks(user)
        if key not in checks:
            checks[key] = user_may_publish(obj, user)
        return checks[key]

    def user_can_access_editor(self, obj, user):
        return self.user_may_approve(obj, user)

    def locked_for_user(self, obj, user):
        return not self.user_may_approve(obj, user)

    def user_can_lock(self, obj, user):
        return self.user_may_approve(obj, user)

    def user_can_unlock(self, obj, user):
        return False

    def get_actions(self, obj, user):
        if not self.user_may_approve(obj, user):
            return []
        return [
            ("reject", _("Request changes"), True),
            ("approve", _("Approve"), False),
            ("approve", _("Approve with comment"), True),
        ]

    def get_task_states_user_can_moderate(self, user, **kwargs):
        states = self.task_states.filter(status=TaskState.STATUS_IN_PROGRESS)
        if not (user.is_authenticated and user.is_active):
            return TaskState.objects.none()
        if user.is_superuser:
            return states
        # Per kind of object waiting here: those of its objects the user may publish.
        reviewable = Q(pk__in=[])
        type_ids = states.order_by().values_list("workflow_state__base_content_type", flat=True).distinct()
        for type_id in type_ids:
            model = ContentType.objects.get_for_id(type_id).model_class()
            if model is None:
                continue
            policy = policy_registry.get_by_type(model)
            keys = (
                policy.instances_user_has_permission_for(user, PUBLISH)
                .order_by()
                .annotate(key=Cast("pk", output_field=CharField()))
                .values("key")
            )
            reviewable |= Q(workflow_state__base_content_type_id=type_id, workflow_state__object_id__in=keys)
        return states.filter(reviewable)

    @classmethod
    def get_description(cls):
        return _("The moderators of the portal the page or notice belongs to approve it; district moderators any")

    class Meta:
        verbose_name = _("portal approval task")
        verbose_name_plural = _("portal approval tasks")
