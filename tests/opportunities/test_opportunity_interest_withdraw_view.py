import pytest
from django.contrib.messages import get_messages
from django.urls import reverse

from opportunities.models import OpportunityInterest
from tests.factories import OpportunityInterestFactory


@pytest.fixture
def withdraw_post(organisation, open_call):
    """Posts "Withdraw" of organisation's interest in open_call, which it has expressed."""
    OpportunityInterestFactory(organisation=organisation, opportunity=open_call)

    def post(client, **changes):
        url = reverse("opportunities:interest_withdraw", args=[open_call.pk])
        return client.post(url, {"organisation": organisation.pk, **changes})

    return post


def messages_of(response) -> list[str]:
    return [str(message) for message in get_messages(response.wsgi_request)]


def test_anonymous_visitors_are_sent_to_log_in(client, withdraw_post):
    assert withdraw_post(client).url.startswith(reverse("account_login"))
    assert OpportunityInterest.objects.count() == 1


def test_a_member_withdraws_their_organisations_interest(login_as, withdraw_post):
    response = withdraw_post(login_as("member"))
    assert messages_of(response) == [
        "Bayes Example Ltd is no longer listed as interested in this opportunity."
    ]
    assert not OpportunityInterest.objects.exists()


def test_a_member_of_another_organisation_cannot_withdraw_it(login_as, withdraw_post):
    response = withdraw_post(login_as("other_member"))
    assert messages_of(response) == ["Choose one of your own organisations."]
    assert OpportunityInterest.objects.count() == 1


def test_staff_who_belong_to_no_organisation_are_refused(login_as, withdraw_post):
    assert withdraw_post(login_as("staff")).status_code == 403
    assert OpportunityInterest.objects.count() == 1


def test_withdrawing_twice_says_there_is_nothing_to_withdraw(login_as, withdraw_post):
    client = login_as("member")
    withdraw_post(client)
    assert "has not said it is interested" in messages_of(withdraw_post(client))[-1]
