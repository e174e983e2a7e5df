"""The staff form for an opportunity. It validates and shows errors by the field; saving goes
through opportunities.services."""

from django import forms
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _

from opportunities.models import Currency, Opportunity, OpportunityKind
from organisations.filters import country_choices
from organisations.forms import LocalizedNameChoices
from organisations.models import Capability, Organisation, OrganisationKind, Sector
from organisations.widgets import Checklist, GroupedModelMultipleChoiceField


def _eligible_country_choices() -> list[tuple[str, str]]:
    """Korea and the UK first, as every country list puts them: most opportunities are
    limited to one or both. Flat, since the checklist shows no groups."""
    return [choice for _group, choices in country_choices() for choice in choices]


class _HostChoices(LocalizedNameChoices, GroupedModelMultipleChoiceField):
    pass


def _label(name: str):
    """A declared field's label, as Django gives a generated one (Meta.labels does not reach
    declared fields): the model field's translated verbose name."""
    return capfirst(Opportunity._meta.get_field(name).verbose_name)


class OpportunityForm(forms.ModelForm):
    country = forms.ChoiceField(
        label=_label("country"),
        # A callable, so the names are the reader's (a list here would be fixed at import).
        choices=lambda: [("", _("No single country")), *country_choices()],
        required=False,
        help_text=_("Where it takes place."),
    )
    hosts = _HostChoices(
        Organisation.objects.published().order_by("country", "name"),
        label=_label("hosts"),
        group_label=lambda organisation: organisation.country.name,
        required=False,
        help_text=_("Published organisations that run it."),
        widget=Checklist(search_label=_("Search organisations")),
    )
    sectors = forms.ModelMultipleChoiceField(
        Sector.objects.order_by("name"),
        label=_label("sectors"),
        required=False,
        widget=Checklist(search_label=_("Search sectors")),
    )
    required_capabilities = GroupedModelMultipleChoiceField(
        Capability.objects.select_related("sector").order_by("sector__name", "name"),
        group_label=lambda capability: str(capability.sector),  # the reader's language
        required=False,
        label=_("Capabilities needed"),
        help_text=_("What an applicant or its team must bring; matching ranks on these."),
        widget=Checklist(search_label=_("Search capabilities, in English or Korean")),
    )
    source_url = forms.URLField(
        label=_("Link to the official call"), max_length=500, required=False, assume_scheme="https"
    )
    eligible_countries = forms.MultipleChoiceField(
        label=_label("eligible_countries"),
        choices=_eligible_country_choices,
        required=False,
        help_text=_("Leave all unticked if organisations from any country may apply."),
        widget=Checklist(search_label=_("Search countries")),
    )
    eligible_kinds = forms.MultipleChoiceField(
        choices=OrganisationKind.choices,
        required=False,
        label=_("Types of organisation that may apply"),
        help_text=_("Leave all unticked if any type may apply."),
        widget=forms.CheckboxSelectMultiple(attrs={"class": "checkbox-grid"}),
    )

    class Meta:
        model = Opportunity
        fields = [
            "title",
            "title_ko",
            "kind",
            "summary",
            "summary_ko",
            "description",
            "description_ko",
            "source_url",
            "hosts",
            "country",
            "city",
            "city_ko",
            "opens_on",
            "deadline",
            "budget_amount",
            "budget_currency",
            "sectors",
            "required_capabilities",
            "eligible_countries",
            "eligible_kinds",
            "max_organisation_age_years",
        ]
        labels = {
            # The main fields hold the English text; their labels say so, as staff writing in
            # Korean would otherwise type it there rather than in the Korean twin.
            "title": _("Title in English"),
            "title_ko": _("Title in Korean"),
            "summary": _("Summary in English"),
            "summary_ko": _("Summary in Korean"),
            "description": _("Description in English"),
            "description_ko": _("Description in Korean"),
            "city": _("City in English"),
            "kind": _("Type"),
            "opens_on": _("Opens on"),
            "budget_amount": _("Budget"),
            "budget_currency": _("Currency"),
            "max_organisation_age_years": _("Oldest an applicant may be (years)"),
        }
        widgets = {
            "summary": forms.Textarea(attrs={"rows": 2}),
            "description": forms.Textarea(attrs={"rows": 8}),
            "title_ko": forms.TextInput(attrs={"lang": "ko"}),
            "summary_ko": forms.Textarea(attrs={"rows": 2, "lang": "ko"}),
            "description_ko": forms.Textarea(attrs={"rows": 8, "lang": "ko"}),
            "city_ko": forms.TextInput(attrs={"lang": "ko"}),
            "opens_on": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
            "deadline": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["kind"].choices = [("", _("Choose a type")), *OpportunityKind.choices]
        self.fields["budget_currency"].choices = [("", _("Not given")), *Currency.choices]
        self.fields["budget_amount"].widget.attrs["min"] = "0"

    def clean(self):
        cleaned = super().clean()
        opens_on, deadline = cleaned.get("opens_on"), cleaned.get("deadline")
        if opens_on and deadline and deadline < opens_on:
            self.add_error("deadline", _("The deadline cannot be before the opening date."))
        budget = cleaned.get("budget_amount")
        if budget is not None and budget < 0:
            self.add_error("budget_amount", _("The budget cannot be negative."))
        if budget is not None and not cleaned.get("budget_currency"):
            self.add_error("budget_currency", _("Say which currency the budget is in."))
        return cleaned
