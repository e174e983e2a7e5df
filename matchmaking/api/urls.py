from django.urls import path

from matchmaking.api import views

urlpatterns = [
    path(
        "organisations/<int:pk>/partners/",
        views.OrganisationPartnersView.as_view(),
        name="organisation-partners",
    ),
    path(
        "organisations/<int:pk>/opportunities/",
        views.OrganisationOpportunitiesView.as_view(),
        name="organisation-opportunities",
    ),
    path(
        "opportunities/<int:pk>/organisations/",
        views.OpportunityOrganisationsView.as_view(),
        name="opportunity-organisations",
    ),
    path(
        "opportunities/<int:pk>/team/",
        views.OpportunityTeamView.as_view(),
        name="opportunity-team",
    ),
]
