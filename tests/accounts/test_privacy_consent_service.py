import datetime

from django.utils import timezone

from accounts.services import privacy_consent_record


def test_accepting_the_same_version_again_keeps_the_first_time(member):
    first = timezone.now() - datetime.timedelta(days=3)
    privacy_consent_record(user=member, notice_version="v1", at=first)
    assert privacy_consent_record(user=member, notice_version="v1").accepted_at == first


def test_a_new_version_is_recorded_beside_the_old(member):
    privacy_consent_record(user=member, notice_version="v1")
    privacy_consent_record(user=member, notice_version="v2")
    assert sorted(member.privacy_consents.values_list("notice_version", flat=True)) == ["v1", "v2"]
