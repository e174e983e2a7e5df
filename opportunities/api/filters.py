"""The API's opportunity filters: the public list's (one definition for the page and the API)
plus what scripts and staff need."""

import django_filters

from opportunities.filters import OpportunityFilter
from opportunities.models import OpportunityStatus


class OpportunityApiFilter(OpportunityFilter):
    external_id = django_filters.CharFilter(
        label="External id", help_text="Finds the opportunity with this external id."
    )
    publication = django_filters.ChoiceFilter(
        field_name="status",
        choices=OpportunityStatus.choices,
        help_text="Publication status. Drafts are visible to staff only.",
    )

    class Meta(OpportunityFilter.Meta):
        fields = [*OpportunityFilter.Meta.fields, "external_id", "publication"]
