from events.selectors import agenda_of, counterpart_contacts
from tests.events.factories import SessionFactory


def test_the_agenda_lists_published_meetings_with_the_other_side(
    published_meeting, registration, other_registration
):
    [item] = agenda_of(registration=registration).meetings
    assert item.other == other_registration
    assert [d.name for d in item.delegates] == ["Kim Min-jun"]


def test_contacts_show_once_the_meeting_is_accepted(published_meeting, registration):
    [item] = agenda_of(registration=registration).meetings
    assert item.contacts["email"] == published_meeting.to_registration.organisation.contact_email


def test_contacts_stay_hidden_before_acceptance(meeting_request, registration):
    assert counterpart_contacts(meeting_request=meeting_request, registration=registration) is None


def test_draft_placements_are_not_in_the_agenda(accepted_meeting, event, staff_user, registration):
    from events.services import schedule_run

    schedule_run(event=event, actor=staff_user, time_limit=5)
    assert agenda_of(registration=registration).meetings == []


def test_the_agenda_carries_the_itinerary(registration, event):
    session = SessionFactory(event=event)
    assert agenda_of(registration=registration).sessions == [session]
