"""Organisations and consortium memberships. Each write validates the input's shape with a
serializer and hands it to the same services the pages use."""

from django_filters.rest_framework import DjangoFilterBackend
from drf_spectacular.utils import extend_schema, extend_schema_view
from rest_framework import exceptions, status, viewsets
from rest_framework.decorators import action
from rest_framework.response import Response

from api.ordering import OrderingFilter
from api.viewsets import ListFiltersOnlyMixin, ServiceWriteMixin, state_step
from organisations import selectors, services
from organisations.api.filters import ConsortiumMembershipFilter, OrganisationApiFilter
from organisations.api.permissions import (
    ConsortiumMembershipPermission,
    OrganisationPermission,
    can_edit,
)
from organisations.api.serializers import (
    ConsortiumMembershipCreateSerializer,
    ConsortiumMembershipRoleSerializer,
    ConsortiumMembershipSerializer,
    OrganisationSerializer,
    OrganisationWriteSerializer,
    RejectionSerializer,
)

_WRITE_DOC = (
    "Fields left out keep their value (PUT still needs name, country and kind). "
    "Sectors, offers and seeks are replaced by the lists given."
)


@extend_schema_view(
    list=extend_schema(
        summary="List organisations",
        description="Published organisations; members also see their own in any status, and "
        "staff see all. `?external_id=` finds one by its external id.",
    ),
    retrieve=extend_schema(summary="Get an organisation"),
    create=extend_schema(
        summary="Register an organisation",
        description="Any signed-in user may register one: it starts as a draft that only its "
        "members and staff see, with the caller as its owner.",
        request=OrganisationWriteSerializer,
        responses={201: OrganisationSerializer},
    ),
    update=extend_schema(
        summary="Edit an organisation",
        description="Its members or staff. " + _WRITE_DOC,
        request=OrganisationWriteSerializer,
        responses=OrganisationSerializer,
    ),
    partial_update=extend_schema(
        summary="Edit some fields of an organisation",
        description="Its members or staff. " + _WRITE_DOC,
        request=OrganisationWriteSerializer,
        responses=OrganisationSerializer,
    ),
    destroy=extend_schema(
        summary="Delete an organisation", description="Its owners or staff; for good."
    ),
)
class OrganisationViewSet(ListFiltersOnlyMixin, ServiceWriteMixin, viewsets.ModelViewSet):
    serializer_class = OrganisationSerializer
    write_serializer_class = OrganisationWriteSerializer
    permission_classes = [OrganisationPermission]
    filter_backends = [DjangoFilterBackend, OrderingFilter]
    filterset_class = OrganisationApiFilter
    ordering_fields = ["name", "country", "kind", "created_at", "updated_at", "id"]
    ordering = ["name", "id"]
    lookup_value_regex = r"\d+"
    extra_error_statuses = {
        action: [409]
        for action in ("create", "update", "partial_update", "submit", "approve", "reject")
    }

    def get_queryset(self):
        # Annotated with who may see the contact details, so a page of results is one query.
        # A list reads its page's relations itself (see list), the other actions prefetch.
        rows = (
            selectors.organisation_api_rows(user=self.request.user)
            if self.action == "list"
            else selectors.organisation_api_list(user=self.request.user)
        )
        return selectors.organisation_contacts_visible_annotate(
            queryset=rows, user=self.request.user
        )

    def list(self, request, *args, **kwargs):
        # DRF's own list, with the page's relations read in two queries rather than five.
        queryset = self.filter_queryset(self.get_queryset())
        page = self.paginate_queryset(queryset)
        rows = list(queryset) if page is None else page
        context = {
            **self.get_serializer_context(),
            "api_relations": selectors.organisation_api_relations(organisations=rows),
        }
        data = self.get_serializer_class()(rows, many=True, context=context).data
        if page is None:
            return Response(data)
        return self.get_paginated_response(data)

    def service_create(self, *, values):
        return services.organisation_create(owner=self.request.user, values=values)

    def service_update(self, organisation, *, values):
        services.organisation_update(
            organisation=organisation, values=values, by_staff=self.request.user.is_staff
        )

    def service_external_id_set(self, organisation, *, external_id):
        services.organisation_external_id_set(organisation=organisation, external_id=external_id)

    def service_delete(self, organisation):
        services.organisation_delete(organisation=organisation)

    @extend_schema(
        summary="Submit an organisation for review",
        description="Its members (or staff) ask for a draft or rejected profile to be "
        "published. 409 if its status does not allow it.",
        request=None,
        responses=OrganisationSerializer,
    )
    @action(detail=True, methods=["post"])
    def submit(self, request, pk=None):
        organisation = self.get_object()
        state_step(services.organisation_submit, organisation=organisation)
        return self._respond(organisation)

    @extend_schema(
        summary="Approve (publish) an organisation",
        description="Staff publish a submitted profile, or a draft. 409 if its status does not "
        "allow it.",
        request=None,
        responses=OrganisationSerializer,
    )
    @action(detail=True, methods=["post"])
    def approve(self, request, pk=None):
        organisation = self.get_object()
        state_step(services.organisation_publish, organisation=organisation)
        return self._respond(organisation)

    @extend_schema(
        summary="Reject an organisation, with a reason",
        description="Staff turn down a submitted profile or take a published one down; its "
        "members see the reason. 409 if its status does not allow it.",
        request=RejectionSerializer,
        responses=OrganisationSerializer,
    )
    @action(detail=True, methods=["post"])
    def reject(self, request, pk=None):
        organisation = self.get_object()
        serializer = RejectionSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        state_step(
            services.organisation_reject,
            organisation=organisation,
            reason=serializer.validated_data["reason"],
        )
        return self._respond(organisation)


