import pytest

from matchmaking.engine.index import IndexOutOfDate, MatchingIndex
from matchmaking.engine.records import MatchingRecords, OpportunityRecords, OrganisationRecords


def _records(*kinds: str, kind_names=()) -> MatchingRecords:
    organisations = OrganisationRecords()
    for number, kind in enumerate(kinds, start=1):
        organisations.append(id=number, country="GB", kind=kind, description="radio network")
    return MatchingRecords(
        organisations=organisations, opportunities=OpportunityRecords(), kind_names=kind_names
    )


def test_index_takes_the_kind_names_from_its_records():
    index = MatchingIndex(_records("sme", kind_names=["university", "sme"]))
    assert index.organisation_features(0).kind == "sme"
    assert index.kind_names == ["university", "sme"]


def test_without_kind_names_a_new_kind_asks_for_a_rebuild():
    index = MatchingIndex(_records("sme")).copy_for_update()
    with pytest.raises(IndexOutOfDate):
        index.apply_changes(_records("sme", "university").organisations)
