"""Organisation, consortium membership and taxonomy representations. Thin: validation of
shape and types only; the services decide what may be saved."""

from django.utils.translation import gettext
from rest_framework import serializers

from api.fields import SMALL_INTEGER_MAX, RelatedListField
from organisations import selectors
from organisations.models import (
    Capability,
    ConsortiumMembership,
    Organisation,
    Sector,
    SizeBand,
)
from organisations.services import PROFILE_FIELDS

CONTACT_FIELDS = ("contact_name", "contact_email", "contact_phone")
_CONTACT_HELP = (
    "Shown to the organisation's members, staff, and members of organisations with an "
    "accepted introduction with it; null for everyone else."
)


def slugs_field(queryset, *, help_text: str, required: bool = True) -> RelatedListField:
    return RelatedListField(
        queryset=queryset,
        to_field="slug",
        child=serializers.SlugField(max_length=80),
        required=required,
        help_text=help_text,
    )


class OrganisationSummarySerializer(serializers.ModelSerializer):
    class Meta:
        model = Organisation
        fields = ["id", "name", "country", "kind"]
        read_only_fields = fields


class ConsortiumMemberSerializer(serializers.ModelSerializer):
    """One member of this consortium."""

    organisation = OrganisationSummarySerializer(source="member", read_only=True)

    class Meta:
        model = ConsortiumMembership
        fields = ["id", "organisation", "role"]
        read_only_fields = fields


class MemberOfSerializer(serializers.ModelSerializer):
    """One consortium this organisation belongs to."""

    organisation = OrganisationSummarySerializer(source="consortium", read_only=True)

    class Meta:
        model = ConsortiumMembership
        fields = ["id", "organisation", "role"]
        read_only_fields = fields


class OrganisationSerializer(serializers.ModelSerializer):
    sectors = slugs_field(Sector.objects.all(), help_text="Sector slugs.")
    offers = slugs_field(Capability.objects.all(), help_text="Capability slugs it offers.")
    seeks = slugs_field(Capability.objects.all(), help_text="Capability slugs it looks for.")
    website = serializers.CharField(read_only=True)
    # Declared so the schema allows "" (not given): DRF drops allow_blank from read-only
    # fields it builds itself.
    size_band = serializers.ChoiceField(choices=SizeBand.choices, allow_blank=True, read_only=True)
    contact_name = serializers.CharField(read_only=True, allow_null=True, help_text=_CONTACT_HELP)
    contact_email = serializers.CharField(read_only=True, allow_null=True, help_text=_CONTACT_HELP)
    contact_phone = serializers.CharField(read_only=True, allow_null=True, help_text=_CONTACT_HELP)
    review_reason = serializers.CharField(
        read_only=True,
        help_text="Why a published profile went back to review (a member changed its name, "
        "website, country or kind); empty once staff decide.",
    )
    consortium_members = ConsortiumMemberSerializer(
        source="member_links",
        many=True,
        read_only=True,
        help_text="For a consortium: its published members.",
    )
    member_of = MemberOfSerializer(
        source="consortium_links",
        many=True,
        read_only=True,
        help_text="The published consortia it belongs to.",
    )

    class Meta:
        model = Organisation
        fields = [
            "id",
            *PROFILE_FIELDS,
            "sectors",
            "offers",
            "seeks",
            "status",
            "rejection_reason",
            "review_reason",
            "verified",
            "origin",
            "external_id",
            "consortium_members",
            "member_of",
            "created_at",
            "updated_at",
        ]
        read_only_fields = fields

    def to_representation(self, instance):
        # Written out rather than left to each field, as the suggestion serializers are: a
        # page holds 25 to 100 of these, and DRF's per-field machinery (and building the
        # fields at all, once per request) was most of the list's time. The fields above
        # still describe the output (the API schema reads them), and a test checks that
        # DRF's own representation is the same.
        # A list page reads the relations of all its rows at once (the view passes them).
        relations = self.context.get("api_relations", {}).get(instance.pk)
        data = {}
        for name in self.Meta.fields:
            if name in _TEXT_FIELDS:
                value = getattr(instance, name)
                data[name] = None if value is None else str(value)
            elif name in _SLUG_LISTS:
                data[name] = (
                    getattr(relations, name)
                    if relations is not None
                    else [item.slug for item in _related(instance, name)]
                )
            elif name in _LINKS:
                source, other = _LINKS[name]
                data[name] = [
                    {
                        "id": link.id,
                        "organisation": _summary(getattr(link, other)),
                        "role": link.role,
                    }
                    for link in (
                        getattr(relations, source)
                        if relations is not None
                        else _related(instance, source)
                    )
                ]
            elif name == "country":
                data[name] = instance.country.code
            elif name in ("created_at", "updated_at"):
                data[name] = _DATETIME.to_representation(getattr(instance, name))
            else:  # id, founded_year, verified: numbers and booleans as they are
                data[name] = getattr(instance, name)
        request = self.context.get("request")
        visible = request is not None and selectors.organisation_contacts_visible_to(
            organisation=instance, user=request.user
        )
        if not visible:
            for name in CONTACT_FIELDS:
                data[name] = None
        return data


