import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.utils import translation

from events.services import meeting_outcome_record
from introductions.models import IntroductionRequest
from tests.factories import MembershipFactory


def test_a_side_records_that_the_meeting_took_place(met_meeting, member):
    outcome = meeting_outcome_record(
        meeting_request=met_meeting, user=member, held=True, follow_up=False
    )
    assert (outcome.registration, outcome.held) == (met_meeting.from_registration, True)


def test_a_side_may_change_its_answer(met_meeting, member):
    meeting_outcome_record(meeting_request=met_meeting, user=member, held=False, follow_up=False)
    meeting_outcome_record(meeting_request=met_meeting, user=member, held=True, follow_up=True)
    assert list(met_meeting.outcomes.values_list("held", "follow_up")) == [(True, True)]


def test_one_side_wanting_to_follow_up_is_not_yet_an_introduction(met_meeting, member):
    meeting_outcome_record(meeting_request=met_meeting, user=member, held=True, follow_up=True)
    assert not IntroductionRequest.objects.exists()


def test_both_sides_following_up_make_an_accepted_introduction(met_meeting, member, other_member):
    for user in (member, other_member):
        meeting_outcome_record(meeting_request=met_meeting, user=user, held=True, follow_up=True)
    introduction = IntroductionRequest.objects.get()
    assert introduction.state == "introduced"
    assert "Seoul 5G brokerage day" in introduction.events.get().note


def test_no_outcome_before_the_event(accepted_meeting, member):
    with pytest.raises(ValidationError, match="not started"):
        meeting_outcome_record(
            meeting_request=accepted_meeting, user=member, held=True, follow_up=False
        )


def test_a_meeting_not_held_is_not_followed_up(met_meeting, member):
    with pytest.raises(ValidationError, match="took place"):
        meeting_outcome_record(meeting_request=met_meeting, user=member, held=False, follow_up=True)
    assert not met_meeting.outcomes.exists()


@pytest.mark.parametrize("who", ["staff", "outsider"])
def test_only_the_two_sides_record(met_meeting, staff_user, who):
    user = staff_user if who == "staff" else MembershipFactory().user
    with pytest.raises(PermissionDenied):
        meeting_outcome_record(meeting_request=met_meeting, user=user, held=True, follow_up=True)


def test_the_note_names_the_event_in_the_language_it_is_written_in(
    met_meeting, event_in_korean, member, other_member
):
    with translation.override("ko"):
        for user in (member, other_member):
            meeting_outcome_record(
                meeting_request=met_meeting, user=user, held=True, follow_up=True
            )
    note = IntroductionRequest.objects.get().events.get().note
    assert "서울 5G 비즈니스 상담회" in note and "Seoul 5G" not in note
