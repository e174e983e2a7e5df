import pytest
from django.contrib.auth.models import AnonymousUser

from introductions.selectors.visibility import introduction_requests_visible_to
from tests.factories import UserFactory


def visible(user) -> list:
    return list(introduction_requests_visible_to(user=user))


@pytest.mark.parametrize("state", ["requested", "more_information_needed", "declined"])
def test_the_requested_organisation_does_not_see_it_before_it_is_forwarded(
    introduction, other_member, state
):
    type(introduction).objects.filter(pk=introduction.pk).update(state=state)
    assert visible(other_member) == []


@pytest.mark.parametrize("state", ["forwarded", "declined_by_recipient", "introduced", "no_fit"])
def test_the_requested_organisation_sees_it_once_forwarded(introduction, other_member, state):
    type(introduction).objects.filter(pk=introduction.pk).update(state=state)
    assert visible(other_member) == [introduction]


def test_the_requester_and_staff_see_it_from_the_start(introduction, member, staff_user):
    assert visible(member) == [introduction]
    assert visible(staff_user) == [introduction]


def test_anyone_else_sees_nothing(introduction):
    assert visible(UserFactory()) == []


def test_an_anonymous_visitor_sees_nothing(introduction):
    assert visible(AnonymousUser()) == []
