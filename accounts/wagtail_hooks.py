from django.templatetags.static import static
from django.urls import path, reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from accounts import views


@hooks.register("register_admin_urls")
def register_admin_urls():
    return [
        path("two-factor/", views.manage, name="accounts_two_factor"),
        path("two-factor/enrol/", views.enrol, name="accounts_two_factor_enrol"),
        path("two-factor/verify/", views.verify, name="accounts_two_factor_verify"),
        path("two-factor/recovery-codes/", views.regenerate_recovery_codes, name="accounts_recovery_codes"),
        path("two-factor/disable/", views.disable, name="accounts_two_factor_disable"),
        path("locked-logins/", views.locked_logins, name="accounts_locked_logins"),
    ]


@hooks.register("register_account_menu_item")
def two_factor_account_item(request):
    return {
        "url": reverse("accounts_two_factor"),
        "label": _("Two-factor authentication"),
        "help_text": _("Protect your account with a code from an authenticator app."),
    }


class SuperuserMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.is_superuser


@hooks.register("register_settings_menu_item")
def locked_logins_menu_item():
    return SuperuserMenuItem(_("Locked sign-ins"), reverse("accounts_locked_logins"), icon_name="lock", order=900)


@hooks.register("insert_global_admin_css")
def bengali_font():
    """Noto Sans Bengali for every admin page, the sign-in page included (accounts/static/accounts/)."""
    return format_html('<link rel="stylesheet" href="{}">', static("accounts/admin-bengali.css"))


@hooks.register("insert_global_admin_js")
def bengali_digits():
    """Bengali digits where Wagtail's own scripts write dates and numbers (comment times, content
    metrics); printed before the editor's form media, so before comments.js runs."""
    return format_html('<script src="{}"></script>', static("accounts/admin-bengali-digits.js"))
