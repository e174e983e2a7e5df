import datetime
import time

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from opportunities import facets, selectors, services
from opportunities.filters import OpportunityFilter
from tests.factories import OpportunityFactory, SectorFactory


def counts_for(**chosen) -> dict[str, dict[str, int]]:
    filterset = OpportunityFilter(chosen, queryset=selectors.opportunity_list(with_relations=False))
    return filterset.facet_counts()


@pytest.fixture
def energy(db):
    return SectorFactory(slug="energy", name="Energy")


@pytest.fixture
def listed(sector, energy):
    """Korea: two smart-city calls, one energy tender; the UK: one energy call."""
    OpportunityFactory.create_batch(2, country="KR", sectors=[sector])
    OpportunityFactory(country="KR", sectors=[energy], kind="tender")
    OpportunityFactory(country="GB", sectors=[energy])


def test_a_chosen_country_narrows_the_sector_counts(listed):
    assert counts_for(country="GB")["sector"] == {"smart-cities": 0, "energy": 1}


def test_a_chosen_country_keeps_every_country_count(listed):
    assert counts_for(country="GB")["country"] == {"KR": 3, "GB": 1}


def test_a_chosen_sector_narrows_countries_and_kinds(listed):
    counts = counts_for(sector="energy")
    assert counts["country"] == {"KR": 1, "GB": 1}
    assert (counts["kind"]["tender"], counts["kind"]["rd_call"]) == (1, 1)


def test_two_chosen_facets_narrow_each_other(listed):
    counts = counts_for(country="KR", sector="energy")
    assert counts["kind"]["tender"] == 1 and counts["kind"]["rd_call"] == 0
    assert counts["sector"] == {"smart-cities": 2, "energy": 1}
    assert counts["country"] == {"KR": 1, "GB": 1}


def test_the_search_narrows_every_facet(listed, energy):
    OpportunityFactory(title="Hydrogen valley", country="GB", sectors=[energy])
    counts = counts_for(q="hydrogen")
    assert counts["country"] == {"KR": 0, "GB": 1} and counts["sector"]["energy"] == 1


def test_open_or_closed_narrows_the_counts(listed, sector):
    OpportunityFactory(country="GB", sectors=[sector], status="archived")
    assert counts_for(status="closed")["country"] == {"KR": 0, "GB": 1}


def test_capabilities_needed_are_counted(digital_twin_challenge, capability):
    assert counts_for(country="GB")["capability"] == {"digital-twins": 1}


def test_drafts_are_never_counted(sector):
    OpportunityFactory(sectors=[sector], status="draft", country="GB")
    counts = counts_for(sector="smart-cities")
    assert counts["country"] == {"GB": 0, "KR": 0} and counts_for()["sector"] == {"smart-cities": 0}


def test_archived_ones_are_counted_as_the_list_shows_them(sector):
    OpportunityFactory(sectors=[sector], status="archived")
    assert counts_for()["sector"] == {"smart-cities": 1}


def test_an_unknown_value_is_ignored_as_the_list_ignores_it(listed):
    assert counts_for(country="ZZ")["sector"] == counts_for()["sector"]


def test_the_same_combination_gives_the_same_counts_object(listed):
    assert counts_for(country="KR")["sector"] is counts_for(country="KR")["sector"]


def test_a_change_shows_in_the_next_counts(listed, energy):
    counts_for(country="GB")
    OpportunityFactory(country="GB", sectors=[energy])
    assert counts_for(country="GB")["sector"]["energy"] == 2


def test_a_sector_taken_off_shows_in_the_next_counts(listed, energy, sector):
    opportunity = OpportunityFactory(country="GB", sectors=[energy])
    counts_for(country="GB")
    services.opportunity_update(opportunity=opportunity, values={"sectors": [sector]})
    assert counts_for(country="GB")["sector"] == {"smart-cities": 1, "energy": 1}


def test_kept_counts_cost_one_query(listed):
    counts_for(country="KR", sector="energy")
    with CaptureQueriesContext(connection) as queries:
        counts_for(country="KR", sector="energy")
    assert len(queries) == 1


def test_a_new_day_counts_afresh(listed, monkeypatch):
    counts_for(status="open")
    tomorrow = timezone.localdate() + datetime.timedelta(days=1)
    monkeypatch.setattr(timezone, "localdate", lambda *args: tomorrow)
    with CaptureQueriesContext(connection) as queries:
        counts_for(status="open")
    assert len(queries) > 1


def test_counts_are_made_afresh_every_ten_minutes_whatever_the_marker(listed, monkeypatch):
    now = time.time()
    monkeypatch.setattr(facets.time, "time", lambda: now)
    counts_for(country="KR")
    monkeypatch.setattr(facets.time, "time", lambda: now + facets.COUNTED_AFRESH_EVERY)
    with CaptureQueriesContext(connection) as queries:
        counts_for(country="KR")
    assert len(queries) == 1 + len(facets.FACETS)


@pytest.fixture
def large_list(listed, monkeypatch):
    """The list taken as large: the marker is read at most every MARKER_CHECKED_EVERY."""
    monkeypatch.setattr(facets, "MARKER_CHECKED_FROM", 1)
    monkeypatch.setattr(facets, "_now", lambda: 1000.0)
    counts_for(country="KR")


def test_a_large_list_reads_no_marker_within_the_second(large_list):
    with CaptureQueriesContext(connection) as queries:
        counts_for(country="KR")
    assert len(queries) == 0


def test_a_large_list_shows_a_change_after_the_second(large_list, energy, monkeypatch):
    OpportunityFactory(country="KR", sectors=[energy])
    monkeypatch.setattr(facets, "_now", lambda: 1000.0 + facets.MARKER_CHECKED_EVERY)
    assert counts_for(country="KR")["sector"]["energy"] == 2


def test_korea_and_the_uk_always_have_a_number(sector):
    OpportunityFactory(sectors=[sector], country="BE")
    assert counts_for()["country"] == {"BE": 1, "GB": 0, "KR": 0}
