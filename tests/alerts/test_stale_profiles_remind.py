import datetime

import pytest
from django.utils import timezone

from accounts.services import language_preference_set
from alerts.services import stale_profiles_remind
from organisations.models import Organisation
from organisations.services import organisation_profile_confirm
from tests.factories import MembershipFactory

YEAR = datetime.timedelta(days=366)


@pytest.fixture
def stale(organisation):
    """`organisation`, last confirmed over a year ago."""
    Organisation.objects.filter(pk=organisation.pk).update(
        profile_confirmed_at=timezone.now() - YEAR
    )
    organisation.refresh_from_db()
    return organisation


def send(days_later: int = 0):
    return stale_profiles_remind(now=timezone.now() + datetime.timedelta(days=days_later))


def test_owners_are_asked_with_a_confirm_and_an_update_link(stale, member, mailoutbox):
    MembershipFactory(organisation=stale, role="editor")
    send()
    assert [m.to for m in mailoutbox] == [[member.email]]
    assert "/alerts/profile/confirm/" in mailoutbox[0].body
    assert f"/organisations/{stale.pk}/manage/" in mailoutbox[0].body


def test_once_per_confirmation(stale, member, mailoutbox):
    send()
    send(days_later=20)
    assert len(mailoutbox) == 1


def test_asked_again_a_year_after_the_next_confirmation(stale, member, mailoutbox):
    send()
    organisation_profile_confirm(organisation=stale)
    send(days_later=10)
    send(days_later=370)
    assert len(mailoutbox) == 2


@pytest.mark.parametrize("status", ["draft", "submitted", "rejected"])
def test_unpublished_profiles_are_not_asked_about(stale, member, mailoutbox, status):
    reason = "Out of date." if status == "rejected" else ""
    Organisation.objects.filter(pk=stale.pk).update(status=status, rejection_reason=reason)
    send()
    assert mailoutbox == []


def test_profiles_confirmed_within_the_year_are_not_asked_about(member, mailoutbox):
    send(days_later=300)
    assert mailoutbox == []


def test_the_reminder_names_the_profile_in_the_owners_language(stale, member, mailoutbox):
    Organisation.objects.filter(pk=stale.pk).update(name_ko="베이즈 예시")
    language_preference_set(user=member, language="ko")
    send()
    assert mailoutbox[0].subject.endswith("베이즈 예시의 프로필이 여전히 최신 정보입니까?")
    assert "“베이즈 예시”" in mailoutbox[0].body and "Bayes" not in mailoutbox[0].body


def test_an_english_owner_reads_the_english_name(stale, member, mailoutbox):
    Organisation.objects.filter(pk=stale.pk).update(name_ko="베이즈 예시")
    send()
    assert "“Bayes Example Ltd”" in mailoutbox[0].body and "베이즈" not in mailoutbox[0].body
