from django.utils.translation import gettext
from django_countries import countries
from rest_framework import serializers

from matchmaking.selectors import MAX_LIMIT
from organisations.models import OrganisationKind


def _split(value: str) -> list[str]:
    return [item.strip() for item in value.split(",") if item.strip()]


def _text(value) -> str | None:
    """What a CharField serves: the value as text, None as None."""
    return None if value is None else str(value)


class SuggestionQuerySerializer(serializers.Serializer):
    limit = serializers.IntegerField(min_value=1, max_value=MAX_LIMIT, default=20)


class CountryQuerySerializer(SuggestionQuerySerializer):
    country = serializers.CharField(
        required=False,
        help_text="`any`, or a comma-separated list of ISO 3166 alpha-2 codes (GB,KR).",
    )

    def validate_country(self, value: str) -> list[str]:
        """`any` becomes [] (every country); codes are checked against ISO 3166."""
        if value.strip().lower() == "any":
            return []
        codes = [code.upper() for code in _split(value)]
        unknown = [code for code in codes if code not in countries]
        if not codes or unknown:
            raise serializers.ValidationError(
                gettext(
                    "Not ISO 3166 alpha-2 country codes: %(codes)s. "
                    "Use `any` or codes such as GB,KR."
                )
                % {"codes": ", ".join(unknown) or repr(value)}
            )
        return codes


class PartnerQuerySerializer(CountryQuerySerializer):
    kind = serializers.CharField(
        required=False,
        help_text=f"Comma-separated organisation kinds: {', '.join(OrganisationKind.values)}.",
    )
    sector = serializers.CharField(required=False, help_text="Comma-separated sector slugs.")

    def validate_kind(self, value: str) -> list[str]:
        kinds = _split(value)
        unknown = [kind for kind in kinds if kind not in OrganisationKind.values]
        if not kinds or unknown:
            raise serializers.ValidationError(
                gettext("Unknown organisation kind: %(kinds)s. Use %(known)s.")
                % {
                    "kinds": ", ".join(unknown) or repr(value),
                    "known": ", ".join(OrganisationKind.values),
                }
            )
        return kinds

    def validate_sector(self, value: str) -> list[str]:
        sectors = _split(value)
        if not sectors:
            raise serializers.ValidationError(gettext("Give at least one sector slug."))
        return sectors


class SuggestedOrganisationSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    external_id = serializers.CharField()
    name = serializers.CharField()
    country = serializers.CharField()
    kind = serializers.CharField()

    def to_representation(self, instance):
        return self.represent(instance)

    @staticmethod
    def represent(instance) -> dict:
        # Written out for speed, as in _SuggestionSerializer.
        return {
            "id": instance.id,
            "external_id": _text(instance.external_id),
            "name": _text(instance.name),
            "country": _text(instance.country),
            "kind": _text(instance.kind),
        }


class SuggestedOpportunitySerializer(serializers.Serializer):
    id = serializers.IntegerField()
    external_id = serializers.CharField()
    name = serializers.CharField(source="title")
    country = serializers.CharField()
    kind = serializers.CharField()
    deadline = serializers.DateField(allow_null=True)


class _SuggestionSerializer(serializers.Serializer):
    score = serializers.FloatField(help_text="0 to 100: the sum of the points.")
    points = serializers.DictField(
        child=serializers.FloatField(), help_text="Points per factor of the formula."
    )
    reasons = serializers.ListField(
        child=serializers.CharField(),
        help_text="The reasons in the request's language (Accept-Language: en or ko).",
    )
    reason_codes = serializers.SerializerMethodField(
        help_text="A stable code per reason, in the same order as `reasons` (they_offer, "
        "you_offer, both_work_in, covers_required, ranked_lower_declined...)."
    )
    strength = serializers.ChoiceField(
        choices=["strong", "fair", "weak"],
        help_text="How much the suggestion rests on: weak ones share few signals.",
    )
    hint = serializers.CharField(
        help_text="For weak suggestions, what to add to the profile for stronger ones."
    )
    maxima = serializers.DictField(
        child=serializers.FloatField(),
        help_text="Most points per factor for this pair; 0 where neither profile gives the "
        "factor any evidence (it then does not count).",
    )

    def get_reason_codes(self, instance) -> list[str]:
        return [getattr(reason, "code", "") for reason in instance.reasons]

    def to_representation(self, instance):
        # Written out rather than left to each field: a list of suggestions is 20 to 100 of
        # these, and DRF's per-field machinery cost more than the engine's ranking. The fields
        # above still describe the output (the API schema reads them).
        data = {
            "score": round(instance.score, 2),
            "points": {name: round(value, 2) for name, value in instance.points.items()},
            "reasons": [str(reason) for reason in instance.reasons],
            "reason_codes": self.get_reason_codes(instance),
            "strength": str(instance.strength),
            "hint": _text(instance.hint),
            "maxima": {name: round(value, 2) for name, value in instance.maxima.items()},
        }
        data.update(self.target_representation(instance))
        return data

    def target_representation(self, instance) -> dict:
        """The subclass's own fields (what was suggested)."""
        return {
            name: field.to_representation(field.get_attribute(instance))
            for name, field in self.fields.items()
            if name not in _SuggestionSerializer._declared_fields
        }


class OrganisationSuggestionSerializer(_SuggestionSerializer):
    organisation = SuggestedOrganisationSerializer(source="target")

    def target_representation(self, instance) -> dict:
        # Without self.fields: DRF deep-copies every declared field the first time an
        # instance reads them, which cost as much as writing out all the suggestions.
        return {"organisation": SuggestedOrganisationSerializer.represent(instance.target)}


class OpportunitySuggestionSerializer(_SuggestionSerializer):
    opportunity = SuggestedOpportunitySerializer(source="target")


class CapabilityBriefSerializer(serializers.Serializer):
    slug = serializers.CharField()
    name = serializers.CharField()


class TeamSerializer(serializers.Serializer):
    members = OrganisationSuggestionSerializer(many=True)
    covered = CapabilityBriefSerializer(many=True)
    uncovered = CapabilityBriefSerializer(
        many=True, help_text="Required capabilities no suggested member offers."
    )
