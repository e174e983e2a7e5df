import pytest
from django.core.exceptions import PermissionDenied

from events.services import meeting_broker


def test_staff_propose_a_meeting(registration, other_registration, staff_user):
    proposed = meeting_broker(
        from_registration=registration, to_registration=other_registration, actor=staff_user
    )
    assert (proposed.status, proposed.brokered_by) == ("requested", staff_user)


def test_members_cannot_broker(registration, other_registration, member):
    with pytest.raises(PermissionDenied):
        meeting_broker(
            from_registration=registration, to_registration=other_registration, actor=member
        )


def test_a_proposal_does_not_count_towards_the_limit(
    registration, other_registration, staff_user, settings
):
    from events.selectors import meeting_requests_open_sent_count

    meeting_broker(
        from_registration=registration, to_registration=other_registration, actor=staff_user
    )
    assert meeting_requests_open_sent_count(registration=registration) == 0


def test_the_participant_proposed_a_meeting_is_mailed(
    registration, other_registration, staff_user, other_member, mailoutbox,
    django_capture_on_commit_callbacks,
):  # fmt: skip
    with django_capture_on_commit_callbacks(execute=True):
        meeting_broker(
            from_registration=registration, to_registration=other_registration, actor=staff_user
        )
    assert mailoutbox[0].to == [other_member.email]
    assert "The organisers propose that you meet" in mailoutbox[0].body
    assert "/events/seoul-5g/me/" in mailoutbox[0].body
