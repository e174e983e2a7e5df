"""The organisation pages of the staff area (profile review, verification); config.staff_urls
puts them under /staff/ in the "staff" namespace."""

from django.urls import path

from organisations import staff_views

urlpatterns = [
    path("profiles/", staff_views.review_queue, name="review_queue"),
    path("profiles/<int:pk>/approve/", staff_views.profile_approve, name="profile_approve"),
    path("profiles/<int:pk>/reject/", staff_views.profile_reject, name="profile_reject"),
    path("organisations/", staff_views.organisation_list, name="organisations"),
    path("organisations/export.csv", staff_views.organisation_export, name="organisations_export"),
    path("imports/organisations/", staff_views.import_organisations, name="import_organisations"),
    path("imports/projects/", staff_views.import_projects, name="import_projects"),
    path(
        "organisations/<int:pk>/verify/",
        staff_views.organisation_verify,
        name="organisation_verify",
    ),
]
