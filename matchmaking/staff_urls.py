"""The matching pages of the staff area; config.staff_urls puts them under /staff/ in the
"staff" namespace."""

from django.urls import path

from matchmaking import staff_views

urlpatterns = [
    path("matching-weights/", staff_views.matching_models, name="matching_models"),
]
