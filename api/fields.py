from django.db.models import QuerySet
from django.utils.translation import gettext
from rest_framework import serializers


class RelatedListField(serializers.ListField):
    """A many-to-many relation as a list of one identifying field (slugs, ids).

    Unlike DRF's many=True related fields, which query once per item, the whole list is
    resolved in one query, and its length is capped so a request cannot ask for thousands.
    """

    def __init__(self, *, queryset: QuerySet, to_field: str, child: serializers.Field, **kwargs):
        self.queryset = queryset
        self.to_field = to_field
        kwargs.setdefault("max_length", 200)
        super().__init__(child=child, **kwargs)

    def to_internal_value(self, data):
        keys = list(dict.fromkeys(super().to_internal_value(data)))
        found = {
            getattr(obj, self.to_field): obj
            for obj in self.queryset.filter(**{f"{self.to_field}__in": keys})
        }
        missing = [str(key) for key in keys if key not in found]
        if missing:
            raise serializers.ValidationError(
                gettext("Unknown: %(values)s.") % {"values": ", ".join(missing)}
            )
        return [found[key] for key in keys]

    def to_representation(self, value):
        items = value.all() if hasattr(value, "all") else value
        return [getattr(obj, self.to_field) for obj in items]


MAX_ID = 2**63 - 1  # the largest BigAutoField value; ids past it can only be typos
# PositiveSmallIntegerField's ceiling on PostgreSQL; SQLite would take more, but the schema and
# the API must not depend on the database.
SMALL_INTEGER_MAX = 32767


class CountryCodeField(serializers.ChoiceField):
    """An ISO country code. django-countries hands out Country objects, which DRF's choice
    field cannot render when the country is left blank."""

    def to_representation(self, value) -> str:
        return getattr(value, "code", value) or ""
