"""Forms on an opportunity's page: "I'm interested", "Withdraw", and which organisation the
suggested team starts from. Saving goes through opportunities.services.

Each takes the organisations it may choose from as a list the view has already loaded, so
checking and rendering a choice costs no further query."""

from django import forms
from django.utils.translation import gettext_lazy as _

from common.bilingual import localized_field
from organisations.models import Organisation


class _OrganisationChoiceForm(forms.Form):
    choice_field = "organisation"

    def __init__(self, *args, organisations: list[Organisation], **kwargs):
        super().__init__(*args, **kwargs)
        self.organisations = {organisation.pk: organisation for organisation in organisations}
        self.fields[self.choice_field].choices = [
            (organisation.pk, localized_field(organisation, "name").text)
            for organisation in organisations
        ]

    def chosen(self) -> Organisation | None:
        """The chosen organisation once the form is valid, else None."""
        if not self.is_valid():
            return None
        return self.organisations[self.cleaned_data[self.choice_field]]


class InterestForm(_OrganisationChoiceForm):
    organisation = forms.TypedChoiceField(
        coerce=int,
        label=_("On behalf of"),
        error_messages={"invalid_choice": _("Choose one of your own organisations.")},
    )
    looking_for_partners = forms.BooleanField(
        required=False,
        label=_("Looking for partners for this"),
        help_text=_("Signed-in members then see your organisation listed on this page."),
    )

    def __init__(self, *args, organisations: list[Organisation], **kwargs):
        super().__init__(*args, organisations=organisations, **kwargs)
        if len(organisations) == 1:
            # Nothing to choose: the page names the organisation instead.
            self.fields["organisation"].widget = forms.HiddenInput()
            self.initial.setdefault("organisation", organisations[0].pk)


class InterestWithdrawForm(_OrganisationChoiceForm):
    organisation = forms.TypedChoiceField(
        coerce=int, error_messages={"invalid_choice": _("Choose one of your own organisations.")}
    )


class TeamStartForm(_OrganisationChoiceForm):
    """?team_from=<id>: an organisation looking for partners, or one of the user's own that is
    interested in the opportunity."""

    choice_field = "team_from"
    team_from = forms.TypedChoiceField(
        coerce=int,
        label=_("Build a team starting from"),
        error_messages={
            "invalid_choice": _(
                "A team can start only from an organisation looking for partners "
                "for this opportunity, or from one of yours that is interested in it."
            )
        },
    )
