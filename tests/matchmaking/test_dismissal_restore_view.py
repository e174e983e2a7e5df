import pytest
from django.contrib.messages import get_messages
from django.urls import reverse

from matchmaking.models import Dismissal


@pytest.fixture
def dismissal(member, organisation, other_organisation):
    return Dismissal.objects.create(
        user=member, organisation=organisation, dismissed_organisation=other_organisation
    )


def restore(client, dismissal):
    return client.post(reverse("matchmaking:dismissal_restore", args=[dismissal.pk]))


def test_anonymous_visitors_are_sent_to_log_in(client, dismissal):
    assert restore(client, dismissal).url.startswith(reverse("account_login"))
    assert Dismissal.objects.exists()


def test_a_member_shows_a_suggestion_again(login_as, dismissal, organisation):
    response = restore(login_as("member"), dismissal)
    assert not Dismissal.objects.exists()
    assert response.url == f"{reverse('matchmaking:dismissed')}?organisation={organisation.pk}"
    messages = [str(message) for message in get_messages(response.wsgi_request)]
    assert messages == ["Back in your suggestions: Seoul Example Co."]


@pytest.mark.parametrize("role", ["other_member", "staff"])
def test_nobody_else_can_undo_a_members_dismissal(login_as, dismissal, role):
    assert restore(login_as(role), dismissal).status_code == 404
    assert Dismissal.objects.exists()


def test_a_get_changes_nothing(login_as, dismissal):
    url = reverse("matchmaking:dismissal_restore", args=[dismissal.pk])
    assert login_as("member").get(url).status_code == 405
    assert Dismissal.objects.exists()


def test_the_suggestion_is_back_on_the_dashboard(client, uk_sme, uk_sme_member, korean_partner):
    dismissed = Dismissal.objects.create(
        user=uk_sme_member, organisation=uk_sme, dismissed_organisation=korean_partner
    )
    client.force_login(uk_sme_member)
    restore(client, dismissed)
    partners = client.get(reverse("matchmaking:dashboard")).context["partner_suggestions"]
    assert [suggestion.target for suggestion in partners] == [korean_partner]
