import pytest

from accounts.selectors import account_data_export
from events import services
from tests.events.factories import EventFactory, RegistrationFactory


@pytest.fixture
def accepted_meeting(member, other_member, organisation, other_organisation):
    """`member` registered `organisation` with a delegate; `other_organisation` accepted its
    meeting request; both wrote a message."""
    event = EventFactory(title="Busan brokerage day")
    mine = services.registration_create(
        event=event, organisation=organisation, user=member,
        delegates=[services.DelegateData(name="Ada Lovelace", role="CEO")],
    )  # fmt: skip
    RegistrationFactory(event=event, organisation=other_organisation)
    mine.status = "approved"
    mine.save()
    theirs = other_organisation.event_registrations.get()
    request = services.meeting_request_create(
        from_registration=mine, to_registration=theirs, user=member, message="Mine: shall we?"
    )
    services.meeting_request_accept(meeting_request=request, user=other_member)
    services.meeting_message_send(meeting_request=request, user=member, body="Mine: hello")
    services.meeting_message_send(meeting_request=request, user=other_member, body="Theirs: hi")
    return request


def test_the_export_has_the_users_event_data(accepted_meeting, member):
    data = account_data_export(user=member)
    registration = data["event_registrations"][0]
    assert (registration["event"], registration["delegates"][0]["name"]) == (
        "Busan brokerage day", "Ada Lovelace"
    )  # fmt: skip
    assert [m["body"] for m in data["event_meeting_messages"]] == ["Mine: hello"]


def test_the_export_has_no_message_the_other_side_wrote(accepted_meeting, member):
    assert "Theirs: hi" not in str(account_data_export(user=member))


def test_the_export_has_the_meeting_request_the_user_wrote(accepted_meeting, member):
    sent = account_data_export(user=member)["event_meeting_requests"]
    assert [(r["message"], r["to_organisation"]) for r in sent] == [
        ("Mine: shall we?", accepted_meeting.to_registration.organisation.name)
    ]


def test_the_other_side_does_not_get_the_request_in_its_export(accepted_meeting, other_member):
    assert account_data_export(user=other_member)["event_meeting_requests"] == []
