from introductions.selectors.progress import introduction_timeline
from introductions.services import introduction_resubmit, introduction_transition
from tests.factories import MembershipFactory


def trail(request, user) -> list[tuple[str, str, str]]:
    return [(e.what, e.who, e.note) for e in introduction_timeline(request=request, user=user)]


def test_the_requester_sees_every_step_and_staffs_question(questioned_introduction, member):
    assert trail(questioned_introduction, member) == [
        ("Asked for the introduction", "You", ""),
        ("Asked for more information", "Korea–UK Match staff", "Which port?"),
    ]


def test_a_colleague_is_named_by_the_organisation(introduction, organisation):
    colleague = MembershipFactory(organisation=organisation).user
    assert trail(introduction, colleague)[0][1] == "Bayes Example Ltd"


def test_the_recipient_sees_only_what_happened_since_it_was_forwarded(
    questioned_introduction, member, staff_user, other_member
):
    introduction_resubmit(request=questioned_introduction, actor=member, message="A.", seeking="B.")
    introduction_transition(request=questioned_introduction, to_state="forwarded", actor=staff_user)
    assert trail(questioned_introduction, other_member) == [
        ("Forwarded the request to the other organisation", "Korea–UK Match staff", "")
    ]


def test_the_requester_sees_the_recipient_by_name(accepted_introduction, member):
    assert trail(accepted_introduction, member)[-1][:2] == (
        "Accepted the introduction",
        "Seoul Example Co",
    )


def test_after_acceptance_the_recipient_sees_the_requester_by_name(
    accepted_introduction, other_member, member
):
    introduction_transition(request=accepted_introduction, to_state="meeting_held", actor=member)
    assert trail(accepted_introduction, other_member)[-1][1] == "Bayes Example Ltd"


def test_staff_see_who_acted_for_which_side(forwarded_introduction, staff_user, member):
    assert trail(forwarded_introduction, staff_user)[0][1] == f"{member.email} (Bayes Example Ltd)"
