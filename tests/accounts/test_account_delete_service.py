import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from django.core.exceptions import ValidationError

from accounts.models import TimeZonePreference
from accounts.services import account_delete, language_preference_set, time_zone_preference_set
from alerts.models import SavedSearch
from api.models import ApiToken
from introductions.models import IntroductionEvent
from organisations.models import Membership
from tests.factories import MembershipFactory

PASSWORD = "correct-horse-battery"


@pytest.fixture
def co_owner(organisation):
    """A second owner of `organisation`, so `member` is no longer its only one."""
    return MembershipFactory(organisation=organisation, role="owner").user


def test_a_wrong_password_deletes_nothing(member):
    with pytest.raises(ValidationError) as error:
        account_delete(user=member, password="nope")
    assert "password" in error.value.error_dict
    assert get_user_model().objects.filter(pk=member.pk).exists()


def test_the_only_owner_is_refused_by_the_organisations_name(member):
    with pytest.raises(ValidationError, match="only owner of “Bayes Example Ltd”"):
        account_delete(user=member, password=PASSWORD)
    assert Membership.objects.filter(user=member).exists()


def test_an_editor_is_not_held_back_by_the_owner_rule(editor):
    account_delete(user=editor, password=PASSWORD)
    assert not get_user_model().objects.filter(pk=editor.pk).exists()


def test_with_a_co_owner_the_account_and_its_own_rows_go(member_data, co_owner, other_member_data):
    account_delete(user=member_data, password=PASSWORD)
    assert not Membership.objects.filter(user_id=member_data.pk).exists()
    assert list(SavedSearch.objects.values_list("name", flat=True)) == ["Theirs search"]
    assert list(ApiToken.objects.values_list("name", flat=True)) == ["Theirs token"]


def test_the_chosen_time_zone_goes_with_the_account(member, co_owner, other_member):
    time_zone_preference_set(user=member, time_zone="Asia/Seoul")
    time_zone_preference_set(user=other_member, time_zone="Europe/Paris")
    account_delete(user=member, password=PASSWORD)
    assert list(TimeZonePreference.objects.values_list("time_zone", flat=True)) == ["Europe/Paris"]


def test_the_request_stays_with_an_anonymous_requester_and_its_trail(introduction, co_owner):
    account_delete(user=introduction.requested_by, password=PASSWORD)
    introduction.refresh_from_db()
    assert introduction.requested_by is None
    assert introduction.message == "A joint pilot of port digital twins."
    assert IntroductionEvent.objects.get(request=introduction).actor is None


def test_a_confirmation_is_mailed_to_the_deleted_address(
    member, co_owner, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        account_delete(user=member, password=PASSWORD)
    assert mail.outbox[0].to == [member.email]
    assert "has been deleted" in mail.outbox[0].body


def test_the_confirmation_is_in_the_language_the_member_chose(
    member, co_owner, django_capture_on_commit_callbacks
):
    language_preference_set(user=member, language="ko")
    with django_capture_on_commit_callbacks(execute=True):
        account_delete(user=member, password=PASSWORD)
    assert mail.outbox[0].subject.endswith("계정이 삭제되었습니다")
