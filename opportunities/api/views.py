"""Opportunities: everyone reads the public ones, staff curate them through the services the
staff pages use."""

from django_filters.rest_framework import DjangoFilterBackend
from drf_spectacular.utils import extend_schema, extend_schema_view
from rest_framework import viewsets
from rest_framework.decorators import action

from api.ordering import OrderingFilter
from api.permissions import IsStaffOrReadOnly
from api.viewsets import ListFiltersOnlyMixin, ServiceWriteMixin, state_step
from opportunities import selectors, services
from opportunities.api.filters import OpportunityApiFilter
from opportunities.api.serializers import OpportunitySerializer, OpportunityWriteSerializer

_WRITE_DOC = (
    "Staff only. Fields left out keep their value (PUT still needs title and kind); hosts, "
    "sectors and required capabilities are replaced by the lists given. 409 if another "
    "opportunity has the external id."
)


@extend_schema_view(
    list=extend_schema(
        summary="List opportunities",
        description="Published and archived ones (staff also see drafts). `?status=open` for "
        "those open now; `?external_id=` finds one by its external id.",
    ),
    retrieve=extend_schema(summary="Get an opportunity"),
    create=extend_schema(
        summary="Create an opportunity",
        description="Staff only. It starts as a draft; publish it with the publish action. "
        "409 if another opportunity has the external id.",
        request=OpportunityWriteSerializer,
        responses={201: OpportunitySerializer},
    ),
    update=extend_schema(
        summary="Edit an opportunity",
        description=_WRITE_DOC,
        request=OpportunityWriteSerializer,
        responses=OpportunitySerializer,
    ),
    partial_update=extend_schema(
        summary="Edit some fields of an opportunity",
        description=_WRITE_DOC,
        request=OpportunityWriteSerializer,
        responses=OpportunitySerializer,
    ),
    destroy=extend_schema(summary="Delete an opportunity", description="Staff only; for good."),
)
class OpportunityViewSet(ListFiltersOnlyMixin, ServiceWriteMixin, viewsets.ModelViewSet):
    serializer_class = OpportunitySerializer
    write_serializer_class = OpportunityWriteSerializer
    permission_classes = [IsStaffOrReadOnly]
    filter_backends = [DjangoFilterBackend, OrderingFilter]
    filterset_class = OpportunityApiFilter
    ordering_fields = ["deadline", "opens_on", "title", "created_at", "updated_at", "id"]
    ordering = ["deadline", "title", "id"]
    lookup_value_regex = r"\d+"
    extra_error_statuses = {
        action: [409] for action in ("create", "update", "partial_update", "publish", "archive")
    }

    def get_queryset(self):
        return selectors.opportunity_visible_with_hosts(user=self.request.user)

    def service_create(self, *, values):
        return services.opportunity_create(values=values)

    def service_update(self, opportunity, *, values):
        services.opportunity_update(opportunity=opportunity, values=values)

    def service_external_id_set(self, opportunity, *, external_id):
        services.opportunity_external_id_set(opportunity=opportunity, external_id=external_id)

    def service_delete(self, opportunity):
        services.opportunity_delete(opportunity=opportunity)

    @extend_schema(
        summary="Publish an opportunity",
        description="Staff make a draft public, or bring an archived one back. 409 if its "
        "status does not allow it.",
        request=None,
        responses=OpportunitySerializer,
    )
    @action(detail=True, methods=["post"])
    def publish(self, request, pk=None):
        opportunity = self.get_object()
        state_step(services.opportunity_publish, opportunity=opportunity)
        return self._respond(opportunity)

    @extend_schema(
        summary="Archive an opportunity",
        description="Staff retire a published opportunity; it stays visible as closed. 409 if "
        "its status does not allow it.",
        request=None,
        responses=OpportunitySerializer,
    )
    @action(detail=True, methods=["post"])
    def archive(self, request, pk=None):
        opportunity = self.get_object()
        state_step(services.opportunity_archive, opportunity=opportunity)
        return self._respond(opportunity)
