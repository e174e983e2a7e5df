import pytest
from django.urls import reverse

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


def test_a_get_deletes_nothing(login_as, saved_search):
    url = reverse("alerts:alert_search_delete", args=[saved_search.pk])
    assert login_as("member").get(url).status_code == 405
    assert SavedSearch.objects.exists()
