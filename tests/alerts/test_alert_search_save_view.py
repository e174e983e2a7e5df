import pytest
from django.contrib.messages import get_messages
from django.urls import reverse

from alerts.models import SavedSearch

URL = reverse("alerts:alert_search_save")
LIST = reverse("organisations:list")


def save(client, query="country=KR&page=2", scope="organisations", frequency="weekly"):
    return client.post(URL, {"scope": scope, "query": query, "frequency": frequency})


def said(response) -> list[str]:
    return [str(message) for message in get_messages(response.wsgi_request)]


def test_anonymous_visitors_are_sent_to_log_in_and_nothing_is_saved(client, db):
    assert save(client).url.startswith(reverse("account_login"))
    assert not SavedSearch.objects.exists()


@pytest.mark.parametrize("role", ["member", "other_member", "staff"])
def test_anyone_signed_in_saves_a_search_of_their_own(login_as, role, request):
    response = save(login_as(role))
    user = request.getfixturevalue({"staff": "staff_user"}.get(role, role))
    assert response.url == f"{LIST}?country=KR&page=2"
    assert SavedSearch.objects.get().user == user
    assert said(response) == ["Saved: “Organisations · Country: South Korea”, once a week at most."]


def test_an_invalid_filter_is_explained_and_nothing_saved(login_as, db):
    response = save(login_as("member"), query="country=XX")
    assert response.url == f"{LIST}?country=XX"
    assert "Country: Select a valid choice. XX" in said(response)[0]
    assert not SavedSearch.objects.exists()


@pytest.mark.parametrize("changes", [{"scope": "people"}, {"frequency": "hourly"}])
def test_a_tampered_form_saves_nothing(login_as, db, changes):
    response = save(login_as("member"), **changes)
    assert response.url == reverse("alerts:alert_list")
    assert not SavedSearch.objects.exists()


def test_the_list_pages_offer_it_to_signed_in_members_only(client, login_as, db):
    assert "Log in</a> to save this search" in client.get(LIST).content.decode()
    page = login_as("member").get(reverse("opportunities:list"), {"country": "KR"})
    assert 'name="query" value="country=KR"' in page.content.decode()
