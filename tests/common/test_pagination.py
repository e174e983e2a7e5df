import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from common import pagination
from common.pagination import ListPaginator
from organisations.models import Organisation
from tests.factories import OrganisationFactory


@pytest.fixture
def ten(db):
    OrganisationFactory.create_batch(10)
    return Organisation.objects.order_by("name", "pk")


def test_a_deep_page_reads_ids_first_and_keeps_the_order(ten, monkeypatch):
    monkeypatch.setattr(pagination, "DEFERRED_FROM", 0)
    with CaptureQueriesContext(connection) as queries:
        rows = list(ListPaginator(ten, 4).page(2).object_list)
    assert rows == list(ten[4:8])
    # The count, then the rows by the page's ids, read in a subquery: one statement.
    assert len(queries) == 2
    assert " IN (SELECT " in queries[-1]["sql"]


def test_ids_first_from_zero_reads_even_the_first_page_ids_first(ten):
    with CaptureQueriesContext(connection) as queries:
        rows = list(ListPaginator(ten, 4, ids_first_from=0).page(1).object_list)
    assert rows == list(ten[:4])
    assert len(queries) == 2  # the count, the rows by the page's ids (a subquery)
    assert " IN (SELECT " in queries[-1]["sql"]


def test_a_page_read_ids_first_takes_its_rows_from_the_rows_given(ten):
    lean = Organisation.objects.only("pk", "name")
    rows = list(ListPaginator(ten, 4, ids_first_from=0, rows=lean).page(1).object_list)
    assert rows == list(ten[:4]) and rows[0].get_deferred_fields()


def test_a_large_count_is_kept(ten, monkeypatch):
    monkeypatch.setattr(pagination, "COUNT_KEPT_FROM", 10)
    assert ListPaginator(ten, 4).count == 10
    OrganisationFactory()
    with CaptureQueriesContext(connection) as queries:
        assert ListPaginator(ten, 4).count == 10
    assert len(queries) == 0


def test_a_small_count_is_always_exact(ten):
    assert ListPaginator(ten, 4).count == 10
    OrganisationFactory()
    assert ListPaginator(ten, 4).count == 11


def test_max_rows_caps_the_pages_and_says_so(ten):
    paginator = ListPaginator(ten, 4, max_rows=5)
    assert (paginator.num_pages, paginator.is_capped, paginator.count) == (2, True, 10)


def test_a_page_past_the_cap_gives_the_last_offered(ten):
    assert ListPaginator(ten, 4, max_rows=5).get_page(99).number == 2


def test_an_empty_queryset_counts_nothing_without_a_query(db):
    with CaptureQueriesContext(connection) as queries:
        assert ListPaginator(Organisation.objects.none(), 4).count == 0
    assert len(queries) == 0


def test_a_deep_page_of_dictionaries_is_sliced_as_usual(ten, monkeypatch):
    monkeypatch.setattr(pagination, "DEFERRED_FROM", 0)
    rows = ten.values("name")
    assert list(ListPaginator(rows, 4).page(2).object_list) == list(rows[4:8])


def test_known_ids_are_counted_and_paged_in_their_order_in_one_query(ten):
    ids = list(ten.values_list("pk", flat=True))[::-1]
    marked = pagination.ordered_ids_set(ten.filter(pk__in=ids), ids, rows=ten)
    with CaptureQueriesContext(connection) as queries:
        paginator = ListPaginator(marked, 4)
        rows = list(paginator.page(2).object_list)
    assert paginator.count == 10 and [row.pk for row in rows] == ids[4:8]
    assert len(queries) == 1


def test_a_further_filter_drops_the_known_ids(ten):
    ids = list(ten.values_list("pk", flat=True))
    marked = pagination.ordered_ids_set(ten.all(), ids, rows=ten)
    assert ListPaginator(marked.filter(pk__in=ids[:3]), 4).count == 3
