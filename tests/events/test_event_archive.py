import pytest
from django.core.exceptions import ValidationError

from events.services import event_archive
from tests.events.factories import EventFactory


def test_a_published_event_is_archived(event):
    assert event_archive(event=event).status == "archived"


def test_a_draft_cannot_be_archived(db):
    with pytest.raises(ValidationError, match="Only a published event"):
        event_archive(event=EventFactory(status="draft"))
