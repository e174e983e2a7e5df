"""Names and external ids in the index: packed by row, with the changes since the build over
them, and withdrawn (deleted) organisations never suggested."""

import numpy as np

from matchmaking.engine.index import MatchingIndex, _Texts
from matchmaking.engine.records import MatchingRecords, OpportunityRecords, OrganisationRecords


def index_of(*names: str) -> MatchingIndex:
    organisations = OrganisationRecords()
    for number, name in enumerate(names, start=1):
        country = "GB" if number == 1 else "KR"
        organisations.append(id=number, name=name, external_id=f"x-{number}", country=country,
                             kind="sme", description="open radio networks")  # fmt: skip
    return MatchingIndex(
        MatchingRecords(organisations=organisations, opportunities=OpportunityRecords())
    )


def test_packed_texts_read_back_by_row_in_any_script():
    texts = _Texts(["Glasgow Vision", "부산 라디오", ""])
    assert [texts[0], texts[1], texts[2]] == ["Glasgow Vision", "부산 라디오", ""]


def test_a_copy_takes_changes_without_touching_the_original():
    texts = _Texts(["a", "b"])
    copy = texts.copy()
    copy[1] = "B"
    copy.extend(["c"])
    assert [copy[0], copy[1], copy[2], len(copy)] == ["a", "B", "c", 3]
    assert [texts[1], len(texts)] == ["b", 2]


def test_the_index_holds_names_and_external_ids_by_row():
    index = index_of("Glasgow Vision", "Busan Radio")
    row = index.row_of(2)
    assert (index.names[row], index.external_ids[row]) == ("Busan Radio", "x-2")


def test_a_withdrawn_organisation_is_never_suggested():
    index = index_of("Glasgow Vision", "Busan Radio", "Seoul Radio")
    before = index.gate
    index.withdraw([2])
    assert [hit.id for hit in index.partners_of(index.row_of(1), limit=5)] == [3]
    assert np.count_nonzero(before == -1) == 0  # the index other requests use is untouched
