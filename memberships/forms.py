from django import forms
from django.utils.translation import gettext_lazy as _

from common.text_limits import MESSAGE_MAX_LENGTH


class ClaimForm(forms.Form):
    message = forms.CharField(
        label=_("Your role there (optional)"),
        widget=forms.Textarea(attrs={"rows": 3}),
        max_length=MESSAGE_MAX_LENGTH,
        required=False,
        help_text=_("Whoever decides sees this with your email address."),
    )


class ClaimRejectForm(forms.Form):
    reason = forms.CharField(
        label=_("Reason"),
        widget=forms.Textarea(attrs={"rows": 3}),
        max_length=MESSAGE_MAX_LENGTH,
        help_text=_("The person who asked is sent this."),
    )


class InvitationForm(forms.Form):
    email = forms.EmailField(
        label=_("Colleague’s email address"),
        help_text=_("With or without an account: the link takes them through sign-up."),
    )
