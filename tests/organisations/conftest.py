import pytest

from organisations import facets


@pytest.fixture
def refreshes(monkeypatch):
    """The facet table's background refreshes started, run when the test says."""
    started = []
    monkeypatch.setattr(facets, "_in_background", started.append)
    yield started
    if facets._refreshing.locked():  # a refresh started and never run holds the lock
        facets._refreshing.release()
