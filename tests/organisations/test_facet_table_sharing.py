"""A large facet table is shared by the server's processes through a file under var/: one
process rebuilds it, the others map the newer file; without a writable directory each process
keeps its own. Two processes are simulated by swapping the module's kept tables."""

import time as real_time
from types import SimpleNamespace

import numpy as np
import pytest

from organisations import facet_file, facets
from tests.factories import CapabilityFactory, OrganisationFactory


@pytest.fixture
def clock(monkeypatch):
    """Both clocks the module reads, moved together by the test."""
    offset = [0.0]
    monkeypatch.setattr(
        facets,
        "time",
        SimpleNamespace(
            monotonic=lambda: 1000.0 + offset[0], time=lambda: real_time.time() + offset[0]
        ),
    )
    return offset


@pytest.fixture
def shared(monkeypatch, tmp_path, sector, clock, refreshes):
    """Tables shared from a temporary directory, every table counting as large."""
    monkeypatch.setattr(facets, "FACETS_KEPT_FROM", 1)
    monkeypatch.setattr(facets, "_shared_directory", lambda: tmp_path)
    OrganisationFactory(sectors=[sector])
    return tmp_path


def other_process(monkeypatch) -> None:
    """From here on the module is a second process: no table of its own yet."""
    monkeypatch.setattr(facets, "_tables", {})
    monkeypatch.setattr(facets, "_refreshing", facets.threading.Lock())


def sector_count(sector) -> int:
    return facets.organisation_facet_counts(chosen={})["sector"][sector.slug]


def test_a_large_table_is_mapped_from_its_file(shared):
    table = facets.facet_table()
    assert not table.ids.flags.writeable and list(shared.glob("*.table"))


def test_a_second_process_maps_the_first_ones_file(shared, monkeypatch, sector):
    facets.facet_table()
    built = []
    monkeypatch.setattr(facets, "facet_table_build", lambda: built.append(1))
    other_process(monkeypatch)
    assert sector_count(sector) == 1 and not built


def test_a_rebuild_by_one_process_is_seen_by_another(shared, monkeypatch, sector, clock, refreshes):
    facets.facet_table()
    first = facets._tables
    other_process(monkeypatch)
    facets.facet_table()
    OrganisationFactory(sectors=[sector])
    clock[0] += facets.REBUILT_AT_MOST_EVERY
    monkeypatch.setattr(facets, "_tables", first)
    facets.facet_table()
    refreshes.pop()()  # the first process rebuilds the file
    other_process(monkeypatch)
    assert sector_count(sector) == 2


def test_a_process_maps_a_newer_file_on_its_next_page(shared, sector, clock, refreshes):
    facets.facet_table()
    OrganisationFactory(sectors=[sector])
    clock[0] += facets.REBUILT_AT_MOST_EVERY
    facets.facet_table()
    refreshes.pop()()
    assert sector_count(sector) == 2


def test_only_one_process_reads_the_marker_per_interval(shared, monkeypatch, clock, refreshes):
    facets.facet_table()
    first = facets._tables
    other_process(monkeypatch)
    facets.facet_table()
    second = facets._tables
    clock[0] += facets.CHECKED_EVERY
    monkeypatch.setattr(facets, "_tables", first)
    facets.facet_table()
    refreshes.pop()()  # the first process reads the marker
    monkeypatch.setattr(facets, "_tables", second)
    read = []
    monkeypatch.setattr(facets, "facet_marker", lambda database: read.append(1))
    facets.facet_table()
    assert read == [] and not refreshes  # nor a thread started to find that out


def test_a_stale_file_is_replaced_when_a_process_starts(shared, monkeypatch, sector):
    facets.facet_table()
    (path,) = shared.glob("*.table")
    before = facet_file.identity_of(path)
    OrganisationFactory(sectors=[sector])
    other_process(monkeypatch)
    assert sector_count(sector) == 2 and facet_file.identity_of(path) != before


def test_without_a_writable_directory_each_process_keeps_its_own(
    shared, monkeypatch, tmp_path, sector
):
    (tmp_path / "file").write_text("")
    monkeypatch.setattr(facets, "_shared_directory", lambda: tmp_path / "file" / "facets")
    table = facets.facet_table()
    assert table.ids.flags.writeable and sector_count(sector) == 1


def test_the_shared_table_counts_what_a_process_own_counts(shared, monkeypatch, sector):
    capability = CapabilityFactory()
    OrganisationFactory(country="KR", kind="university", sectors=[sector], offers=[capability])
    OrganisationFactory(country="KR", kind="sme", offers=[capability])
    chosen = {"country": "KR", "sector": sector.slug}
    mapped = facets.organisation_facet_counts(chosen=chosen, city="e")
    other_process(monkeypatch)
    monkeypatch.setattr(facets, "_shared_directory", lambda: None)
    assert facets.organisation_facet_counts(chosen=chosen, city="e") == mapped


def test_a_file_of_another_format_is_not_read(tmp_path, monkeypatch):
    path = tmp_path / "t.table"
    arrays = {name: np.zeros(2, dtype=np.int16) for name in facet_file.ARRAYS}
    values = dict.fromkeys(facet_file.VALUES, ("a",))
    facet_file.table_write(path, arrays=arrays, values=values, marker=(1,), built=0.0)
    monkeypatch.setattr(facet_file, "FORMAT", facet_file.FORMAT + 1)
    assert facet_file.table_map(path) is None


def test_the_marker_is_read_again_after_the_interval(shared, monkeypatch, clock, refreshes):
    facets.facet_table()
    read = []
    marker = facets.facet_marker
    monkeypatch.setattr(facets, "facet_marker", lambda database: read.append(1) or marker(database))
    for _ in range(2):
        clock[0] += facets.CHECKED_EVERY
        facets.facet_table()
        refreshes.pop()()
    assert read == [1, 1]


def test_a_shared_rebuild_hands_its_freed_heap_back(shared, monkeypatch, sector, clock, refreshes):
    trims = []
    monkeypatch.setattr(facets, "heap_trim", lambda: trims.append(1))
    facets.facet_table()
    OrganisationFactory(sectors=[sector])
    clock[0] += facets.REBUILT_AT_MOST_EVERY
    facets.facet_table()
    refreshes.pop()()
    assert trims == [1]
