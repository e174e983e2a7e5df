import datetime

import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from events.models import Event
from events.services import event_save

SEOUL = datetime.timezone(datetime.timedelta(hours=9))


@pytest.fixture
def fields():
    return {
        "slug": "busan-ai-day", "title": "Busan AI brokerage day", "kind": "brokerage_day",
        "starts_at": datetime.datetime(2027, 5, 10, 9, tzinfo=SEOUL),
        "ends_at": datetime.datetime(2027, 5, 10, 18, tzinfo=SEOUL),
        "time_zone": "Asia/Seoul", "city": "Busan", "country": "KR",
        "registration_opens_at": datetime.datetime(2027, 3, 1, tzinfo=SEOUL),
        "registration_closes_at": datetime.datetime(2027, 5, 1, tzinfo=SEOUL),
    }  # fmt: skip


def test_staff_create_a_draft_with_organisers_and_opportunities(
    staff_user, fields, organisation, open_call
):
    event = event_save(
        actor=staff_user, fields=fields, organisers=[organisation], opportunities=[open_call]
    )
    assert event.status == "draft" and list(event.organisers.all()) == [organisation]
    assert list(event.opportunities.all()) == [open_call]


def test_staff_change_an_event(staff_user, event):
    event_save(actor=staff_user, event=event, fields={"title": "Seoul 6G day"})
    event.refresh_from_db()
    assert event.title == "Seoul 6G day" and event.slug == "seoul-5g"


def test_an_event_ending_before_it_starts_is_refused(staff_user, fields):
    fields["ends_at"] = fields["starts_at"] - datetime.timedelta(hours=1)
    with pytest.raises(ValidationError):
        event_save(actor=staff_user, fields=fields)
    assert not Event.objects.exists()


def test_the_slug_of_a_staff_page_is_refused(staff_user, fields):
    with pytest.raises(ValidationError, match="staff page"):
        event_save(actor=staff_user, fields={**fields, "slug": "new"})


def test_members_may_not(member, fields):
    with pytest.raises(PermissionDenied):
        event_save(actor=member, fields=fields)
    assert not Event.objects.exists()
