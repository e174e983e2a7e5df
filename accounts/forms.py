from allauth.account.forms import AddEmailForm as AllauthAddEmailForm
from allauth.account.forms import ChangePasswordForm as AllauthChangePasswordForm
from allauth.account.forms import ResetPasswordKeyForm as AllauthResetPasswordKeyForm
from django import forms
from django.urls import reverse
from django.utils.functional import lazy
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from accounts.services import TIME_ZONE_UNKNOWN, privacy_consent_record
from common.time_zone import ZONE_LABELS, time_zones_known
from organisations.account_forms import SignupForm as SiteSignupForm


def _consent_help() -> str:
    return format_html(
        '<a href="{}">{}</a>', reverse("accounts:privacy"), _("Read the privacy notice")
    )


class SignupForm(SiteSignupForm):
    """The site's sign-up form with the consent to the privacy notice, recorded with its
    version when the account is created. Named in settings.ACCOUNT_FORMS."""

    privacy_consent = forms.BooleanField(
        required=True,
        label=_(
            "I have read the privacy notice and agree that Korea–UK Match keeps my data as it "
            "describes."
        ),
        help_text=lazy(_consent_help, str)(),
        error_messages={"required": _("Tick this box to create an account.")},
    )

    def signup(self, request, user) -> None:
        privacy_consent_record(user=user)


class AccountDeleteForm(forms.Form):
    password = forms.CharField(
        label=_("Your password"),
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
    )


class AddEmailForm(AllauthAddEmailForm):
    """allauth's form for another address, labelled like the site's other forms. Named in
    settings.ACCOUNT_FORMS."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["email"].label = _("New email address")
        self.fields["email"].widget.attrs.pop("placeholder", None)


def _new_password_labels(form: forms.Form) -> None:
    # Visible labels in the site's sentence case, not placeholders that vanish as you type.
    form.fields["password1"].label = _("New password")
    form.fields["password2"].label = _("New password again")
    for field in form.fields.values():
        field.widget.attrs.pop("placeholder", None)


class ChangePasswordForm(AllauthChangePasswordForm):
    """allauth's password change, labelled like the site's other forms. Named in
    settings.ACCOUNT_FORMS."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["oldpassword"].label = _("Current password")
        _new_password_labels(self)

    def clean_oldpassword(self) -> str:
        # allauth says "Please type your current password." even when one was typed; an
        # empty field is already caught as required.
        password = self.cleaned_data.get("oldpassword", "")
        if not self.user.check_password(password):
            raise forms.ValidationError(
                _("That is not your current password."), code="incorrect_password"
            )
        return password


class ResetPasswordKeyForm(AllauthResetPasswordKeyForm):
    """The new password chosen from a reset link, labelled like the change form. Named in
    settings.ACCOUNT_FORMS."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        _new_password_labels(self)


def _time_zone_choices() -> list:
    # The zones most members are in first, by the names they know them by; then every zone
    # named after a place (Etc/GMT+9, whose sign is inverted, and legacy names such as
    # EST5EDT only confuse; UTC stays).
    places = sorted(
        name
        for name in time_zones_known()
        if name == "UTC" or ("/" in name and not name.startswith(("Etc/", "SystemV/")))
    )
    return [
        ("", _("Follow my language")),
        (_("Most used"), [(name, label) for name, label in ZONE_LABELS.items()]),
        (_("All time zones"), [(name, name) for name in places]),
    ]


class TimeZoneForm(forms.Form):
    time_zone = forms.ChoiceField(
        label=_("Time zone"),
        choices=_time_zone_choices,
        required=False,
        error_messages={"invalid_choice": TIME_ZONE_UNKNOWN},
    )
