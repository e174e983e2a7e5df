"""Opportunity representations. Thin: shape and types here, rules in the services."""

from django.utils.translation import gettext
from django_countries import countries
from rest_framework import serializers

from api.fields import MAX_ID, SMALL_INTEGER_MAX, CountryCodeField, RelatedListField
from opportunities.models import Currency, Opportunity
from opportunities.services import EDITABLE_FIELDS
from organisations.models import Capability, Organisation, OrganisationKind, Sector

COUNTRY_CHOICES = [(code, name) for code, name in countries]


def _slugs(queryset, help_text: str) -> RelatedListField:
    return RelatedListField(
        queryset=queryset,
        to_field="slug",
        child=serializers.SlugField(max_length=80),
        required=False,
        help_text=help_text,
    )


def _eligible_countries(**kwargs) -> serializers.ListField:
    return serializers.ListField(
        child=CountryCodeField(choices=COUNTRY_CHOICES),
        max_length=len(COUNTRY_CHOICES),
        help_text="ISO country codes of organisations that may apply; empty means any.",
        **kwargs,
    )


def _eligible_kinds(**kwargs) -> serializers.ListField:
    return serializers.ListField(
        child=serializers.ChoiceField(choices=OrganisationKind.choices),
        max_length=len(OrganisationKind.choices),
        help_text="Organisation kinds that may apply; empty means any.",
        **kwargs,
    )


class OpportunitySerializer(serializers.ModelSerializer):
    hosts = RelatedListField(
        source="visible_hosts",
        queryset=Organisation.objects.all(),
        to_field="pk",
        child=serializers.IntegerField(),
        help_text="Ids of the host organisations (published ones; staff see all).",
    )
    sectors = _slugs(Sector.objects.all(), "Sector slugs.")
    required_capabilities = _slugs(Capability.objects.all(), "Capability slugs it needs.")
    country = CountryCodeField(
        choices=COUNTRY_CHOICES, allow_blank=True, help_text="Where it takes place, if one place."
    )
    eligible_countries = _eligible_countries()
    eligible_kinds = _eligible_kinds()
    source_url = serializers.CharField(read_only=True)
    # Declared so the schema allows "" (no budget): DRF drops allow_blank from read-only
    # fields it builds itself.
    budget_currency = serializers.ChoiceField(
        choices=Currency.choices, allow_blank=True, read_only=True
    )
    is_open = serializers.SerializerMethodField(
        help_text="Published and its deadline not passed (rolling if none)."
    )

    class Meta:
        model = Opportunity
        fields = [
            "id",
            *EDITABLE_FIELDS,
            "hosts",
            "sectors",
            "required_capabilities",
            "status",
            "is_open",
            "origin",
            "external_id",
            "created_at",
            "updated_at",
        ]
        read_only_fields = fields

    def get_is_open(self, opportunity: Opportunity) -> bool:
        return opportunity.is_open()


class OpportunityWriteSerializer(serializers.ModelSerializer):
    """What staff write. Status moves by the publish and archive actions."""

    hosts = RelatedListField(
        queryset=Organisation.objects.all(),
        to_field="pk",
        child=serializers.IntegerField(min_value=1, max_value=MAX_ID),
        required=False,
        help_text="Ids of the host organisations.",
    )
    sectors = _slugs(Sector.objects.all(), "Sector slugs.")
    required_capabilities = _slugs(Capability.objects.all(), "Capability slugs it needs.")
    country = CountryCodeField(
        choices=COUNTRY_CHOICES,
        allow_blank=True,
        required=False,
        help_text="ISO code of where it takes place; empty if not one place.",
    )
    eligible_countries = _eligible_countries(required=False)
    eligible_kinds = _eligible_kinds(required=False)
    budget_amount = serializers.DecimalField(
        max_digits=20, decimal_places=2, min_value=0, required=False, allow_null=True
    )
    # Declared: the limits Django derives depend on the database, and the schema must not.
    max_organisation_age_years = serializers.IntegerField(
        min_value=0,
        max_value=SMALL_INTEGER_MAX,
        allow_null=True,
        required=False,
        help_text="For startup programmes: the oldest an applicant may be.",
    )
    external_id = serializers.CharField(
        max_length=100,
        required=False,
        allow_blank=True,
        help_text="Its id in the list it came from. Must be unique.",
    )

    class Meta:
        model = Opportunity
        fields = [*EDITABLE_FIELDS, "hosts", "sectors", "required_capabilities", "external_id"]

    def _current(self, attrs: dict, name: str):
        return attrs.get(name, getattr(self.instance, name, None))

    def validate(self, attrs: dict) -> dict:
        # The same checks as the staff form, so the API names the field at fault rather than
        # the database constraint behind it.
        opens_on, deadline = self._current(attrs, "opens_on"), self._current(attrs, "deadline")
        errors = {}
        if opens_on and deadline and deadline < opens_on:
            errors["deadline"] = gettext("The deadline cannot be before the opening date.")
        if self._current(attrs, "budget_amount") is not None and not self._current(
            attrs, "budget_currency"
        ):
            errors["budget_currency"] = gettext("Say which currency the budget is in.")
        if errors:
            raise serializers.ValidationError(errors)
        return attrs
