import datetime

import pytest
from django.utils import timezone

from opportunities.selectors import opportunity_interests_of, opportunity_interests_open_shown
from tests.factories import OpportunityFactory, OpportunityInterestFactory


@pytest.fixture
def interests(member, organisation):
    soon = timezone.localdate() + datetime.timedelta(days=3)
    later = OpportunityFactory(title="Later call", deadline=soon + datetime.timedelta(days=9))
    return [
        OpportunityInterestFactory(
            organisation=organisation, opportunity=later, looking_for_partners=True
        ),
        OpportunityInterestFactory(
            organisation=organisation,
            opportunity=OpportunityFactory(title="Soon call", deadline=soon),
        ),
    ]


def test_are_the_open_interests_of_the_users_organisations_in_order(member, interests):
    expected = list(opportunity_interests_of(user=member, only_open=True))
    assert [i.pk for i in opportunity_interests_open_shown(user=member)] == [e.pk for e in expected]


def test_leave_out_an_opportunity_past_its_deadline(member, organisation, interests):
    yesterday = timezone.localdate() - datetime.timedelta(days=1)
    OpportunityInterestFactory(
        organisation=organisation, opportunity=OpportunityFactory(deadline=yesterday)
    )
    assert len(opportunity_interests_open_shown(user=member)) == 2


def test_read_what_the_list_shows_without_a_query(member, interests, django_assert_num_queries):
    (soon, later) = opportunity_interests_open_shown(user=member)
    with django_assert_num_queries(0):
        assert [soon.opportunity.title, later.opportunity.title] == ["Soon call", "Later call"]
        assert [soon.organisation.name, later.looking_for_partners] == ["Bayes Example Ltd", True]
        assert soon.opportunity.is_open() and soon.opportunity.days_left() == 3


def test_leave_out_other_users_interests(other_member, interests):
    assert opportunity_interests_open_shown(user=other_member) == []
