from events.selectors import event_funnel
from events.services import meeting_outcome_record


def _counts(event) -> dict[str, int]:
    return {key: count for key, _label, count in event_funnel(event=event)}


def test_a_published_meeting_counts_up_to_scheduled(published_meeting, event):
    assert _counts(event) == {
        "registered": 2, "requested": 1, "accepted": 1, "scheduled": 1, "held": 0,
        "followed_up": 0,
    }  # fmt: skip


def test_held_and_followed_up_count_once_both_sides_say_so(
    met_meeting, event, member, other_member
):
    for user in (member, other_member):
        meeting_outcome_record(meeting_request=met_meeting, user=user, held=True, follow_up=True)
    counts = _counts(event)
    assert (counts["held"], counts["followed_up"]) == (1, 1)


def test_a_side_denying_the_meeting_took_place_keeps_it_out_of_held(
    met_meeting, event, member, other_member
):
    meeting_outcome_record(meeting_request=met_meeting, user=member, held=True, follow_up=False)
    meeting_outcome_record(
        meeting_request=met_meeting, user=other_member, held=False, follow_up=False
    )
    assert _counts(event)["held"] == 0
