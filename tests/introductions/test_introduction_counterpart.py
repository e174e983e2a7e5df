import pytest
from django.core.exceptions import PermissionDenied
from django.utils import translation

from introductions.selectors.visibility import introduction_counterpart
from introductions.services import introduction_transition
from tests.factories import UserFactory


@pytest.fixture
def forwarded(introduction, staff_user):
    """A request staff have passed on; both organisations have contact details on file."""
    introduction.requester_organisation.contact_email = "uk@example.com"
    introduction.requester_organisation.save()
    introduction.requested_organisation.contact_email = "kr@example.kr"
    introduction.requested_organisation.save()
    return introduction_transition(request=introduction, to_state="forwarded", actor=staff_user)


def test_before_acceptance_the_recipient_sees_no_name_and_no_contacts(forwarded, other_member):
    counterpart = introduction_counterpart(request=forwarded, user=other_member)
    assert counterpart.name == "SME in United Kingdom"
    assert "Bayes" not in str(counterpart) and not counterpart.has_contacts


def test_before_acceptance_the_requester_sees_whom_they_asked_but_no_contacts(forwarded, member):
    counterpart = introduction_counterpart(request=forwarded, user=member)
    assert counterpart.name == "Seoul Example Co"
    assert not counterpart.has_contacts


def test_after_acceptance_both_sides_see_each_others_contacts(forwarded, member, other_member):
    introduction_transition(request=forwarded, to_state="introduced", actor=other_member)
    recipient_view = introduction_counterpart(request=forwarded, user=other_member)
    requester_view = introduction_counterpart(request=forwarded, user=member)
    assert (recipient_view.name, recipient_view.contact_email) == (
        "Bayes Example Ltd",
        "uk@example.com",
    )
    assert (requester_view.name, requester_view.contact_email) == (
        "Seoul Example Co",
        "kr@example.kr",
    )


def test_the_recipient_cannot_look_before_staff_forward_it(introduction, other_member):
    with pytest.raises(PermissionDenied):
        introduction_counterpart(request=introduction, user=other_member)


@pytest.mark.parametrize("outsider", ["stranger", "staff"])
def test_only_the_two_organisations_have_a_counterpart(forwarded, staff_user, outsider):
    user = staff_user if outsider == "staff" else UserFactory()
    with pytest.raises(PermissionDenied):
        introduction_counterpart(request=forwarded, user=user)


def test_the_requesting_member_is_the_contact_when_their_organisation_has_none(
    forwarded, member, other_member
):
    forwarded.requester_organisation.contact_email = ""
    forwarded.requester_organisation.save()
    introduction_transition(request=forwarded, to_state="introduced", actor=other_member)
    assert (
        introduction_counterpart(request=forwarded, user=other_member).contact_email == member.email
    )


def test_the_anonymised_requester_shows_its_sectors(forwarded, other_member, sector):
    forwarded.requester_organisation.sectors.set([sector])
    counterpart = introduction_counterpart(request=forwarded, user=other_member)
    assert counterpart.name == "SME in United Kingdom, working in Smart cities"


def test_the_anonymised_requester_reads_in_korean_for_a_korean_reader(
    forwarded, other_member, sector
):
    forwarded.requester_organisation.sectors.set([sector])
    with translation.override("ko"):
        name = introduction_counterpart(request=forwarded, user=other_member).name
    assert name == "영국의 중소기업, 스마트시티 분야"


def test_the_accepting_member_is_the_contact_when_their_organisation_has_none(
    forwarded, member, other_member
):
    forwarded.requested_organisation.contact_email = ""
    forwarded.requested_organisation.save()
    introduction_transition(request=forwarded, to_state="introduced", actor=other_member)
    assert introduction_counterpart(request=forwarded, user=member).contact_email == (
        other_member.email
    )


def test_the_requester_sees_whom_they_asked_in_their_own_language(forwarded, member):
    forwarded.requested_organisation.name_ko = "서울 예시"
    forwarded.requested_organisation.save()
    with translation.override("ko"):
        korean = introduction_counterpart(request=forwarded, user=member)
    english = introduction_counterpart(request=forwarded, user=member)
    assert (korean.name, korean.name_language) == ("서울 예시", "ko")
    assert (english.name, english.name_language) == ("Seoul Example Co", "en")
