"""Pieces the domain apps' viewsets share."""

import abc

from django.core.exceptions import ValidationError as DjangoValidationError
from django.db import transaction
from rest_framework import status
from rest_framework.response import Response

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


class ServiceWriteMixin(abc.ABC):
    """create and update through the domain's services, as the pages do: the write serializer
    checks the input's shape, the services decide, and the answer is the object read back the
    way the list shows it. The external id goes through its own service, in the same
    transaction, because it is unique and staff-only. A viewset names its services in the four
    `service_` methods; one that leaves any out cannot be instantiated."""

    write_serializer_class = None

    @abc.abstractmethod
    def service_create(self, *, values: dict):
        """Create the object from validated values and return it."""

    @abc.abstractmethod
    def service_update(self, instance, *, values: dict) -> None:
        """Apply validated values to the object."""

    @abc.abstractmethod
    def service_external_id_set(self, instance, *, external_id: str) -> None:
        """Record the object's external id (unique; a clash is a conflict)."""

    @abc.abstractmethod
    def service_delete(self, instance) -> None:
        """Remove the object for good."""

    def _respond(self, instance, status_code=status.HTTP_200_OK) -> Response:
        fresh = self.get_queryset().get(pk=instance.pk)
        return Response(self.get_serializer(fresh).data, status=status_code)

    def _write_values(self, instance=None, *, partial=False) -> tuple[dict, str | None]:
        serializer = self.write_serializer_class(
            instance,
            data=self.request.data,
            partial=partial,
            context=self.get_serializer_context(),
        )
        serializer.is_valid(raise_exception=True)
        values = dict(serializer.validated_data)
        return values, values.pop("external_id", None)

    def create(self, request, *args, **kwargs):
        values, external_id = self._write_values()
        with transaction.atomic():
            instance = self.service_create(values=values)
            if external_id:
                self.service_external_id_set(instance, external_id=external_id)
        return self._respond(instance, status.HTTP_201_CREATED)

    def update(self, request, *args, partial=False, **kwargs):
        instance = self.get_object()
        values, external_id = self._write_values(instance, partial=partial)
        with transaction.atomic():
            self.service_update(instance, values=values)
            if external_id is not None:
                self.service_external_id_set(instance, external_id=external_id)
        return self._respond(instance)

    def perform_destroy(self, instance):
        self.service_delete(instance)
