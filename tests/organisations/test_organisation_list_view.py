import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone, translation

from organisations.filters import OrganisationFilter
from organisations.models import Organisation
from tests.factories import OrganisationFactory

URL = "organisations:list"


def listed_names(response) -> list[str]:
    return [organisation.name for organisation in response.context["page"].object_list]


def test_lists_published_organisations_only(client, db):
    OrganisationFactory(name="Public Ltd")
    for status in ("draft", "submitted"):
        OrganisationFactory(name=f"Hidden {status}", status=status)
    assert listed_names(client.get(reverse(URL))) == ["Public Ltd"]


@pytest.mark.parametrize(
    "query",
    [
        "country=KR",
        "kind=university",
        "sector=smart-cities",
        "capability=digital-twins",
        "q=한빛",
        "q=DIGITAL TWIN",
        "q=research",
        "q=port+digi",
        "city=daejeon",
        "city=JEON",
    ],
)
def test_filters_narrow_the_list(client, korean_university, query):
    OrganisationFactory(name="Other", country="GB", kind="sme", description="Bakery")
    response = client.get(f"{reverse(URL)}?{query}")
    assert listed_names(response) == ["Hanbit University"]


def test_example_profiles_are_labelled(client, db):
    OrganisationFactory(origin="example")
    response = client.get(reverse(URL))
    assert "Example profile" in response.text


def test_pages_hold_25_organisations(client, db):
    OrganisationFactory.create_batch(30)
    assert len(listed_names(client.get(reverse(URL)))) == 25
    assert len(listed_names(client.get(reverse(URL), {"page": 2}))) == 5


@pytest.mark.parametrize(
    "query",
    [
        "page=abc",
        "page=999",
        "page=-1",
        "country=ZZ",
        "kind=alien",
        "sector=nope",
        "capability=",
        "q=%00",
        "city=%00",
        "sort=sideways",
        "sort=-name",
    ],
)
def test_malformed_query_strings_do_not_fail(client, organisation, query):
    response = client.get(f"{reverse(URL)}?{query}")
    assert response.status_code == 200
    assert listed_names(response) == [organisation.name]


def test_an_invalid_filter_is_explained(client, organisation):
    response = client.get(reverse(URL), {"country": "ZZ"})
    assert "Some filters were not understood" in response.text
    assert "ZZ is not one of the available choices" in response.text


def test_an_unknown_sort_is_explained(client, organisation):
    response = client.get(reverse(URL), {"sort": "sideways"})
    assert "Some filters were not understood" in response.text
    assert "Sort by: Select a valid choice" in response.text


def test_text_without_a_word_finds_nothing(client, organisation):
    assert listed_names(client.get(reverse(URL), {"q": "!!!"})) == []


@pytest.mark.skipif(connection.vendor == "postgresql", reason="the SQLite fallback's behaviour")
def test_without_postgresql_search_finds_part_of_a_word(client, korean_university):
    assert listed_names(client.get(reverse(URL), {"q": "대학"})) == ["Hanbit University"]


@pytest.mark.skipif(connection.vendor != "postgresql", reason="full-text search is PostgreSQL's")
def test_full_text_search_finds_the_start_of_a_word_only(client, korean_university):
    assert listed_names(client.get(reverse(URL), {"q": "한빛"})) == ["Hanbit University"]
    assert listed_names(client.get(reverse(URL), {"q": "대학"})) == []


@pytest.mark.skipif(connection.vendor != "postgresql", reason="ranking is PostgreSQL's")
def test_a_search_orders_by_relevance_unless_a_sort_is_chosen(client, db):
    OrganisationFactory(name="Alpha Ltd", description="Sensors, and a twin.")
    OrganisationFactory(name="Zeta Ltd", description="Twin engines, twin rotors, twin hulls.")
    assert listed_names(client.get(reverse(URL), {"q": "twin"})) == ["Zeta Ltd", "Alpha Ltd"]
    response = client.get(reverse(URL), {"q": "twin", "sort": "name"})
    assert listed_names(response) == ["Alpha Ltd", "Zeta Ltd"]


