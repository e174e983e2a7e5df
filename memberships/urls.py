from django.urls import path

from memberships import views

app_name = "memberships"

urlpatterns = [
    path("organisations/<int:pk>/claim/", views.claim_create, name="claim"),
    path("organisations/<int:pk>/people/", views.people, name="people"),
    path(
        "organisations/<int:pk>/invitations/",
        views.invitation_create,
        name="invitation_create",
    ),
    path(
        "organisations/<int:pk>/invitations/<int:invitation_pk>/revoke/",
        views.invitation_revoke,
        name="invitation_revoke",
    ),
    path(
        "organisations/<int:pk>/claims/<int:claim_pk>/approve/",
        views.claim_approve,
        name="claim_approve",
    ),
    path(
        "organisations/<int:pk>/claims/<int:claim_pk>/reject/",
        views.claim_reject,
        name="claim_reject",
    ),
    path("invitations/<str:token>/", views.invitation, name="invitation"),
    path("invitations/<str:token>/accept/", views.invitation_accept, name="invitation_accept"),
]
