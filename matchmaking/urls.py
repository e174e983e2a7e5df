from django.urls import path

from matchmaking import introduction_views, overview_views, views

app_name = "matchmaking"

urlpatterns = [
    path("dashboard/", views.dashboard, name="dashboard"),
    path("suggestions/dismiss/", views.dismiss, name="dismiss"),
    path(
        "introductions/ask/<int:pk>/",
        introduction_views.introduction_ask,
        name="introduction_ask",
    ),
    path("staff/overview/", overview_views.staff_overview, name="staff_overview"),
    path("introductions/", introduction_views.introduction_list, name="introduction_list"),
    path(
        "introductions/<int:pk>/",
        introduction_views.introduction_detail,
        name="introduction_detail",
    ),
    path(
        "introductions/<int:pk>/step/",
        introduction_views.introduction_step,
        name="introduction_step",
    ),
    path(
        "introductions/<int:pk>/update/",
        introduction_views.introduction_resubmit,
        name="introduction_resubmit",
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
