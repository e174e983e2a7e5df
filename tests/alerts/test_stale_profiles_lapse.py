import datetime

import pytest
from django.utils import timezone

from alerts.services import stale_profiles_lapse, stale_profiles_remind
from matchmaking.selectors import partners_for_organisation
from organisations.models import Organisation
from organisations.services import organisation_profile_confirm
from tests.factories import MembershipFactory

DAY = datetime.timedelta(days=1)


def make_stale(organisation):
    Organisation.objects.filter(pk=organisation.pk).update(
        profile_confirmed_at=timezone.now() - 400 * DAY
    )


@pytest.fixture
def reminded(organisation, member):
    """`organisation` went stale and its owner was asked `days` days ago."""

    def remind(days: int):
        make_stale(organisation)
        stale_profiles_remind(now=timezone.now() - days * DAY)
        return organisation

    return remind


def lapsed_at(organisation):
    organisation.refresh_from_db()
    return organisation.lapsed_at


def test_an_unanswered_reminder_lapses_the_profile_after_a_month(reminded):
    organisation = reminded(31)
    assert stale_profiles_lapse(now=timezone.now()).lapsed == 1
    assert lapsed_at(organisation) is not None


def test_not_before_a_month(reminded):
    organisation = reminded(29)
    assert stale_profiles_lapse(now=timezone.now()).lapsed == 0
    assert lapsed_at(organisation) is None


def test_a_profile_nobody_was_asked_about_never_lapses(organisation):
    make_stale(organisation)  # no owner to ask
    stale_profiles_remind(now=timezone.now() - 40 * DAY)
    stale_profiles_lapse(now=timezone.now())
    assert lapsed_at(organisation) is None


def test_confirming_after_the_reminder_keeps_it(reminded):
    organisation = organisation_profile_confirm(organisation=reminded(31))
    stale_profiles_lapse(now=timezone.now())
    assert lapsed_at(organisation) is None


def test_a_dry_run_names_it_and_changes_nothing(reminded):
    organisation = reminded(31)
    run = stale_profiles_lapse(now=timezone.now(), dry_run=True)
    assert run.lines == ["lapse: Bayes Example Ltd"] and lapsed_at(organisation) is None


def test_a_lapsed_partner_leaves_suggestions_until_confirmed(uk_sme, korean_partner):
    MembershipFactory(organisation=korean_partner)
    assert [s.target for s in partners_for_organisation(organisation=uk_sme)] == [korean_partner]
    make_stale(korean_partner)
    stale_profiles_remind(now=timezone.now() - 31 * DAY)
    stale_profiles_lapse(now=timezone.now())
    assert partners_for_organisation(organisation=uk_sme) == []
    organisation_profile_confirm(organisation=korean_partner)
    assert [s.target for s in partners_for_organisation(organisation=uk_sme)] == [korean_partner]
