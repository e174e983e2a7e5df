"""The introduction forms. Each step form carries seen_state, the state the page showed, which
the views pass on as expected_state so a step taken on a stale page is refused."""

from django import forms
from django.utils.translation import gettext_lazy as _

from common.text_limits import MESSAGE_MAX_LENGTH
from introductions.models import IntroductionLanguage, IntroductionState
from introductions.selectors.overview import OVERVIEW_PERIOD_LABELS
from organisations.forms import OrganisationChoiceField
from organisations.models import Organisation


class IntroductionRequestForm(forms.Form):
    """ "Ask for an introduction": on behalf of one of the member's published organisations."""

    organisation = OrganisationChoiceField(
        queryset=Organisation.objects.none(), label=_("On behalf of"), empty_label=None
    )
    message = forms.CharField(
        widget=forms.Textarea(attrs={"rows": 4}),
        max_length=2000,
        label=_("What do you propose?"),
    )
    seeking = forms.CharField(
        widget=forms.Textarea(attrs={"rows": 3}),
        max_length=2000,
        label=_("What are you looking for?"),
    )
    preferred_language = forms.ChoiceField(
        choices=IntroductionLanguage.choices, label=_("Preferred language")
    )

    def __init__(self, *args, organisations, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["organisation"].queryset = organisations


class IntroductionStaffStepForm(forms.Form):
    """A staff decision from the queue. seen_state is the state the page showed, so a decision
    taken on a stale page is refused instead of overriding a colleague's."""

    to_state = forms.ChoiceField(
        choices=[
            (IntroductionState.FORWARDED, _("Forward")),
            (IntroductionState.MORE_INFORMATION_NEEDED, _("Ask for more information")),
            (IntroductionState.DECLINED, _("Decline")),
        ]
    )
    seen_state = forms.ChoiceField(choices=IntroductionState.choices)
    note = forms.CharField(required=False, max_length=2000)


class IntroductionStepForm(forms.Form):
    """A member's (or staff's) step on a request's page. Which steps the user may take is the
    service's decision; the form only reads the request."""

    to_state = forms.ChoiceField(choices=IntroductionState.choices)
    seen_state = forms.ChoiceField(choices=IntroductionState.choices)
    note = forms.CharField(required=False, max_length=2000, label=_("Note"))


class IntroductionResubmitForm(forms.Form):
    """The requester's answer to staff's request for more information: the request reworded."""

    message = forms.CharField(
        widget=forms.Textarea(attrs={"rows": 4}), max_length=2000, label=_("What do you propose?")
    )
    seeking = forms.CharField(
        widget=forms.Textarea(attrs={"rows": 3}),
        max_length=2000,
        label=_("What are you looking for?"),
    )
    seen_state = forms.ChoiceField(choices=IntroductionState.choices, widget=forms.HiddenInput)


class OverviewPeriodForm(forms.Form):
    """The period filter of the staff overview."""

    period = forms.ChoiceField(
        choices=list(OVERVIEW_PERIOD_LABELS.items()),
        required=False,
        initial="all",
        error_messages={"invalid_choice": _("Choose a period from the list.")},
    )


class IntroductionMessageForm(forms.Form):
    """A message to the other side of an accepted introduction."""

    body = forms.CharField(
        widget=forms.Textarea(attrs={"rows": 3}),
        max_length=MESSAGE_MAX_LENGTH,
        label=_("Your message"),
    )
