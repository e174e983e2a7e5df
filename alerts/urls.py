"""The alert URLs, the "alerts" namespace, at the site's root (see config/urls.py). Every name
starts with "alert", as it did when they were part of the matchmaking namespace."""

from django.urls import path

from alerts import views

app_name = "alerts"

urlpatterns = [
    path("alerts/", views.alert_list, name="alert_list"),
    path("alerts/save/", views.alert_search_save, name="alert_search_save"),
    path("alerts/<int:pk>/", views.alert_search_update, name="alert_search_update"),
    path("alerts/<int:pk>/delete/", views.alert_search_delete, name="alert_search_delete"),
    path(
        "alerts/deadlines/<int:opportunity_pk>/resume/",
        views.alert_deadline_resume,
        name="alert_deadline_resume",
    ),
    path("alerts/stop/<str:token>/", views.alert_stop, name="alert_stop"),
    path("alerts/resume/<str:token>/", views.alert_resume, name="alert_resume"),
    path(
        "alerts/profile/<int:pk>/confirm/",
        views.alert_profile_confirm,
        name="alert_profile_confirm",
    ),
    path(
        "alerts/profile/confirm/<str:token>/",
        views.alert_profile_confirm_link,
        name="alert_profile_confirm_link",
    ),
]
