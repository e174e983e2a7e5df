import pytest
from django.contrib.messages import get_messages
from django.urls import reverse

from matchmaking.models import Dismissal
from tests.factories import OrganisationFactory

URL = reverse("matchmaking:dismiss")
DASHBOARD = reverse("matchmaking:dashboard")


@pytest.fixture
def dismiss_post(organisation, other_organisation):
    """Posts "not interested" in other_organisation for organisation, with any changes."""

    def post(client, **changes):
        data = {"organisation": organisation.pk, "dismissed_organisation": other_organisation.pk}
        return client.post(URL, {**data, **changes})

    return post


def test_anonymous_visitors_are_sent_to_log_in(client, dismiss_post):
    assert dismiss_post(client).url.startswith(reverse("account_login"))
    assert not Dismissal.objects.exists()


def test_a_member_dismisses_a_suggestion_for_their_organisation(login_as, dismiss_post, member):
    response = dismiss_post(login_as("member"), next=f"{DASHBOARD}?organisation=7")
    assert response.url == f"{DASHBOARD}?organisation=7"
    assert Dismissal.objects.filter(user=member).count() == 1


def test_a_member_dismisses_an_opportunity(login_as, dismiss_post, digital_twin_challenge):
    dismiss_post(
        login_as("member"),
        dismissed_organisation="",
        dismissed_opportunity=digital_twin_challenge.pk,
    )
    assert Dismissal.objects.get().dismissed_opportunity == digital_twin_challenge


@pytest.mark.parametrize("role", ["other_member", "staff"])
def test_others_cannot_dismiss_for_an_organisation_they_do_not_belong_to(
    login_as, dismiss_post, role
):
    assert dismiss_post(login_as(role)).status_code == 404
    assert not Dismissal.objects.exists()


def test_says_what_was_removed(login_as, dismiss_post):
    response = dismiss_post(login_as("member"), next=DASHBOARD)
    messages = [str(message) for message in get_messages(response.wsgi_request)]
    assert messages == ["Removed from your suggestions: Seoul Example Co."]


def test_an_offsite_next_goes_to_the_dashboard_instead(login_as, dismiss_post, organisation):
    response = dismiss_post(login_as("member"), next="https://evil.example.com/")
    assert response.url == f"{DASHBOARD}?organisation={organisation.pk}"


@pytest.mark.parametrize(
    "changes",
    [
        {"organisation": ""},
        {"organisation": "not-a-number"},
        {"dismissed_organisation": ""},
        {"dismissed_organisation": "999999"},
        {"dismissed_opportunity": "999999"},
        {"dismissed_organisation": "x", "dismissed_opportunity": "1"},
    ],
)
def test_bad_input_is_reported_and_stores_nothing(login_as, dismiss_post, changes):
    response = dismiss_post(login_as("member"), **changes)
    assert response.status_code == 302
    assert "could not be removed" in str(list(get_messages(response.wsgi_request))[0])
    assert not Dismissal.objects.exists()


def test_both_targets_at_once_are_refused(login_as, dismiss_post, digital_twin_challenge):
    dismiss_post(login_as("member"), dismissed_opportunity=digital_twin_challenge.pk)
    assert not Dismissal.objects.exists()


def test_an_unpublished_profile_cannot_be_dismissed(login_as, dismiss_post):
    draft = OrganisationFactory(status="draft")
    dismiss_post(login_as("member"), dismissed_organisation=draft.pk)
    assert not Dismissal.objects.exists()


def test_get_is_not_allowed(login_as):
    assert login_as("member").get(URL).status_code == 405


def test_a_dismissed_partner_stays_gone(client, uk_sme, uk_sme_member, korean_partner):
    client.force_login(uk_sme_member)
    assert client.get(DASHBOARD).context["partner_suggestions"]
    client.post(URL, {"organisation": uk_sme.pk, "dismissed_organisation": korean_partner.pk})
    for _ in range(2):
        assert client.get(DASHBOARD).context["partner_suggestions"] == []


def test_an_organisation_cannot_dismiss_itself(login_as, dismiss_post, organisation):
    response = dismiss_post(login_as("member"), dismissed_organisation=organisation.pk)
    assert "never suggested to itself" in str(list(get_messages(response.wsgi_request))[0])
    assert not Dismissal.objects.exists()
