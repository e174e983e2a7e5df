import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from introductions.models import IntroductionRequest
from introductions.services import introduction_resubmit


def test_updates_the_text_and_returns_it_to_the_queue_with_an_event(
    questioned_introduction, member
):
    introduction_resubmit(
        request=questioned_introduction, actor=member, message=" Busan. ", seeking="5G."
    )
    request = IntroductionRequest.objects.get()
    assert (request.state, request.message, request.seeking) == ("requested", "Busan.", "5G.")
    assert (request.events.last().from_state, request.events.last().actor) == (
        "more_information_needed",
        member,
    )


def test_empty_text_is_refused_and_changes_nothing(questioned_introduction, member):
    with pytest.raises(ValidationError):
        introduction_resubmit(
            request=questioned_introduction, actor=member, message="", seeking="5G."
        )
    assert IntroductionRequest.objects.get().state == "more_information_needed"


def test_only_the_requester_may_resubmit(questioned_introduction, other_member):
    with pytest.raises(PermissionDenied):
        introduction_resubmit(
            request=questioned_introduction, actor=other_member, message="A.", seeking="B."
        )
    assert IntroductionRequest.objects.get().message == "A joint pilot of port digital twins."


def test_a_refused_step_leaves_the_text_alone(introduction, member):
    with pytest.raises(ValidationError, match="cannot go from"):
        introduction_resubmit(request=introduction, actor=member, message="A.", seeking="B.")
    assert IntroductionRequest.objects.get().message == "A joint pilot of port digital twins."
