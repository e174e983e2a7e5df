import pytest
from django.urls import reverse
from django.utils import translation

from alerts.models import SavedSearch


def delete(client, saved_search):
    return client.post(reverse("alerts:alert_search_delete", args=[saved_search.pk]))


def test_anonymous_visitors_are_sent_to_log_in(client, saved_search):
    assert delete(client, saved_search).url.startswith(reverse("account_login"))
    assert SavedSearch.objects.exists()


def test_the_owner_deletes_it(login_as, saved_search):
    assert delete(login_as("member"), saved_search).url == reverse("alerts:alert_list")
    assert not SavedSearch.objects.exists()


@pytest.mark.parametrize("role", ["other_member", "staff"])
def test_nobody_else_can_delete_it(login_as, saved_search, role):
    assert delete(login_as(role), saved_search).status_code == 404
    assert SavedSearch.objects.exists()


@pytest.mark.parametrize(
    "role, status", [("anonymous", 302), ("member", 200), ("other_member", 404), ("staff", 404)]
)
def test_only_the_owner_is_asked_to_confirm(login_as, saved_search, role, status):
    url = reverse("alerts:alert_search_delete", args=[saved_search.pk])
    response = login_as(role).get(url)
    assert response.status_code == status
    assert (saved_search.name in response.text) == (role == "member")
    assert SavedSearch.objects.exists()


def test_the_confirm_page_says_what_is_deleted_and_posts_the_deletion(login_as, saved_search):
    url = reverse("alerts:alert_search_delete", args=[saved_search.pk])
    page = login_as("member").get(url).text
    assert f"Delete the saved search “{saved_search.name}”?" in page
    assert "no longer be mailed about new organisations that match it" in page
    assert f'<form method="post" action="{url}"' in page


def test_the_confirm_page_is_in_korean(login_as, saved_search):
    with translation.override("ko"):
        url = reverse("alerts:alert_search_delete", args=[saved_search.pk])
    page = login_as("member").get(url).text
    assert f"“{saved_search.name}” 검색을 삭제하시겠습니까?" in page and "을(를)" not in page
