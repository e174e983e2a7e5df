import pytest
from django.core.exceptions import ValidationError

from events.services import event_publish
from tests.events.factories import EventFactory


def test_a_draft_is_published(db):
    assert event_publish(event=EventFactory(status="draft")).status == "published"


def test_an_archived_event_comes_back(db):
    assert event_publish(event=EventFactory(status="archived")).status == "published"


def test_a_published_event_cannot_be_published_again(event):
    with pytest.raises(ValidationError, match="already published"):
        event_publish(event=event)
