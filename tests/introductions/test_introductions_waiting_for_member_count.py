from django.contrib.auth.models import AnonymousUser

from introductions.selectors.progress import introductions_waiting_for_member_count as count


def test_a_forwarded_request_waits_for_the_recipient_only(
    forwarded_introduction, member, other_member
):
    assert (count(user=other_member), count(user=member)) == (1, 0)


def test_a_question_from_staff_waits_for_the_requester_only(
    questioned_introduction, member, other_member
):
    assert (count(user=member), count(user=other_member)) == (1, 0)


def test_nothing_waits_once_accepted(accepted_introduction, member, other_member):
    assert count(user=member) == count(user=other_member) == 0


def test_staff_and_anonymous_visitors_have_nothing_waiting(forwarded_introduction, staff_user):
    assert count(user=staff_user) == count(user=AnonymousUser()) == 0
