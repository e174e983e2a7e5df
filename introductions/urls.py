from django.urls import path

from introductions import views

app_name = "introductions"

urlpatterns = [
    path("", views.introduction_list, name="list"),
    path("ask/<int:pk>/", views.introduction_ask, name="ask"),
    path("<int:pk>/", views.introduction_detail, name="detail"),
    path("<int:pk>/step/", views.introduction_step, name="step"),
    path("<int:pk>/update/", views.introduction_resubmit, name="resubmit"),
    path("<int:pk>/messages/", views.introduction_message, name="message"),
]
