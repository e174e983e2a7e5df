from django.urls import path

from organisations import views

app_name = "organisations"

urlpatterns = [
    path("", views.home, name="home"),
    path("organisations/", views.organisation_list, name="list"),
    path("organisations/<int:pk>/", views.organisation_detail, name="detail"),
]
