from django.urls import path

from matchmaking import views

app_name = "matchmaking"

urlpatterns = [
    path("dashboard/", views.dashboard, name="dashboard"),
    path("suggestions/dismiss/", views.dismiss, name="dismiss"),
]
