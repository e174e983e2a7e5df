import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from events.models import MeetingSlot, Table
from tests.events.factories import MeetingSlotFactory
from tests.events.staff_roles import WRITE_ROLES


def slot_url(slot):
    return f"/staff/events/seoul-5g/slots/{slot.pk}/delete/"


def table_url(table):
    return f"/staff/events/seoul-5g/tables/{table.pk}/delete/"


@pytest.mark.parametrize("role, status", WRITE_ROLES)
def test_slot_removal_matrix(login_as, event, role, status):
    slot = event.slots.first()
    assert login_as(role).post(slot_url(slot)).status_code == status
    assert MeetingSlot.objects.filter(pk=slot.pk).exists() == (role != "staff")


@pytest.mark.parametrize("role, status", WRITE_ROLES)
def test_table_removal_matrix(login_as, event, role, status):
    table = event.tables.first()
    assert login_as(role).post(table_url(table)).status_code == status
    assert Table.objects.filter(pk=table.pk).exists() == (role != "staff")


def test_a_refusal_is_shown_on_the_setup_page(login_as, published_meeting):
    response = login_as("staff").post(slot_url(published_meeting.scheduled.slot), follow=True)
    assert "1 meeting is scheduled in this slot" in response.content.decode()
    assert MeetingSlot.objects.filter(pk=published_meeting.scheduled.slot.pk).exists()


def test_the_setup_page_offers_to_remove_each_slot_and_table(login_as, event):
    page = login_as("staff").get("/staff/events/seoul-5g/setup/").content.decode()
    assert page.count("/slots/") - 1 == 3 and page.count("/tables/") == 2


def test_the_setup_pages_queries_do_not_grow_with_slots(login_as, event):
    client = login_as("staff")
    with CaptureQueriesContext(connection) as before:
        client.get("/staff/events/seoul-5g/setup/")
    for _ in range(5):
        MeetingSlotFactory(event=event)
    with CaptureQueriesContext(connection) as after:
        client.get("/staff/events/seoul-5g/setup/")
    assert len(after) == len(before)


def test_a_korean_reader_sees_each_table_in_korean_with_its_english_name(
    login_as, tables_in_korean
):
    page = login_as("staff").get("/ko/staff/events/seoul-5g/setup/").text
    assert '<span lang="ko">테이블 1</span> <span class="muted" lang="en">Table 1</span>' in page
    assert ': <span lang="ko">테이블 1</span>, <span lang="ko">테이블 2</span>.' in page
