"""organisation_update: a member's change of identity sends the profile back to review."""

import pytest
from django.core.exceptions import ValidationError

from matchmaking.selectors import partners_for_organisation
from organisations.models import Organisation
from organisations.services import organisation_publish, organisation_update

IDENTITY_CHANGES = [
    {"name": "Samsung Research (official)"},
    {"name_ko": "삼성리서치"},
    {"website": "https://samsung-research.example"},
    {"country": "KR"},
    {"kind": "large_company"},
]
IDENTITY_SAID = ["name", "Korean name", "website", "country", "type"]


@pytest.fixture
def verified(organisation):
    Organisation.objects.filter(pk=organisation.pk).update(verified=True)
    organisation.refresh_from_db()
    return organisation


@pytest.mark.parametrize("values, said", list(zip(IDENTITY_CHANGES, IDENTITY_SAID, strict=True)))
def test_a_members_change_of_identity_goes_back_to_review(verified, values, said):
    organisation_update(organisation=verified, values=values)
    verified.refresh_from_db()
    assert (verified.status, verified.verified) == ("submitted", False)
    assert f"its {said} changed" in verified.review_reason


@pytest.mark.parametrize(
    "values",
    [
        {"description": "New text."},
        {"name": "Bayes Example Ltd"},
        {"city": "Leeds", "city_ko": "리즈"},  # where it is, not who it is
    ],
)
def test_other_edits_and_unchanged_names_keep_it_published(verified, values):
    organisation_update(organisation=verified, values=values)
    verified.refresh_from_db()
    assert (verified.status, verified.verified, verified.review_reason) == ("published", True, "")


def test_staff_may_change_the_identity_without_review(verified):
    organisation_update(organisation=verified, values={"name": "Renamed"}, by_staff=True)
    verified.refresh_from_db()
    assert (verified.name, verified.status, verified.verified) == ("Renamed", "published", True)


def test_a_draft_renamed_stays_a_draft(organisation):
    Organisation.objects.filter(pk=organisation.pk).update(status="draft", verified=True)
    organisation_update(organisation=organisation, values={"name": "Renamed"})
    organisation.refresh_from_db()
    assert (organisation.status, organisation.verified, organisation.review_reason) == (
        "draft", False, "",
    )  # fmt: skip


def test_staff_approval_clears_the_reason(verified):
    organisation_update(organisation=verified, values={"name": "Renamed"})
    organisation_publish(organisation=verified)
    verified.refresh_from_db()
    assert (verified.status, verified.review_reason) == ("published", "")


def test_it_drops_out_of_suggestions_until_approved(uk_sme, korean_partner):
    assert [s.target for s in partners_for_organisation(organisation=uk_sme)] == [korean_partner]
    organisation_update(organisation=korean_partner, values={"name": "Busan Radio (official)"})
    assert partners_for_organisation(organisation=uk_sme) == []


def test_an_invisible_character_in_the_name_is_refused(verified):
    with pytest.raises(ValidationError) as error:
        organisation_update(organisation=verified, values={"name": "Sam\u200bsung"})
    assert "U+200B" in str(error.value.message_dict["name"])
    verified.refresh_from_db()
    assert verified.name == "Bayes Example Ltd"
