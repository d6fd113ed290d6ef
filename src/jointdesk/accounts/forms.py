from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _

from jointdesk.accounts.choices import TimeZoneChoice


class LoginForm(forms.Form):
    username = forms.CharField(label=_("Username"), max_length=150)
    password = forms.CharField(label=_("Password"), widget=forms.PasswordInput)
    otp_token = forms.CharField(
        label=_("Authenticator code"),
        max_length=8,
        required=False,
        help_text=_("The 6-digit code from your authenticator app."),
        widget=forms.TextInput(attrs={"autocomplete": "one-time-code", "inputmode": "numeric"}),
    )


class TokenForm(forms.Form):
    otp_token = forms.CharField(
        label=_("Authenticator code"),
        max_length=8,
        widget=forms.TextInput(attrs={"autocomplete": "one-time-code", "inputmode": "numeric"}),
    )


class PreferencesForm(forms.Form):
    language = forms.ChoiceField(label=_("Language"), choices=settings.LANGUAGES)
    time_zone = forms.ChoiceField(label=_("Time zone"), choices=TimeZoneChoice.choices)
