import pytest
from django.urls import reverse

from matchmaking.models import Dismissal

URL = reverse("matchmaking:dismissed")


@pytest.fixture
def dismissal(member, organisation, other_organisation):
    return Dismissal.objects.create(
        user=member, organisation=organisation, dismissed_organisation=other_organisation
    )


def test_anonymous_visitors_are_sent_to_log_in(client, dismissal):
    assert client.get(URL).url.startswith(reverse("account_login"))


def test_a_member_sees_what_they_marked_with_a_button_to_show_it_again(login_as, dismissal):
    html = login_as("member").get(URL).text
    restore = reverse("matchmaking:dismissal_restore", args=[dismissal.pk])
    assert "Seoul Example Co" in html and f'action="{restore}"' in html


@pytest.mark.parametrize("role", ["other_member", "staff"])
def test_others_never_see_a_members_dismissals(login_as, dismissal, role):
    html = login_as(role).get(URL).text
    assert reverse("matchmaking:dismissal_restore", args=[dismissal.pk]) not in html


@pytest.mark.parametrize("role", ["other_member", "staff"])
def test_an_organisation_of_someone_else_is_not_found(login_as, dismissal, organisation, role):
    assert login_as(role).get(f"{URL}?organisation={organisation.pk}").status_code == 404


def test_a_korean_member_reads_the_page_in_korean(login_as, dismissal):
    html = login_as("member").get("/ko" + URL).text
    assert "관심 없음으로 표시한 항목" in html and "다시 표시" in html
