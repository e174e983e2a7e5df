from django.urls import path

from matchmaking import views

app_name = "matchmaking"

urlpatterns = [
    path("dashboard/", views.dashboard, name="dashboard"),
    path("suggestions/dismiss/", views.dismiss, name="dismiss"),
    path("suggestions/not-interested/", views.dismissed, name="dismissed"),
    path(
        "suggestions/not-interested/<int:pk>/restore/",
        views.dismissal_restore,
        name="dismissal_restore",
    ),
]