@extend_schema_view(
    list=extend_schema(
        summary="List consortium memberships",
        description="Links between a consortium and its members, where you can see both.",
    ),
    retrieve=extend_schema(summary="Get a consortium membership"),
    create=extend_schema(
        summary="Add a member to a consortium",
        description="Members of the consortium, or staff. 409 if it is already a member.",
        request=ConsortiumMembershipCreateSerializer,
        responses={201: ConsortiumMembershipSerializer},
    ),
    update=extend_schema(
        summary="Change a member's role in a consortium",
        description="Members of the consortium, or staff.",
        request=ConsortiumMembershipRoleSerializer,
        responses=ConsortiumMembershipSerializer,
    ),
    partial_update=extend_schema(
        summary="Change a member's role in a consortium",
        description="Members of the consortium, or staff.",
        request=ConsortiumMembershipRoleSerializer,
        responses=ConsortiumMembershipSerializer,
    ),
    destroy=extend_schema(
        summary="Remove a member from a consortium",
        description="Members of the consortium or of the member organisation (to leave), or staff.",
    ),
)
class ConsortiumMembershipViewSet(ListFiltersOnlyMixin, viewsets.ModelViewSet):
    serializer_class = ConsortiumMembershipSerializer
    permission_classes = [ConsortiumMembershipPermission]
    filter_backends = [DjangoFilterBackend]
    filterset_class = ConsortiumMembershipFilter
    lookup_value_regex = r"\d+"
    extra_error_statuses = {"create": [409]}

    def get_queryset(self):
        return selectors.consortium_membership_visible_to(user=self.request.user)

    def create(self, request, *args, **kwargs):
        serializer = ConsortiumMembershipCreateSerializer(
            data=request.data, context=self.get_serializer_context()
        )
        serializer.is_valid(raise_exception=True)
        consortium = serializer.validated_data["consortium"]
        if not can_edit(user=request.user, organisation=consortium):
            raise exceptions.PermissionDenied(ConsortiumMembershipPermission.message)
        membership = services.consortium_member_add(
            consortium=consortium,
            member=serializer.validated_data["member"],
            role=serializer.validated_data["role"],
        )
        return Response(self.get_serializer(membership).data, status=status.HTTP_201_CREATED)

    def update(self, request, *args, partial=False, **kwargs):
        membership = self.get_object()
        serializer = ConsortiumMembershipRoleSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        services.consortium_member_role_set(
            membership=membership, role=serializer.validated_data["role"]
        )
        return Response(self.get_serializer(membership).data)

    def perform_destroy(self, instance):
        services.consortium_member_remove(membership=instance)
