from events.models.event import Event, EventKind, EventStatus, Session, SessionKind
from events.models.followup import MeetingMessage, MeetingOutcome
from events.models.meetings import (
    Availability,
    MeetingRequest,
    MeetingRequestStatus,
    MeetingSlot,
    ScheduledMeeting,
    Table,
    UnplacedMeeting,
)
from events.models.registration import Delegate, Registration, RegistrationStatus

__all__ = [
    "Availability",
    "Delegate",
    "Event",
    "EventKind",
    "EventStatus",
    "MeetingMessage",
    "MeetingOutcome",
    "MeetingRequest",
    "MeetingRequestStatus",
    "MeetingSlot",
    "Registration",
    "RegistrationStatus",
    "ScheduledMeeting",
    "Session",
    "SessionKind",
    "Table",
    "UnplacedMeeting",
]
