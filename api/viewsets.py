"""Pieces the domain apps' viewsets share."""

from django.core.exceptions import ValidationError as DjangoValidationError

from api.exceptions import Conflict


def state_step(service, **kwargs):
    """Runs a status transition (submit, publish, archive…). The services refuse a step the
    current status does not allow, which is a conflict with the stored state: 409."""
    try:
        return service(**kwargs)
    except DjangoValidationError as error:
        raise Conflict(" ".join(error.messages)) from None


class ListFiltersOnlyMixin:
    """Filters and ordering apply to lists; a detail URL finds its object whatever the query
    string says (DRF would otherwise filter detail lookups too)."""

    def filter_queryset(self, queryset):
        if self.action != "list":
            return queryset
        return super().filter_queryset(queryset)
