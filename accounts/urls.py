"""The "accounts" namespace, at the site's root: the privacy notice at /privacy/, the user's
own data pages next to allauth's under /accounts/ (config/urls.py includes these first)."""

from django.urls import path

from accounts import views

app_name = "accounts"

urlpatterns = [
    path("privacy/", views.privacy_notice, name="privacy"),
    path("accounts/data/", views.account_data, name="data"),
    path("accounts/data/download/", views.account_data_download, name="data_download"),
    path("accounts/delete/", views.account_delete, name="delete"),
]
