"""The staff area under /staff/: organisation review next to the opportunity pages. It lives in
this app because it needs both, and opportunities may depend on organisations, not the reverse."""

from django.urls import path

from opportunities import staff_views
from organisations import staff_views as organisation_staff_views

app_name = "staff"

urlpatterns = [
    path("", staff_views.staff_home, name="home"),
    path("profiles/", organisation_staff_views.review_queue, name="review_queue"),
    path(
        "profiles/<int:pk>/approve/",
        organisation_staff_views.profile_approve,
        name="profile_approve",
    ),
    path(
        "profiles/<int:pk>/reject/", organisation_staff_views.profile_reject, name="profile_reject"
    ),
    path("organisations/", organisation_staff_views.organisation_list, name="organisations"),
    path(
        "organisations/<int:pk>/verify/",
        organisation_staff_views.organisation_verify,
        name="organisation_verify",
    ),
    path("opportunities/", staff_views.opportunity_list, name="opportunities"),
    path("opportunities/new/", staff_views.opportunity_create, name="opportunity_create"),
    path("opportunities/<int:pk>/edit/", staff_views.opportunity_edit, name="opportunity_edit"),
    path(
        "opportunities/<int:pk>/publish/",
        staff_views.opportunity_publish,
        name="opportunity_publish",
    ),
    path(
        "opportunities/<int:pk>/archive/",
        staff_views.opportunity_archive,
        name="opportunity_archive",
    ),
]
