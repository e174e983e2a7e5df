"""The "not interested" form. Its fields are hidden inputs of a suggestion's button, so bad
values mean a stale page or a tampered request: the view reports them and stores nothing."""

from django import forms

from matchmaking.models import IntroductionLanguage, IntroductionState
from opportunities.models import Opportunity
from organisations.models import Organisation


class DismissalForm(forms.Form):
    # The organisation the suggestion was made for; the view checks the user belongs to it.
    organisation = forms.IntegerField(min_value=1)
    # Only what could have been suggested can be dismissed, so a draft's id never answers
    # differently from an unknown one.
    dismissed_organisation = forms.ModelChoiceField(
        queryset=Organisation.objects.published(), required=False
    )
    dismissed_opportunity = forms.ModelChoiceField(
        queryset=Opportunity.objects.published(), required=False
    )

    def clean(self):
        cleaned = super().clean()
        chosen = [
            name
            for name in ("dismissed_organisation", "dismissed_opportunity")
            if cleaned.get(name)
        ]
        if not self.errors and len(chosen) != 1:
            raise forms.ValidationError("Choose one suggestion to remove.")
        return cleaned


class IntroductionRequestForm(forms.Form):
    """ "Ask for an introduction": on behalf of one of the member's published organisations."""

    organisation = forms.ModelChoiceField(
        queryset=Organisation.objects.none(), label="On behalf of", empty_label=None
    )
    message = forms.CharField(
        widget=forms.Textarea(attrs={"rows": 4}),
        max_length=2000,
        label="What do you propose?",
    )
    seeking = forms.CharField(
        widget=forms.Textarea(attrs={"rows": 3}),
        max_length=2000,
        label="What are you looking for?",
    )
    preferred_language = forms.ChoiceField(
        choices=IntroductionLanguage.choices, label="Preferred language"
    )

    def __init__(self, *args, organisations, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["organisation"].queryset = organisations


class IntroductionStaffStepForm(forms.Form):
    """A staff decision from the queue. seen_state is the state the page showed, so a decision
    taken on a stale page is refused instead of overriding a colleague's."""

    to_state = forms.ChoiceField(
        choices=[
            (IntroductionState.FORWARDED, "Forward"),
            (IntroductionState.MORE_INFORMATION_NEEDED, "Ask for more information"),
            (IntroductionState.DECLINED, "Decline"),
        ]
    )
    seen_state = forms.ChoiceField(choices=IntroductionState.choices)
    note = forms.CharField(required=False, max_length=2000)


class IntroductionStepForm(forms.Form):
    """A member's (or staff's) step on a request's page. Which steps the user may take is the
    service's decision; the form only reads the request."""

    to_state = forms.ChoiceField(choices=IntroductionState.choices)
    seen_state = forms.ChoiceField(choices=IntroductionState.choices)
    note = forms.CharField(required=False, max_length=2000, label="Note")


class IntroductionResubmitForm(forms.Form):
    """The requester's answer to staff's request for more information: the request reworded."""

    message = forms.CharField(
        widget=forms.Textarea(attrs={"rows": 4}), max_length=2000, label="What do you propose?"
    )
    seeking = forms.CharField(
        widget=forms.Textarea(attrs={"rows": 3}),
        max_length=2000,
        label="What are you looking for?",
    )
    seen_state = forms.ChoiceField(choices=IntroductionState.choices, widget=forms.HiddenInput)
