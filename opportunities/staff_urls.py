"""The opportunity pages of the staff area; config.staff_urls puts them under /staff/ in the
"staff" namespace."""

from django.urls import path

from opportunities import staff_views

urlpatterns = [
    path("imports/", staff_views.imports_home, name="imports"),
    path("imports/opportunities/", staff_views.import_opportunities, name="import_opportunities"),
    path("opportunities/", staff_views.opportunity_list, name="opportunities"),
    path("opportunities/export.csv", staff_views.opportunity_export, name="opportunities_export"),
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
