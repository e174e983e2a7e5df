"""On PostgreSQL the marks come from a function (migration 0012), planned once per connection:
it must give what the plain statement gives, mark for mark."""

import pytest
from django.db import connection

from matchmaking.index_store import _marks_sql
from tests.factories import OpportunityFactory, OrganisationFactory, ProjectFactory

pytestmark = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="the function exists on PostgreSQL only"
)


def rows(sql: str) -> list[tuple]:
    with connection.cursor() as cursor:
        cursor.execute(sql)
        return cursor.fetchall()


def test_the_function_gives_the_plain_statements_marks(db):
    OrganisationFactory().delete()
    OpportunityFactory(), ProjectFactory(participants=[OrganisationFactory()])
    assert rows("SELECT * FROM matchmaking_marks()") == rows(_marks_sql())
