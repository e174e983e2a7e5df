"""Sectors and capabilities: everyone reads them, staff curate them."""

from django_filters.rest_framework import DjangoFilterBackend
from drf_spectacular.utils import extend_schema, extend_schema_view
from rest_framework import status, viewsets
from rest_framework.response import Response

from api.ordering import OrderingFilter
from api.permissions import IsStaffOrReadOnly
from organisations import services
from organisations.api.filters import CapabilityFilter
from organisations.api.serializers import CapabilitySerializer, SectorSerializer
from organisations.models import Capability, Sector

_SLUG_CONFLICT = "409 if another one already has the slug."
_IN_USE = "Staff only. 409 while organisations, opportunities or capabilities still use it."
_TAXONOMY_CONFLICTS = {"create": [409], "update": [409], "partial_update": [409], "destroy": [409]}


class _TaxonomyViewSet(viewsets.ModelViewSet):
    permission_classes = [IsStaffOrReadOnly]
    lookup_field = "slug"
    lookup_value_regex = r"[-a-zA-Z0-9_]+"
    filter_backends = [DjangoFilterBackend, OrderingFilter]
    ordering_fields = ["name", "slug"]
    ordering = ["name", "slug"]
    extra_error_statuses = _TAXONOMY_CONFLICTS
    service_prefix: str

    def _service(self, verb: str):
        return getattr(services, f"{self.service_prefix}_{verb}")

    def _values(self, *, partial: bool) -> dict:
        serializer = self.get_serializer(data=self.request.data, partial=partial)
        serializer.is_valid(raise_exception=True)
        return dict(serializer.validated_data)

    def create(self, request, *args, **kwargs):
        created = self._service("create")(values=self._values(partial=False))
        return Response(self.get_serializer(created).data, status=status.HTTP_201_CREATED)

    def update(self, request, *args, partial=False, **kwargs):
        instance = self.get_object()
        values = self._values(partial=partial)
        self._service("update")(**{self.service_prefix: instance, "values": values})
        return Response(self.get_serializer(instance).data)

    def perform_destroy(self, instance):
        self._service("delete")(**{self.service_prefix: instance})


@extend_schema_view(
    list=extend_schema(summary="List sectors"),
    retrieve=extend_schema(summary="Get a sector"),
    create=extend_schema(summary="Create a sector", description="Staff only. " + _SLUG_CONFLICT),
    update=extend_schema(summary="Edit a sector", description="Staff only. " + _SLUG_CONFLICT),
    partial_update=extend_schema(
        summary="Edit some fields of a sector", description="Staff only. " + _SLUG_CONFLICT
    ),
    destroy=extend_schema(summary="Delete a sector", description=_IN_USE),
)
class SectorViewSet(_TaxonomyViewSet):
    queryset = Sector.objects.all()
    serializer_class = SectorSerializer
    service_prefix = "sector"


@extend_schema_view(
    list=extend_schema(summary="List capabilities"),
    retrieve=extend_schema(summary="Get a capability"),
    create=extend_schema(
        summary="Create a capability", description="Staff only. " + _SLUG_CONFLICT
    ),
    update=extend_schema(summary="Edit a capability", description="Staff only. " + _SLUG_CONFLICT),
    partial_update=extend_schema(
        summary="Edit some fields of a capability", description="Staff only. " + _SLUG_CONFLICT
    ),
    destroy=extend_schema(summary="Delete a capability", description=_IN_USE),
)
class CapabilityViewSet(_TaxonomyViewSet):
    queryset = Capability.objects.select_related("sector")
    serializer_class = CapabilitySerializer
    filterset_class = CapabilityFilter
    service_prefix = "capability"
