import pytest
from django.urls import reverse


def update(client, saved_search, **data):
    return client.post(reverse("alerts:alert_search_update", args=[saved_search.pk]), data)


def test_anonymous_visitors_are_sent_to_log_in(client, saved_search):
    assert update(client, saved_search, frequency="weekly").url.startswith(reverse("account_login"))
    saved_search.refresh_from_db()
    assert saved_search.frequency == "instant"


def test_the_owner_changes_its_frequency(login_as, saved_search):
    assert update(login_as("member"), saved_search, frequency="weekly").status_code == 302
    saved_search.refresh_from_db()
    assert saved_search.frequency == "weekly"


def test_the_owner_pauses_and_resumes_it(login_as, saved_search):
    client = login_as("member")
    update(client, saved_search, active="0")
    saved_search.refresh_from_db()
    assert not saved_search.active
    update(client, saved_search, active="1")
    saved_search.refresh_from_db()
    assert saved_search.active


@pytest.mark.parametrize("role", ["other_member", "staff"])
def test_nobody_else_can_change_it(login_as, saved_search, role):
    assert update(login_as(role), saved_search, active="0").status_code == 404
    saved_search.refresh_from_db()
    assert saved_search.active


@pytest.mark.parametrize("data", [{}, {"frequency": "hourly"}, {"active": "maybe"}])
def test_bad_input_changes_nothing(login_as, saved_search, data):
    update(login_as("member"), saved_search, **data)
    saved_search.refresh_from_db()
    assert (saved_search.frequency, saved_search.active) == ("instant", True)
