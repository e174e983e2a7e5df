import datetime

from django.contrib.auth.models import AnonymousUser
from django.utils import timezone

from events.selectors import event_list
from tests.events.factories import EventFactory


def days(n: int) -> datetime.datetime:
    return timezone.now() + datetime.timedelta(days=n)


def test_upcoming_first_soonest_then_past_latest(db):
    late, soon = EventFactory(starts_at=days(60)), EventFactory(starts_at=days(5))
    old, recent = EventFactory(starts_at=days(-300)), EventFactory(starts_at=days(-10))
    assert list(event_list(user=AnonymousUser())) == [soon, late, recent, old]


def test_drafts_are_for_staff_only(db, staff_user):
    draft = EventFactory(status="draft")
    assert list(event_list(user=AnonymousUser())) == []
    assert list(event_list(user=staff_user)) == [draft]
