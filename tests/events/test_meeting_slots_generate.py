import datetime

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.utils import translation

from events.services import meeting_slots_generate
from tests.events.factories import TableFactory


@pytest.fixture
def bare_event(event):
    event.slots.all().delete()
    event.tables.all().delete()
    return event


def generate(event, actor, *, hours=2, minutes=20, **kwargs):
    return meeting_slots_generate(
        event=event, actor=actor, starts_at=event.starts_at,
        ends_at=event.starts_at + datetime.timedelta(hours=hours), slot_minutes=minutes, **kwargs,
    )  # fmt: skip


def test_back_to_back_slots_of_the_given_length(bare_event, staff_user):
    slots, _tables = generate(bare_event, staff_user)
    assert len(slots) == 6 == bare_event.slots.count()
    assert all(b.starts_at == a.ends_at for a, b in zip(slots, slots[1:], strict=False))


def test_a_last_piece_too_short_is_left_out(bare_event, staff_user):
    slots, _tables = generate(bare_event, staff_user, hours=1, minutes=25)
    assert len(slots) == 2


def test_tables_and_video_links(bare_event, staff_user):
    _slots, tables = generate(
        bare_event, staff_user, tables=2, video_links=["https://meet.example.com/a"]
    )
    assert [(t.name, t.video_url) for t in tables] == [
        ("Table 1", ""), ("Table 2", ""), ("Video link 1", "https://meet.example.com/a"),
    ]  # fmt: skip


def test_new_tables_are_named_on_from_those_there_are(event, staff_user):
    event.slots.all().delete()
    _slots, tables = generate(event, staff_user, tables=1)
    assert tables[0].name == "Table 3" and event.tables.count() == 3


def test_a_korean_staff_member_generates_tables_named_in_english_and_korean(bare_event, staff_user):
    with translation.override("ko"):
        generate(bare_event, staff_user, tables=1, video_links=["https://meet.example.com/a"])
    assert list(bare_event.tables.values_list("name", "name_ko")) == [
        ("Table 1", "테이블 1"), ("Video link 1", "화상회의 링크 1"),
    ]  # fmt: skip


def test_an_english_staff_member_generates_the_korean_names_too(bare_event, staff_user):
    _slots, tables = generate(bare_event, staff_user, tables=2)
    assert [(t.name, t.name_ko) for t in tables] == [
        ("Table 1", "테이블 1"),
        ("Table 2", "테이블 2"),
    ]


def test_a_number_taken_in_either_language_is_skipped(bare_event, staff_user):
    TableFactory(event=bare_event, name="테이블 1")
    TableFactory(event=bare_event, name="Hall B", name_ko="테이블 2")
    _slots, tables = generate(bare_event, staff_user, tables=1)
    assert (tables[0].name, tables[0].name_ko) == ("Table 3", "테이블 3")


def test_slots_overlapping_existing_ones_are_refused(bare_event, staff_user):
    generate(bare_event, staff_user, hours=1, tables=1)
    with pytest.raises(ValidationError, match="overlap"):
        generate(bare_event, staff_user, hours=2, tables=1)
    assert bare_event.slots.count() == 3 and bare_event.tables.count() == 1


@pytest.mark.parametrize(
    "kwargs, error",
    [
        ({"minutes": 2}, "5 to 240"),
        ({"hours": 0}, "after the start"),
        ({"hours": 48}, "within the event"),
        ({"video_links": ["not a link"]}, "web address"),
    ],
)
def test_bad_input_is_refused_and_changes_nothing(bare_event, staff_user, kwargs, error):
    with pytest.raises(ValidationError, match=error):
        generate(bare_event, staff_user, **kwargs)
    assert not bare_event.slots.exists() and not bare_event.tables.exists()


def test_members_may_not(bare_event, member):
    with pytest.raises(PermissionDenied):
        generate(bare_event, member)
