"""Read-only match endpoints. Who may read about which organisation or opportunity is the
pages' rule (the organisations and opportunities selectors); a closed one has no suggestions."""

import functools
from collections.abc import Mapping
from types import MappingProxyType

from django.http import Http404
from django.shortcuts import get_object_or_404
from drf_spectacular.utils import extend_schema
from rest_framework import exceptions, permissions
from rest_framework.response import Response
from rest_framework.views import APIView

from matchmaking import selectors
from matchmaking.api import serializers
from opportunities.models import Opportunity
from opportunities.selectors import opportunity_visible_to
from organisations.models import Organisation
from organisations.selectors import organisation_visible_to


class _AnyoneReads(permissions.AllowAny):
    """These views only define GET: other methods answer 405, not 403."""

    anonymous_reads = True


def _visible_organisation(request, pk: int) -> Organisation:
    # The pages' rule: published, or any status for staff and the organisation's members.
    return get_object_or_404(organisation_visible_to(user=request.user), pk=pk)


def _visible_opportunity(request, pk: int) -> Opportunity:
    # The pages' rule: published or archived, and drafts for staff.
    return get_object_or_404(opportunity_visible_to(user=request.user), pk=pk)


def _query(serializer_class, request):
    serializer = serializer_class(data=request.query_params)
    serializer.is_valid(raise_exception=True)
    return serializer.validated_data


def _user(request):
    return request.user if request.user.is_authenticated else None


@functools.cache
def _default_partner_query() -> Mapping:
    """What PartnerQuerySerializer makes of no parameters, validated once: most requests give
    none, and validating them cost as much as wording the reasons."""
    parameters = serializers.PartnerQuerySerializer(data={})
    parameters.is_valid(raise_exception=True)
    return MappingProxyType(dict(parameters.validated_data))


class OrganisationPartnersView(APIView):
    permission_classes = [_AnyoneReads]

    @extend_schema(
        summary="Suggested partners for an organisation",
        description="Best first, with points per factor and reasons. By default a GB "
        "organisation gets Korean partners and a Korean one GB partners.",
        parameters=[serializers.PartnerQuerySerializer],
        responses=serializers.OrganisationSuggestionSerializer(many=True),
    )
    def get(self, request, pk: int):
        if request.query_params:
            parameters = serializers.PartnerQuerySerializer(data=request.query_params)
            if not parameters.is_valid():
                _visible_organisation(request, pk)  # an organisation one may not see: 404 first
                raise exceptions.ValidationError(parameters.errors)
            query = parameters.validated_data
        else:
            query = _default_partner_query()
        try:
            # Whether the organisation is visible is read with the suggestions, in the same
            # query as the index's freshness marks: the busiest endpoint, one round trip.
            suggestions = selectors.partners_for_visible_organisation(
                organisation_id=pk,
                user=request.user,
                limit=query["limit"],
                countries=query.get("country"),
                kinds=query.get("kind"),
                sectors=query.get("sector"),
            )
        except selectors.UnknownFilterValue as error:
            raise exceptions.ValidationError({"sector": [str(error)]}) from None
        if suggestions is None:
            raise Http404
        return Response(serializers.OrganisationSuggestionSerializer(suggestions, many=True).data)


class OrganisationOpportunitiesView(APIView):
    permission_classes = [_AnyoneReads]

    @extend_schema(
        summary="Suggested opportunities for an organisation",
        description="Open opportunities the organisation is eligible for, best first.",
        parameters=[serializers.SuggestionQuerySerializer],
        responses=serializers.OpportunitySuggestionSerializer(many=True),
    )
    def get(self, request, pk: int):
        organisation = _visible_organisation(request, pk)
        query = _query(serializers.SuggestionQuerySerializer, request)
        suggestions = selectors.opportunities_for_organisation(
            organisation=organisation, user=_user(request), limit=query["limit"]
        )
        return Response(serializers.OpportunitySuggestionSerializer(suggestions, many=True).data)


class OpportunityOrganisationsView(APIView):
    permission_classes = [_AnyoneReads]

    @extend_schema(
        summary="Suggested organisations for an opportunity",
        description="Eligible published organisations, best first; none once it has closed.",
        parameters=[serializers.CountryQuerySerializer],
        responses=serializers.OrganisationSuggestionSerializer(many=True),
    )
    def get(self, request, pk: int):
        opportunity = _visible_opportunity(request, pk)
        query = _query(serializers.CountryQuerySerializer, request)
        suggestions = selectors.organisations_for_opportunity(
            opportunity=opportunity,
            user=_user(request),
            limit=query["limit"],
            countries=query.get("country"),
        )
        return Response(serializers.OrganisationSuggestionSerializer(suggestions, many=True).data)


class OpportunityTeamView(APIView):
    permission_classes = [_AnyoneReads]

    @extend_schema(
        summary="A suggested team for an opportunity",
        description="A few organisations covering the required capabilities, each bringing one "
        "the others do not (its first reason says which), from both sides of the border where "
        "possible and never the opportunity's own hosts; and the capabilities nobody covers.",
        responses=serializers.TeamSerializer,
    )
    def get(self, request, pk: int):
        opportunity = _visible_opportunity(request, pk)
        team = selectors.team_for_opportunity(opportunity=opportunity, user=_user(request))
        return Response(serializers.TeamSerializer(team).data)
