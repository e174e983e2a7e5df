"""profile_confirmed_at and lapsed_at: a member's edit, submission or confirmation says the
profile is current."""

import datetime

import pytest
from django.utils import timezone

from organisations.models import Organisation
from organisations.services import (
    organisation_profile_confirm,
    organisation_submit,
    organisation_update,
)

LONG_AGO = timezone.now() - datetime.timedelta(days=400)


@pytest.fixture
def lapsed(organisation):
    Organisation.objects.filter(pk=organisation.pk).update(
        profile_confirmed_at=LONG_AGO, lapsed_at=LONG_AGO, updated_at=LONG_AGO
    )
    organisation.refresh_from_db()
    return organisation


def test_confirming_brings_a_lapsed_profile_back_and_tells_the_matching_index(lapsed):
    organisation_profile_confirm(organisation=lapsed)
    lapsed.refresh_from_db()
    assert lapsed.lapsed_at is None
    assert lapsed.profile_confirmed_at > LONG_AGO and lapsed.updated_at > LONG_AGO


def test_confirming_a_current_profile_does_not_count_as_an_update(organisation):
    before = organisation.updated_at
    organisation_profile_confirm(organisation=organisation)
    organisation.refresh_from_db()
    assert organisation.updated_at == before


def test_an_edit_confirms_it(lapsed):
    organisation_update(organisation=lapsed, values={"city": "Busan"})
    lapsed.refresh_from_db()
    assert lapsed.lapsed_at is None and lapsed.profile_confirmed_at > LONG_AGO


def test_submitting_confirms_it(lapsed):
    Organisation.objects.filter(pk=lapsed.pk).update(status="draft")
    organisation_submit(organisation=lapsed)
    lapsed.refresh_from_db()
    assert lapsed.profile_confirmed_at > LONG_AGO


def test_a_new_profile_counts_as_confirmed_and_is_not_due(organisation):
    assert not organisation.confirmation_due()
    assert organisation.confirmation_due(now=timezone.now() + datetime.timedelta(days=366))
