import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError
from django.utils import translation

from introductions.models import IntroductionRequest
from introductions.services import introduction_request, introduction_transition
from tests.factories import IntroductionRequestFactory, MembershipFactory, OrganisationFactory


def ask(organisation, requested, user, **fields):
    fields = {"message": "A joint pilot.", "seeking": "A testbed.", **fields}
    return introduction_request(
        requester_organisation=organisation, requested_organisation=requested,
        requested_by=user, **fields,
    )  # fmt: skip


def test_request_starts_requested_with_its_first_audit_event(introduction, member):
    assert introduction.state == "requested"
    assert introduction.preferred_language == "ko"
    event = introduction.events.get()
    assert (event.from_state, event.to_state, event.actor) == ("", "requested", member)


def test_only_a_member_may_ask_for_their_organisation(
    organisation, other_organisation, other_member
):
    with pytest.raises(PermissionDenied):
        ask(organisation, other_organisation, other_member)
    assert not IntroductionRequest.objects.exists()


def test_an_organisation_cannot_ask_for_itself(organisation, member):
    with pytest.raises(ValidationError, match="itself"):
        ask(organisation, organisation, member)


def test_only_published_organisations_can_be_asked_for(organisation, member):
    draft = OrganisationFactory(status="draft")
    with pytest.raises(ValidationError, match="published"):
        ask(organisation, draft, member)


def test_a_refusal_is_in_the_askers_language(organisation, member):
    with translation.override("ko"), pytest.raises(ValidationError, match="게시된 기관에만"):
        ask(organisation, OrganisationFactory(status="draft"), member)


@pytest.mark.parametrize(
    "fields", [{"message": "  "}, {"seeking": ""}, {"preferred_language": "fr"}]
)
def test_incomplete_requests_are_refused(organisation, other_organisation, member, fields):
    with pytest.raises(ValidationError):
        ask(organisation, other_organisation, member, **fields)
    assert not IntroductionRequest.objects.exists()


def test_a_second_request_for_the_same_pair_is_refused(
    introduction, organisation, other_organisation, member
):
    with pytest.raises(ValidationError, match="already asked to be introduced to them"):
        ask(organisation, other_organisation, member)
    assert IntroductionRequest.objects.count() == 1


def test_a_crossed_request_is_refused_and_points_to_theirs(
    introduction, organisation, other_organisation, other_member
):
    with pytest.raises(ValidationError, match="They have already asked to be introduced to you"):
        ask(other_organisation, organisation, other_member)
    assert IntroductionRequest.objects.get() == introduction


def test_a_crossed_request_is_refused_while_theirs_waits_for_an_answer(
    forwarded_introduction, organisation, other_organisation, other_member
):
    with pytest.raises(ValidationError, match="see your introductions"):
        ask(other_organisation, organisation, other_member)
    assert IntroductionRequest.objects.count() == 1


def test_a_crossed_request_is_allowed_once_theirs_is_closed(
    introduction, staff_user, organisation, other_organisation, other_member
):
    introduction_transition(request=introduction, to_state="declined", actor=staff_user, note="No.")
    assert ask(other_organisation, organisation, other_member).state == "requested"


def test_a_closed_request_does_not_block_asking_again(organisation, other_organisation, member):
    IntroductionRequestFactory(
        requester_organisation=organisation,
        requested_organisation=other_organisation,
        state="declined",
    )
    assert ask(organisation, other_organisation, member).state == "requested"


def test_open_requests_are_limited_per_organisation(settings, organisation, member):
    settings.INTRODUCTION_OPEN_REQUESTS_LIMIT = 2
    for _ in range(2):
        ask(organisation, OrganisationFactory(), member)
    with pytest.raises(ValidationError, match="already has 2 introduction requests waiting"):
        ask(organisation, OrganisationFactory(), member)
    assert IntroductionRequest.objects.count() == 2


def test_answered_requests_do_not_count_towards_the_limit(settings, organisation, member):
    settings.INTRODUCTION_OPEN_REQUESTS_LIMIT = 1
    IntroductionRequestFactory(requester_organisation=organisation, state="introduced")
    assert ask(organisation, OrganisationFactory(), member).state == "requested"


def test_the_database_refuses_a_request_to_itself(organisation):
    with pytest.raises(IntegrityError):
        IntroductionRequestFactory(
            requester_organisation=organisation, requested_organisation=organisation
        )


def test_the_rule_against_a_request_to_itself_is_worded_for_people(organisation):
    request = IntroductionRequest(
        requester_organisation=organisation, requested_organisation=organisation
    )
    with translation.override("ko"), pytest.raises(ValidationError) as refused:
        request.validate_constraints()
    assert refused.value.messages == ["기관을 자기 자신에게 소개할 수는 없습니다."]


def test_the_database_refuses_a_second_open_request_for_a_pair(introduction):
    with pytest.raises(IntegrityError):
        IntroductionRequestFactory(
            requester_organisation=introduction.requester_organisation,
            requested_organisation=introduction.requested_organisation, state="forwarded",
        )  # fmt: skip


def test_the_requester_profile_must_be_published(other_organisation):
    draft_member = MembershipFactory(organisation=OrganisationFactory(status="draft")).user
    with pytest.raises(ValidationError, match="must be published"):
        ask(draft_member.memberships.get().organisation, other_organisation, draft_member)


def test_the_database_refuses_a_crossed_open_request(introduction):
    with pytest.raises(IntegrityError):
        IntroductionRequestFactory(
            requester_organisation=introduction.requested_organisation,
            requested_organisation=introduction.requester_organisation,
        )