# What OrganisationSerializer writes out itself: text and choice values as strings,
# taxonomy as slugs, consortium links with the organisation at their other end.
_TEXT_FIELDS = frozenset(
    [
        *(name for name in PROFILE_FIELDS if name not in ("country", "founded_year")),
        "status",
        "rejection_reason",
        "review_reason",
        "origin",
        "external_id",
    ]
)
_SLUG_LISTS = frozenset(["sectors", "offers", "seeks"])
# Output name: (the relation it reads, the organisation at the link's other end).
_LINKS = {
    "consortium_members": ("member_links", "member"),
    "member_of": ("consortium_links", "consortium"),
}
_DATETIME = serializers.DateTimeField()


def _related(instance: Organisation, name: str):
    """The prefetched rows of a relation. Django's own way (instance.<name>.all()) builds a
    related manager and a queryset per row and relation before it finds them, 125 of each
    for a page of 25; without a prefetch, that way reads them."""
    cache = getattr(instance, "_prefetched_objects_cache", {})
    return cache[name] if name in cache else getattr(instance, name).all()


def _summary(organisation: Organisation) -> dict:
    """OrganisationSummarySerializer's output."""
    return {
        "id": organisation.id,
        "name": organisation.name,
        "country": organisation.country.code,
        "kind": organisation.kind,
    }


class OrganisationWriteSerializer(serializers.ModelSerializer):
    """What members write. Status moves by the submit, approve and reject actions."""

    sectors = slugs_field(Sector.objects.all(), help_text="Sector slugs.", required=False)
    offers = slugs_field(
        Capability.objects.all(), help_text="Capability slugs it offers.", required=False
    )
    seeks = slugs_field(
        Capability.objects.all(), help_text="Capability slugs it looks for.", required=False
    )
    external_id = serializers.CharField(
        max_length=100,
        required=False,
        allow_blank=True,
        help_text="Staff only: the organisation's id in another system. Must be unique.",
    )
    # Declared: the limits Django derives depend on the database, and the schema must not.
    founded_year = serializers.IntegerField(
        min_value=0, max_value=SMALL_INTEGER_MAX, allow_null=True, required=False
    )

    class Meta:
        model = Organisation
        fields = [*PROFILE_FIELDS, "sectors", "offers", "seeks", "external_id"]

    def validate_external_id(self, value: str) -> str:
        request = self.context.get("request")
        if request is None or not request.user.is_staff:
            raise serializers.ValidationError(gettext("Only staff set external ids."))
        return value


class RejectionSerializer(serializers.Serializer):
    reason = serializers.CharField(
        max_length=2000, help_text="Why, in words the organisation's members can act on."
    )


class ConsortiumMembershipSerializer(serializers.ModelSerializer):
    consortium = OrganisationSummarySerializer(read_only=True)
    member = OrganisationSummarySerializer(read_only=True)

    class Meta:
        model = ConsortiumMembership
        fields = ["id", "consortium", "member", "role"]
        read_only_fields = fields


class ConsortiumMembershipCreateSerializer(serializers.Serializer):
    consortium = serializers.PrimaryKeyRelatedField(
        queryset=Organisation.objects.none(), help_text="Id of an organisation of kind consortium."
    )
    member = serializers.PrimaryKeyRelatedField(
        queryset=Organisation.objects.none(), help_text="Id of the organisation joining it."
    )
    role = serializers.ChoiceField(
        choices=ConsortiumMembership.Role.choices, default=ConsortiumMembership.Role.MEMBER
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        request = self.context.get("request")
        if request is not None:
            # Only organisations the user can see may be named, so a draft's id does not leak.
            visible = selectors.organisation_visible_to(user=request.user)
            self.fields["consortium"].queryset = visible
            self.fields["member"].queryset = visible


class ConsortiumMembershipRoleSerializer(serializers.Serializer):
    role = serializers.ChoiceField(choices=ConsortiumMembership.Role.choices)


class SectorSerializer(serializers.ModelSerializer):
    slug = serializers.SlugField(max_length=80, help_text="Lower-case words joined by hyphens.")

    class Meta:
        model = Sector
        fields = ["slug", "name", "name_ko", "description"]


class CapabilitySerializer(serializers.ModelSerializer):
    slug = serializers.SlugField(max_length=80, help_text="Lower-case words joined by hyphens.")
    sector = serializers.SlugRelatedField(
        slug_field="slug", queryset=Sector.objects.all(), help_text="Slug of its sector."
    )

    class Meta:
        model = Capability
        fields = ["slug", "name", "name_ko", "sector"]
