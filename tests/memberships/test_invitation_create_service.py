import pytest
from django.core import mail
from django.core.exceptions import PermissionDenied, ValidationError
from django.utils import translation

from memberships.models import Invitation, InvitationState
from memberships.services import invitation_create, invitation_revoke


def test_an_address_without_an_account_is_mailed_a_link(invitation, token):
    assert invitation.state() == InvitationState.PENDING
    assert mail.outbox[-1].to == ["mina@newcomer.example.kr"]
    assert f"/invitations/{token}/" in mail.outbox[-1].body


def test_the_mail_is_in_the_inviters_language(
    organisation, member, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        invitation_create(
            organisation=organisation, invited_by=member, email="a@b.kr", language="ko"
        )
    assert "/ko/invitations/" in mail.outbox[-1].body


def test_an_editor_may_not_invite(organisation, editor):
    with pytest.raises(PermissionDenied):
        invitation_create(organisation=organisation, invited_by=editor, email="a@b.kr")
    assert not Invitation.objects.exists()


def test_a_second_waiting_invitation_to_one_address_is_refused(invitation, organisation, member):
    with pytest.raises(ValidationError, match="already has an invitation"):
        invitation_create(
            organisation=organisation, invited_by=member, email="MINA@newcomer.example.kr"
        )


def test_an_existing_member_is_not_invited(organisation, member, editor):
    with pytest.raises(ValidationError, match="already a member"):
        invitation_create(organisation=organisation, invited_by=member, email=editor.email)


def test_a_malformed_address_is_refused(organisation, member):
    with pytest.raises(ValidationError, match="valid email"):
        invitation_create(organisation=organisation, invited_by=member, email="not-an-address")


@pytest.fixture
def two_allowed(settings, invitation):
    settings.MEMBERSHIP_PENDING_INVITATIONS_LIMIT = 2
    return invitation


def test_an_owner_cannot_invite_past_the_waiting_limit(two_allowed, organisation, member):
    invitation_create(organisation=organisation, invited_by=member, email="b@b.kr")
    with pytest.raises(ValidationError, match="2 invitations waiting, the most allowed"):
        invitation_create(organisation=organisation, invited_by=member, email="c@b.kr")
    assert Invitation.objects.count() == 2


def test_a_revoked_invitation_frees_its_place(two_allowed, organisation, member):
    invitation_create(organisation=organisation, invited_by=member, email="b@b.kr")
    invitation_revoke(invitation=two_allowed, by=member)
    assert invitation_create(organisation=organisation, invited_by=member, email="c@b.kr")


def test_staff_are_not_held_to_the_waiting_limit(two_allowed, organisation, member, staff_user):
    invitation_create(organisation=organisation, invited_by=member, email="b@b.kr")
    assert invitation_create(organisation=organisation, invited_by=staff_user, email="c@b.kr")


def test_the_mail_names_the_organisation_in_the_inviters_language(
    organisation, member, django_capture_on_commit_callbacks
):
    organisation.name_ko = "베이즈 예시"
    organisation.save()
    with django_capture_on_commit_callbacks(execute=True):
        for address, language in (("a@b.kr", "ko"), ("c@d.uk", "en")):
            invitation_create(
                organisation=organisation, invited_by=member, email=address, language=language
            )
    korean, english = mail.outbox[-2:]
    assert "베이즈 예시" in korean.subject + korean.body and "Bayes" not in korean.body
    assert "Bayes Example Ltd" in english.subject and "베이즈" not in english.body


def test_a_korean_refusal_names_the_organisation_in_korean(organisation, member, editor):
    organisation.name_ko = "베이즈 예시"
    with translation.override("ko"), pytest.raises(ValidationError, match="‘베이즈 예시’"):
        invitation_create(organisation=organisation, invited_by=member, email=editor.email)
