import datetime

import pytest
from django.urls import reverse
from django.utils import timezone, translation

from organisations.models import Organisation

LONG_AGO = timezone.now() - datetime.timedelta(days=400)


@pytest.fixture
def lapsed(organisation):
    """`organisation`, unconfirmed for over a year and out of suggestions."""
    Organisation.objects.filter(pk=organisation.pk).update(
        profile_confirmed_at=LONG_AGO, lapsed_at=LONG_AGO
    )
    organisation.refresh_from_db()
    return organisation


def confirm(client, organisation, **data):
    return client.post(reverse("alerts:alert_profile_confirm", args=[organisation.pk]), data)


def test_anonymous_visitors_are_sent_to_log_in(client, lapsed):
    assert confirm(client, lapsed).url.startswith(reverse("account_login"))
    lapsed.refresh_from_db()
    assert lapsed.lapsed_at is not None


def test_a_member_confirms_it_and_it_is_back(login_as, lapsed):
    response = confirm(login_as("member"), lapsed, next=reverse("matchmaking:dashboard"))
    assert response.url == reverse("matchmaking:dashboard")
    lapsed.refresh_from_db()
    assert lapsed.lapsed_at is None and lapsed.profile_confirmed_at > LONG_AGO


@pytest.mark.parametrize("role", ["other_member", "staff"])
def test_nobody_else_can_confirm_it(login_as, lapsed, role):
    assert confirm(login_as(role), lapsed).status_code == 404
    lapsed.refresh_from_db()
    assert lapsed.lapsed_at is not None


@pytest.mark.parametrize("page", ["dashboard", "manage"])
def test_the_dashboard_and_the_profile_page_ask_for_it(login_as, lapsed, page):
    url = (
        reverse("matchmaking:dashboard")
        if page == "dashboard"
        else reverse("organisations:manage", args=[lapsed.pk])
    )
    content = login_as("member").get(url).content.decode()
    assert "no longer appears in suggestions" in content
    assert reverse("alerts:alert_profile_confirm", args=[lapsed.pk]) in content


def test_a_recently_confirmed_profile_is_not_asked_about(login_as, organisation):
    content = login_as("member").get(reverse("matchmaking:dashboard")).content.decode()
    assert reverse("alerts:alert_profile_confirm", args=[organisation.pk]) not in content


def test_a_korean_member_is_asked_and_thanked_under_the_korean_name(login_as, lapsed):
    lapsed.name_ko = "베이즈 예시"
    lapsed.save()
    client = login_as("member")
    with translation.override("ko"):
        asked = client.get(reverse("matchmaking:dashboard")).text
        thanked = client.post(
            reverse("alerts:alert_profile_confirm", args=[lapsed.pk]), follow=True
        ).text
    assert "“베이즈 예시”은(는) 1년 넘게" in asked
    assert "감사합니다. “베이즈 예시”의 프로필이" in thanked
