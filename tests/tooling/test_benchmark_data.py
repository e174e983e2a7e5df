import pytest
from django.db import connection, transaction

from tooling.benchmark.data import database_settled

on_postgresql = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="VACUUM is PostgreSQL's"
)


@on_postgresql
@pytest.mark.django_db(transaction=True)
def test_the_database_is_vacuumed_and_analysed_before_timing():
    assert database_settled() == "; vacuumed and analysed"


@pytest.mark.django_db
def test_inside_a_transaction_or_on_sqlite_nothing_is_run():
    with transaction.atomic():
        assert database_settled() == ""
