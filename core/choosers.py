"""Snippet choosers that show their items only to users with a permission on the model.

Wagtail's snippet chooser (``/admin/snippets/choose/<app>/<model>/``) lists every item, drafts
included, to anyone who may enter the admin; a front-desk clerk could read the title of a notice
nobody has published yet. A SnippetViewSet names this viewset as its ``chooser_viewset_class``
(Wagtail's documented extension point) so that its chooser, its search results and its "chosen"
answers are refused (403) to users with no permission on the model. Users with a permission see
and choose only the items the model's permission policy grants them (a portal's editors, their
portal's notices); any other item is "not found".
"""

from django.core.exceptions import ObjectDoesNotExist, PermissionDenied
from wagtail.permissions import policy_registry
from wagtail.snippets.views import chooser

# Having any of these on a model is what lets a user see its items elsewhere in the admin.
CHOOSER_ACTIONS = ["add", "change", "publish", "view"]


class PermissionCheckedMixin:
    """Refuse users who hold none of CHOOSER_ACTIONS on the chooser's model, and show the others
    only the items the policy grants them."""

    def dispatch(self, request, *args, **kwargs):
        policy = policy_registry.get_by_type(self.model_class)
        if not policy.user_has_any_permission(request.user, CHOOSER_ACTIONS):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def granted(self, queryset):
        policy = policy_registry.get_by_type(self.model_class)
        granted = policy.instances_user_has_any_permission_for(self.request.user, CHOOSER_ACTIONS)
        return queryset.filter(pk__in=granted.values("pk"))

    def get_object_list(self):
        return self.granted(super().get_object_list())

    def get_object(self, pk):
        item = self.granted(self.model_class.objects.filter(pk=pk)).first()
        if item is None:
            raise ObjectDoesNotExist
        return item

    def get_objects(self, pks):
        return self.granted(super().get_objects(pks))


class ChooseView(PermissionCheckedMixin, chooser.ChooseView):
    pass


class ChooseResultsView(PermissionCheckedMixin, chooser.ChooseResultsView):
    pass


class ChosenView(PermissionCheckedMixin, chooser.SnippetChosenView):
    pass


class ChosenMultipleView(PermissionCheckedMixin, chooser.SnippetChosenMultipleView):
    pass


class PermissionCheckedSnippetChooserViewSet(chooser.SnippetChooserViewSet):
    """A snippet chooser only for users with a permission on the snippet (see the module's docstring)."""

    choose_view_class = ChooseView
    choose_results_view_class = ChooseResultsView
    chosen_view_class = ChosenView
    chosen_multiple_view_class = ChosenMultipleView
