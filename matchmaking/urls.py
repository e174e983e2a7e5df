from django.urls import path

from matchmaking import views
from matchmaking.alerts.urls import urlpatterns as alert_urlpatterns

app_name = "matchmaking"

urlpatterns = [
    path("dashboard/", views.dashboard, name="dashboard"),
    path("suggestions/dismiss/", views.dismiss, name="dismiss"),
]

urlpatterns += alert_urlpatterns
