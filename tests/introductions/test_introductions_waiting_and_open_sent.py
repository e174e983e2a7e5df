from django.contrib.auth.models import AnonymousUser

from introductions.selectors.progress import (
    introductions_open_sent_by,
    introductions_waiting_and_open_sent,
    introductions_waiting_for_member_count,
)
from tests.factories import IntroductionRequestFactory


def _both(user, organisation=None):
    found = introductions_waiting_and_open_sent(user=user, organisation=organisation)
    return found.waiting_count, found.open_sent_by


def test_agrees_with_the_count_and_the_open_requests_read_apart(
    questioned_introduction, organisation, other_organisation, member, other_member
):
    IntroductionRequestFactory(requested_organisation=organisation, state="forwarded")
    IntroductionRequestFactory(requester_organisation=organisation, state="introduced")
    expected = (
        introductions_waiting_for_member_count(user=member),
        introductions_open_sent_by(organisation=organisation),
    )
    assert expected == (2, {other_organisation.pk: questioned_introduction.pk})
    assert _both(member, organisation) == expected


def test_a_received_request_is_counted_but_never_listed_as_sent(
    forwarded_introduction, other_member, other_organisation
):
    assert _both(other_member, other_organisation) == (1, {})


def test_without_an_organisation_only_the_count(questioned_introduction, member):
    assert _both(member) == (1, {})


def test_anonymous_visitors_have_nothing(forwarded_introduction):
    assert _both(AnonymousUser()) == (0, {})
