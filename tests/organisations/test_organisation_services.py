import datetime

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone

from accounts.services import language_preference_set
from organisations.models import ConsortiumMembership, Organisation, PublicationStatus
from organisations.services import (
    consortium_member_add,
    organisation_publish,
    organisation_reject,
    organisation_submit,
    organisation_verify,
)
from tests.factories import ConsortiumMembershipFactory, MembershipFactory, OrganisationFactory

DRAFT = PublicationStatus.DRAFT
SUBMITTED = PublicationStatus.SUBMITTED
PUBLISHED = PublicationStatus.PUBLISHED
REJECTED = PublicationStatus.REJECTED


@pytest.fixture
def committed(db, django_capture_on_commit_callbacks):
    """Runs a service as if its transaction committed, so its mail is sent."""

    def run(service, **arguments):
        with django_capture_on_commit_callbacks(execute=True):
            return service(**arguments)

    return run


@pytest.fixture
def submitted(db):
    organisation = OrganisationFactory(name="Bayes Ltd", name_ko="베이즈", status=SUBMITTED)
    MembershipFactory(organisation=organisation, user__email="owner@example.com")
    return organisation


def test_submit_moves_a_draft_to_review(db):
    organisation = OrganisationFactory(status=DRAFT)
    organisation_submit(organisation=organisation)
    organisation.refresh_from_db()
    assert organisation.status == SUBMITTED


def test_submit_after_rejection_clears_the_reason(db):
    organisation = OrganisationFactory(status=REJECTED, rejection_reason="No website")
    organisation_submit(organisation=organisation)
    organisation.refresh_from_db()
    assert (organisation.status, organisation.rejection_reason) == (SUBMITTED, "")


@pytest.mark.parametrize("status", [SUBMITTED, PUBLISHED])
def test_submit_refuses_what_is_already_submitted_or_published(db, status):
    organisation = OrganisationFactory(status=status)
    with pytest.raises(ValidationError, match="Cannot submit"):
        organisation_submit(organisation=organisation)
    assert Organisation.objects.get(pk=organisation.pk).status == status


@pytest.mark.parametrize("status", [SUBMITTED, DRAFT])
def test_publish_accepts_submitted_and_staff_drafts(db, status):
    organisation = OrganisationFactory(status=status)
    organisation_publish(organisation=organisation)
    assert Organisation.objects.get(pk=organisation.pk).status == PUBLISHED


@pytest.mark.parametrize("status", [PUBLISHED, REJECTED])
def test_publish_refuses_published_and_rejected(db, status):
    organisation = OrganisationFactory(status=status, rejection_reason="x" * (status == REJECTED))
    with pytest.raises(ValidationError, match="Cannot publish"):
        organisation_publish(organisation=organisation)
    assert Organisation.objects.get(pk=organisation.pk).status == status


def test_reject_records_the_reason(db):
    organisation = OrganisationFactory(status=SUBMITTED)
    organisation_reject(organisation=organisation, reason="  Add a description.  ")
    organisation.refresh_from_db()
    assert (organisation.status, organisation.rejection_reason) == (REJECTED, "Add a description.")


def test_reject_without_a_reason_changes_nothing(db):
    organisation = OrganisationFactory(status=SUBMITTED)
    with pytest.raises(ValidationError, match="Give a reason"):
        organisation_reject(organisation=organisation, reason="   ")
    assert Organisation.objects.get(pk=organisation.pk).status == SUBMITTED


def test_reject_refuses_a_draft_nobody_submitted(db):
    organisation = OrganisationFactory(status=DRAFT)
    with pytest.raises(ValidationError, match="Cannot reject"):
        organisation_reject(organisation=organisation, reason="Not ready")
    assert Organisation.objects.get(pk=organisation.pk).status == DRAFT


@pytest.mark.parametrize("verified", [True, False])
def test_verify_sets_the_flag(db, verified):
    organisation = OrganisationFactory(verified=not verified)
    organisation_verify(organisation=organisation, verified=verified)
    assert Organisation.objects.get(pk=organisation.pk).verified is verified


def test_transitions_save_updated_at_for_the_matching_engine(db):
    organisation = OrganisationFactory(status=SUBMITTED)
    long_ago = timezone.now() - datetime.timedelta(days=365)
    Organisation.objects.filter(pk=organisation.pk).update(updated_at=long_ago)
    organisation_publish(organisation=organisation)
    assert Organisation.objects.get(pk=organisation.pk).updated_at > long_ago


def test_consortium_member_add_links_the_member(db):
    consortium = OrganisationFactory(kind="consortium")
    member = OrganisationFactory()
    link = consortium_member_add(consortium=consortium, member=member, role="lead")
    assert ConsortiumMembership.objects.get() == link
    assert (link.member, link.role) == (member, "lead")


def test_consortium_member_add_refuses_an_organisation_that_is_not_a_consortium(db):
    company, member = OrganisationFactory(kind="sme"), OrganisationFactory()
    with pytest.raises(ValidationError, match="is not a consortium"):
        consortium_member_add(consortium=company, member=member, role="member")
    assert not ConsortiumMembership.objects.exists()


def test_consortium_member_add_refuses_the_consortium_itself(db):
    consortium = OrganisationFactory(kind="consortium")
    with pytest.raises(ValidationError, match="member of itself"):
        consortium_member_add(consortium=consortium, member=consortium, role="member")


def test_consortium_member_add_refuses_an_existing_member(db):
    link = ConsortiumMembershipFactory()
    with pytest.raises(ValidationError, match="already a member"):
        consortium_member_add(consortium=link.consortium, member=link.member, role="lead")
    assert ConsortiumMembership.objects.get().role == "member"


def test_consortium_member_add_refuses_an_unknown_role(db):
    consortium, member = OrganisationFactory(kind="consortium"), OrganisationFactory()
    with pytest.raises(ValidationError, match="not a consortium role"):
        consortium_member_add(consortium=consortium, member=member, role="boss")


def test_publishing_mails_the_members_a_link_to_the_profile(
    committed, mailoutbox, submitted, settings
):
    settings.SITE_URL = "https://match.example.org"
    committed(organisation_publish, organisation=submitted)
    [mail] = mailoutbox
    assert (
        mail.to == ["owner@example.com"] and "Your profile Bayes Ltd is published" in mail.subject
    )
    assert f"https://match.example.org/organisations/{submitted.pk}/" in mail.body


def test_rejecting_mails_the_members_the_reason_and_the_edit_page(committed, mailoutbox, submitted):
    committed(organisation_reject, organisation=submitted, reason="Add a website.")
    [mail] = mailoutbox
    assert "Changes requested for Bayes Ltd" in mail.subject and "Add a website." in mail.body
    assert f"/organisations/{submitted.pk}/manage/" in mail.body


def test_each_member_reads_the_decision_in_their_language(committed, mailoutbox, submitted):
    language_preference_set(user=submitted.memberships.get().user, language="ko")
    committed(organisation_publish, organisation=submitted)
    [mail] = mailoutbox
    assert mail.subject.endswith("베이즈 프로필이 게시되었습니다")
    assert f"/ko/organisations/{submitted.pk}/" in mail.body


def test_a_refused_decision_mails_no_one(committed, mailoutbox, submitted):
    with pytest.raises(ValidationError):
        committed(organisation_reject, organisation=submitted, reason=" ")
    submitted.status = PUBLISHED
    submitted.save()
    with pytest.raises(ValidationError):
        committed(organisation_publish, organisation=submitted)
    assert mailoutbox == []
