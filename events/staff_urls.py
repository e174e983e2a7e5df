from django.urls import path

from events import staff_views

app_name = "events_staff"

urlpatterns = [
    path("", staff_views.event_index, name="index"),
    path("<slug:slug>/", staff_views.event_manage, name="event_manage"),
    path(
        "<slug:slug>/registrations/<int:pk>/<str:decision>/",
        staff_views.registration_decide,
        name="registration_decide",
    ),
    path("<slug:slug>/status/<str:step>/", staff_views.event_status, name="event_status"),
    path("<slug:slug>/broker/", staff_views.meeting_broker, name="broker"),
    path("<slug:slug>/schedule/run/", staff_views.schedule_run, name="schedule_run"),
    path("<slug:slug>/schedule/publish/", staff_views.schedule_publish, name="schedule_publish"),
    path("<slug:slug>/grid/", staff_views.schedule_grid, name="grid"),
]
