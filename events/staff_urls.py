from django.urls import path

from events import staff_views

# Composed into the one "staff" namespace by config/staff_urls.py.

urlpatterns = [
    path("events/", staff_views.event_index, name="event_index"),
    # Before <slug>: "new" is not an event (event_save refuses it as a slug).
    path("events/new/", staff_views.event_create, name="event_create"),
    path("events/<slug:slug>/", staff_views.event_manage, name="event_manage"),
    path("events/<slug:slug>/setup/", staff_views.event_setup, name="event_setup"),
    path("events/<slug:slug>/sessions/", staff_views.session_add, name="event_session_add"),
    path(
        "events/<slug:slug>/sessions/<int:pk>/delete/",
        staff_views.session_delete,
        name="event_session_delete",
    ),
    path("events/<slug:slug>/slots/", staff_views.slots_generate, name="event_slots_generate"),
    path(
        "events/<slug:slug>/slots/<int:pk>/delete/",
        staff_views.slot_delete,
        name="event_slot_delete",
    ),
    path(
        "events/<slug:slug>/tables/<int:pk>/delete/",
        staff_views.table_delete,
        name="event_table_delete",
    ),
    path(
        "events/<slug:slug>/registrations/<int:pk>/<str:decision>/",
        staff_views.registration_decide,
        name="event_registration_decide",
    ),
    path("events/<slug:slug>/status/<str:step>/", staff_views.event_status, name="event_status"),
    path("events/<slug:slug>/broker/", staff_views.meeting_broker, name="event_broker"),
    path("events/<slug:slug>/schedule/run/", staff_views.schedule_run, name="event_schedule_run"),
    path(
        "events/<slug:slug>/schedule/publish/",
        staff_views.schedule_publish,
        name="event_schedule_publish",
    ),
    path("events/<slug:slug>/grid/", staff_views.schedule_grid, name="event_grid"),
]