@pytest.mark.skipif(connection.vendor != "postgresql", reason="the GIN index is PostgreSQL's")
def test_the_search_expression_is_the_indexed_one(db):
    """With a handful of rows the planner would rather scan, so scanning is switched off; all
    organisations, so that the status index is no alternative."""
    with connection.cursor() as cursor:
        cursor.execute("SET LOCAL enable_seqscan = off")
    filterset = OrganisationFilter({"q": "twin"}, queryset=Organisation.objects.all())
    assert "organisation_search_gin" in filterset.qs.explain()


def days_ago(days: int) -> datetime.datetime:
    return timezone.now() - datetime.timedelta(days=days)


@pytest.mark.parametrize(
    ("sort", "expected"),
    [("name", ["Apple", "Banana", "Cherry"]), ("newest", ["Banana", "Cherry", "Apple"]),
     ("updated", ["Cherry", "Apple", "Banana"])],
)  # fmt: skip
def test_sorts(client, db, sort, expected):
    for name, created, updated in [("Banana", 1, 5), ("Apple", 9, 3), ("Cherry", 4, 2)]:
        pk = OrganisationFactory(name=name).pk
        Organisation.objects.filter(pk=pk).update(
            created_at=days_ago(created), updated_at=days_ago(updated)
        )
    assert listed_names(client.get(reverse(URL), {"sort": sort})) == expected


def test_page_links_keep_the_filters_and_sort(client, db):
    OrganisationFactory.create_batch(30, city="Leeds")
    response = client.get(reverse(URL), {"city": "leeds", "sort": "newest"})
    assert 'href="?city=leeds&amp;sort=newest&amp;page=2"' in response.text


@pytest.mark.parametrize("query", [{}, {"q": "organisation", "city": "london", "sort": "newest"}])
@pytest.mark.parametrize("rows", [5, 25])
def test_query_count_does_not_grow_with_rows(
    client, sector, django_assert_max_num_queries, rows, query
):
    OrganisationFactory.create_batch(rows, sectors=[sector])
    # The page, its count, the sectors prefetched, the sector and capability options, and the
    # facet counts (two queries for sectors, one for kind and country; kept past 2,000 rows).
    with django_assert_max_num_queries(8):
        client.get(reverse(URL), query)


def test_filters_show_how_many_published_organisations_each_value_has(client, sector):
    OrganisationFactory.create_batch(2, sectors=[sector], kind="university")
    OrganisationFactory(sectors=[sector], status="draft")
    with translation.override("en"):  # an earlier test's Korean page can leave ko active
        text = client.get(reverse(URL)).text
    assert ">Smart cities (2)</option>" in text and ">University (2)</option>" in text


def test_sector_options_are_in_korean_for_korean_readers(client, sector):
    OrganisationFactory(sectors=[sector])
    # override, not a /ko/ address alone: the request would leave Korean active for later tests.
    with translation.override("ko"):
        assert ">스마트시티 (1)</option>" in client.get(reverse(URL)).text


def test_capabilities_are_grouped_under_their_sector(client, capability):
    with translation.override("en"):
        text = client.get(reverse(URL)).text
    assert '<optgroup label="Smart cities">\n<option value="digital-twins">' in text


def test_a_page_past_the_last_offered_explains_the_cap(client, db, monkeypatch):
    monkeypatch.setattr("organisations.views.MAX_ROWS", 25)
    OrganisationFactory.create_batch(30)
    response = client.get(reverse(URL), {"page": 2000})
    assert response.context["page"].number == 1
    assert "Only the first 1 pages are shown" in response.text


def test_a_deep_page_makes_as_many_queries_as_the_first(client, sector, monkeypatch):
    monkeypatch.setattr("common.pagination.DEFERRED_FROM", 0)
    OrganisationFactory.create_batch(30, sectors=[sector])
    client.get(reverse(URL))  # the taxonomy's options are kept from the first page on
    with CaptureQueriesContext(connection) as first:
        client.get(reverse(URL))
    with CaptureQueriesContext(connection) as deep:
        client.get(reverse(URL), {"page": 2})
    assert len(deep) == len(first)
