import datetime

from django.utils import timezone

from introductions.models import IntroductionRequest
from introductions.selectors.overview import introduction_funnel
from tests.factories import IntroductionRequestFactory


def counts(funnel) -> dict[str, int]:
    return {stage.key: stage.count for stage in funnel.stages}


def test_counts_every_stage_a_request_reached(introduction_through):
    introduction_through("forwarded", "introduced", "meeting_held", "partnership_formed")
    introduction_through("forwarded", "introduced", "no_fit")
    introduction_through("forwarded")
    introduction_through()
    assert counts(introduction_funnel()) == {
        "requested": 4, "forwarded": 3, "accepted": 2, "meeting_held": 1, "partnership_formed": 1,
    }  # fmt: skip


def test_reads_the_audit_trail_not_the_current_state(introduction_through):
    introduction_through("forwarded", "introduced", "no_fit")
    IntroductionRequestFactory(state="partnership_formed")  # no trail: never went through
    funnel = introduction_funnel()
    assert counts(funnel)["accepted"] == 1
    assert counts(funnel)["partnership_formed"] == 0
    assert funnel.no_fit == 1


def test_a_partnership_without_a_recorded_meeting_counts_as_a_meeting(introduction_through):
    introduction_through("forwarded", "introduced", "partnership_formed")
    assert counts(introduction_funnel())["meeting_held"] == 1


def test_counts_declines_on_either_side(introduction_through):
    introduction_through("declined")
    introduction_through("forwarded", "declined_by_recipient")
    funnel = introduction_funnel()
    assert (funnel.declined_by_staff, funnel.declined_by_recipient) == (1, 1)
    assert counts(funnel)["forwarded"] == 1


def test_conversion_rates_are_shares_of_the_stage_before(introduction_through):
    introduction_through("forwarded", "introduced")
    introduction_through("forwarded")
    introduction_through("declined")
    introduction_through()
    accepted = introduction_funnel().stages[2]
    assert (accepted.of_previous, accepted.of_requested) == (0.5, 0.25)


def test_since_keeps_only_requests_made_from_then_on(introduction_through):
    old = introduction_through("forwarded")
    introduction_through()
    a_year_ago = timezone.now() - datetime.timedelta(days=365)
    IntroductionRequest.objects.filter(pk=old.pk).update(created_at=a_year_ago)
    since = timezone.now() - datetime.timedelta(days=30)
    assert counts(introduction_funnel(since=since))["requested"] == 1
    assert counts(introduction_funnel(since=since))["forwarded"] == 0


def test_without_requests_every_stage_is_zero_and_no_rate(db):
    funnel = introduction_funnel()
    assert funnel.requested == 0
    assert all(stage.of_requested is None for stage in funnel.stages)
