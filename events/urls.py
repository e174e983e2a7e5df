from django.urls import path

from events import views

app_name = "events"

urlpatterns = [
    path("", views.event_list, name="list"),
    path("<slug:slug>/", views.event_detail, name="detail"),
    path("<slug:slug>/register/", views.registration_create, name="register"),
    path("<slug:slug>/me/", views.my_event, name="my_event"),
    path("<slug:slug>/withdraw/", views.registration_withdraw, name="withdraw"),
    path("<slug:slug>/requests/", views.meeting_request_create, name="request_create"),
    path(
        "<slug:slug>/requests/<int:pk>/<str:answer>/",
        views.meeting_request_answer,
        name="request_answer",
    ),
    path(
        "<slug:slug>/meetings/<int:pk>/messages/",
        views.meeting_message_send,
        name="message_send",
    ),
    path(
        "<slug:slug>/meetings/<int:pk>/outcome/",
        views.meeting_outcome_record,
        name="outcome_record",
    ),
    path("<slug:slug>/agenda/", views.agenda, name="agenda"),
    path("<slug:slug>/agenda.ics", views.agenda_ics, name="agenda_ics"),
]
