"""The "not interested" form. Its fields are hidden inputs of a suggestion's button, so bad
values mean a stale page or a tampered request: the view reports them and stores nothing."""

from django import forms
from django.utils.translation import gettext as _

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
            raise forms.ValidationError(_("Choose one suggestion to remove."))
        return cleaned
