"""Edits written into the index in use (copy_for_update(exclusive=True)), as gunicorn's sync
workers apply them: the same answers as an index updated on a copy."""

import datetime

import numpy as np
import pytest

from matchmaking.engine.index import IndexOutOfDate, MatchingIndex
from matchmaking.engine.records import OrganisationRecords
from tooling import naive
from tooling.random_records import random_records

TODAY = datetime.date(2026, 1, 1)
DERIVED = ("gate", "quick", "evidence")


@pytest.fixture(scope="module")
def records():
    return random_records(organisations=1500, opportunities=30, seed=5, today=TODAY)


@pytest.fixture
def index(records):
    index = MatchingIndex(records)
    index.partners_of(0, limit=5)  # a scratch exists, as in a worker that has served
    return index


def mirrored(index, ids, row=0):
    """Changed organisations that each mirror row 0's profile (they rank high for it)."""
    query = index.organisation_features(row)
    changed = OrganisationRecords()
    for organisation_id in ids:
        changed.append(
            id=organisation_id, name=f"Changed {organisation_id}", country="KR", kind="sme",
            offers=sorted(query.seeks), seeks=sorted(query.offers), sectors=sorted(query.sectors),
        )  # fmt: skip
    return changed


def edited_in_place(index, changed):
    updated = index.copy_for_update(exclusive=True)
    updated.apply_changes(changed)
    return updated


def engine_equals_naive(index, rows=(0, 1, 2)):
    everyone = [index.organisation_features(row) for row in range(len(index.ids))]
    published = set(index.ids[index.published].tolist())
    for row in rows:
        expected = naive.partners_by_naive_scan(
            everyone[row], everyone, index.corpus, limit=20,
            keep=lambda features: features.id in published,
        )  # fmt: skip
        assert [(hit.id, hit.score) for hit in index.partners_of(row, limit=20)] == expected


def test_an_exclusive_update_is_the_index_itself(index):
    assert index.copy_for_update(exclusive=True) is index


def test_an_edit_in_place_writes_into_the_same_arrays(index):
    arrays = {name: getattr(index, name) for name in ("country", "published", *DERIVED)}
    edited_in_place(index, mirrored(index, [index.ids[5].item()]))
    assert all(getattr(index, name) is array for name, array in arrays.items())


def test_edits_in_place_give_the_derived_values_of_a_full_refresh(index):
    edited_in_place(index, mirrored(index, [index.ids[5].item(), index.ids[9].item()]))
    edited_in_place(index, mirrored(index, [index.ids[9].item()]))  # row 5 leaves the delta
    written = {name: getattr(index, name).copy() for name in DERIVED}
    index._refresh_derived()
    assert all(np.array_equal(written[name], getattr(index, name)) for name in DERIVED)


def test_edits_in_place_still_equal_the_naive_scan(index):
    edited_in_place(index, mirrored(index, [index.ids[5].item(), index.ids[9].item()]))
    edited_in_place(index, mirrored(index, [index.ids[9].item(), index.ids[12].item()]))
    assert index.ids[9].item() in {hit.id for hit in index.partners_of(0, limit=20)}
    engine_equals_naive(index)


def test_a_new_organisation_in_place_equals_the_naive_scan(index):
    edited_in_place(index, mirrored(index, [index.ids[5].item(), 10**6]))
    assert 10**6 in {hit.id for hit in index.partners_of(0, limit=20)}
    engine_equals_naive(index)


def test_an_unknown_country_changes_nothing_in_place(index):
    arrays = {name: getattr(index, name).copy() for name in ("country", "kind", "stale")}
    changed = mirrored(index, [index.ids[5].item()])
    changed.countries[0] = "ZZ"
    with pytest.raises(IndexOutOfDate):
        edited_in_place(index, changed)
    assert all(np.array_equal(array, getattr(index, name)) for name, array in arrays.items())
    assert index.names[5] != f"Changed {index.ids[5].item()}"


def test_a_withdrawal_in_place_is_never_suggested(index):
    gone = index.partners_of(0, limit=1)[0].id
    index.copy_for_update(exclusive=True).withdraw([gone])
    assert gone not in {hit.id for hit in index.partners_of(0, limit=20)}
    engine_equals_naive(index)
