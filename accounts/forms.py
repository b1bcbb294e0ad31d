from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms.auth import LoginForm

from core.i18n import to_ascii_digits


class TokenForm(forms.Form):
    """A code from the authenticator app (six digits) or one of the recovery codes."""

    token = forms.CharField(
        label=_("Code"),
        max_length=16,
        help_text=_("The six-digit code your authenticator app shows, or one of your recovery codes."),
        widget=forms.TextInput(attrs={"autocomplete": "one-time-code", "autofocus": True}),
    )

    def clean_token(self) -> str:
        # Bengali digits are accepted; spaces people copy with a code are not part of it.
        return to_ascii_digits(self.cleaned_data["token"]).replace(" ", "").strip()


class AdminLoginForm(LoginForm):
    """Wagtail's sign-in form with a translatable label on the password field.

    Wagtail's form declares the field without a label, so Django makes one from the field's name,
    an untranslated "Password", the one English word on a Bengali sign-in page. Installed through
    Wagtail's own setting, WAGTAILADMIN_USER_LOGIN_FORM.
    """

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["password"].label = _("Password")
