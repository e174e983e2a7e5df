from django.urls import path

from organisations import member_views, views

app_name = "organisations"

urlpatterns = [
    path("", views.home, name="home"),
    path("organisations/", views.organisation_list, name="list"),
    path("organisations/<int:pk>/", views.organisation_detail, name="detail"),
    path("my-organisation/", member_views.my_organisation, name="mine"),
    path("organisations/new/", member_views.profile_create, name="profile_create"),
    path("organisations/<int:pk>/manage/", member_views.organisation_manage, name="manage"),
    path(
        "organisations/<int:pk>/profile/<slug:step>/",
        member_views.profile_step,
        name="profile_step",
    ),
    path("organisations/<int:pk>/submit/", member_views.organisation_submit, name="submit"),
    path("organisations/<int:pk>/colleagues/", member_views.colleague_add, name="colleague_add"),
]
