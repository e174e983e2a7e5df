"""The introduction pages of the staff area; config.staff_urls puts them under /staff/ in the
"staff" namespace."""

from django.urls import path

from introductions import staff_views

urlpatterns = [
    path("overview/", staff_views.staff_overview, name="overview"),
    path("introductions/", staff_views.introduction_queue, name="introduction_queue"),
    path("introductions/export.csv", staff_views.introduction_export, name="introductions_export"),
    path(
        "introductions/<int:pk>/step/",
        staff_views.introduction_staff_step,
        name="introduction_step",
    ),
]
