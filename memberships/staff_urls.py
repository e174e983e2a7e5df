"""The claim pages of the staff area; config.staff_urls puts them under /staff/ in the
"staff" namespace."""

from django.urls import path

from memberships import staff_views

urlpatterns = [
    path("claims/", staff_views.claim_queue, name="claim_queue"),
    path("claims/<int:pk>/approve/", staff_views.claim_approve, name="claim_approve"),
    path("claims/<int:pk>/reject/", staff_views.claim_reject, name="claim_reject"),
]
