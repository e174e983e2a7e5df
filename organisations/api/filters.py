"""The API's organisation filters: the public list's filters (one definition for the page and
the API) plus what scripts need to find records again."""

import django_filters
from django import forms
from drf_spectacular.utils import extend_schema_field

from api.fields import MAX_ID
from organisations.filters import OrganisationFilter
from organisations.models import Capability, ConsortiumMembership, PublicationStatus, Sector


@extend_schema_field(
    {"type": "boolean", "description": "Checked by staff to be who it says it is."}
)
class VerifiedFilter(django_filters.TypedChoiceFilter):
    """true or false, and a 400 for anything else: django-filter's BooleanFilter reads any
    other value ("maybe") as no filter at all, where every other filter answers 400."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("choices", [("true", "true"), ("false", "false")])
        kwargs.setdefault("coerce", lambda value: value == "true")
        super().__init__(*args, **kwargs)


class OrganisationApiFilter(OrganisationFilter):
    external_id = django_filters.CharFilter(
        label="External id", help_text="Finds the organisation with this external id."
    )
    status = django_filters.ChoiceFilter(
        choices=PublicationStatus.choices,
        help_text="Publication status. Others see published profiles only; members also see "
        "their own in any status, and staff see all.",
    )
    verified = VerifiedFilter(help_text="Checked by staff to be who it says it is.")

    class Meta(OrganisationFilter.Meta):
        fields = [*OrganisationFilter.Meta.fields, "external_id", "status", "verified"]


@extend_schema_field({"type": "integer", "minimum": 1, "maximum": MAX_ID})
class IdFilter(django_filters.NumberFilter):
    """An id: a whole number, so 1.5 or 1e9 is refused rather than rounded."""

    field_class = forms.IntegerField

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("min_value", 1)
        kwargs.setdefault("max_value", MAX_ID)
        super().__init__(*args, **kwargs)


class ConsortiumMembershipFilter(django_filters.FilterSet):
    consortium = IdFilter(field_name="consortium_id", help_text="Id of the consortium.")
    member = IdFilter(field_name="member_id", help_text="Id of the member organisation.")
    role = django_filters.ChoiceFilter(choices=ConsortiumMembership.Role.choices)

    class Meta:
        model = ConsortiumMembership
        fields = ["consortium", "member", "role"]


class CapabilityFilter(django_filters.FilterSet):
    sector = django_filters.ModelChoiceFilter(
        field_name="sector",
        to_field_name="slug",
        queryset=Sector.objects.all(),
        help_text="Slug of a sector: only its capabilities.",
    )

    class Meta:
        model = Capability
        fields = ["sector"]
