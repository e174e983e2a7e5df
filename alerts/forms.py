"""Forms of the alert buttons. Their fields are a page's hidden inputs and menus, so bad
values mean a stale page or a tampered request: the views say so and change nothing."""

from django import forms
from django.utils.translation import gettext_lazy as _

from alerts.models import AlertFrequency, SavedSearchScope


class SavedSearchForm(forms.Form):
    """ "Save this search" on a list page: the page's query string and how often to mail."""

    scope = forms.ChoiceField(choices=SavedSearchScope.choices)
    query = forms.CharField(required=False, strip=False, max_length=4000)
    frequency = forms.ChoiceField(choices=AlertFrequency.choices, initial=AlertFrequency.DAILY)


class SavedSearchUpdateForm(forms.Form):
    frequency = forms.ChoiceField(choices=AlertFrequency.choices, required=False)
    active = forms.TypedChoiceField(
        choices=[("1", _("Resume")), ("0", _("Pause"))],
        coerce=lambda value: value == "1",
        required=False,
        empty_value=None,
    )

    def clean_frequency(self):
        return self.cleaned_data["frequency"] or None
