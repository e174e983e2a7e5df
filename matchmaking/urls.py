from django.urls import path

from matchmaking import introduction_views, views

app_name = "matchmaking"

urlpatterns = [
    path("dashboard/", views.dashboard, name="dashboard"),
    path("suggestions/dismiss/", views.dismiss, name="dismiss"),
    path(
        "introductions/ask/<int:pk>/",
        introduction_views.introduction_ask,
        name="introduction_ask",
    ),
    path(
        "staff/introductions/",
        introduction_views.introduction_queue,
        name="introduction_queue",
    ),
    path(
        "staff/introductions/<int:pk>/step/",
        introduction_views.introduction_staff_step,
        name="introduction_staff_step",
    ),
]
