from django.urls import path

from opportunities import views

app_name = "opportunities"

urlpatterns = [
    path("", views.opportunity_list, name="list"),
    path("<int:pk>/", views.opportunity_detail, name="detail"),
    path("<int:pk>/interest/", views.interest_express, name="interest_express"),
    path("<int:pk>/interest/withdraw/", views.interest_withdraw, name="interest_withdraw"),
]
