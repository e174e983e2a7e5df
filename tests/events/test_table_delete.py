import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.utils import translation

from events.models import Table
from events.services import table_delete


def test_a_free_table_is_removed(event, staff_user):
    table_delete(table=event.tables.first(), actor=staff_user)
    assert list(event.tables.values_list("name", flat=True)) == ["Table 2"]


def test_members_cannot_remove_tables(event, member):
    with pytest.raises(PermissionDenied):
        table_delete(table=event.tables.first(), actor=member)
    assert event.tables.count() == 2


def test_a_table_holding_a_meeting_is_kept(published_meeting, staff_user):
    table = published_meeting.scheduled.table
    with pytest.raises(ValidationError, match="1 meeting is scheduled at"):
        table_delete(table=table, actor=staff_user)
    assert Table.objects.filter(pk=table.pk).exists()


def test_the_refusal_names_the_table_in_the_readers_language(
    published_meeting, staff_user, tables_in_korean
):
    table = published_meeting.scheduled.table
    with translation.override("ko"), pytest.raises(ValidationError, match=table.name_ko):
        table_delete(table=table, actor=staff_user)
