"""Writes of the events app: each step checks its rules and refuses with a ValidationError
that says why, changing nothing. Setting an event up (staff) is in setup; taking part in it
(registration, meetings, the schedule) in participation."""

from events.services.participation import (
    DelegateData,
    event_archive,
    event_publish,
    meeting_broker,
    meeting_message_send,
    meeting_outcome_record,
    meeting_request_accept,
    meeting_request_cancel,
    meeting_request_create,
    meeting_request_decline,
    meeting_requests_limit,
    registration_approve,
    registration_create,
    registration_reject,
    registration_withdraw,
    schedule_publish,
    schedule_run,
)
from events.services.setup import (
    event_save,
    meeting_slot_delete,
    meeting_slots_generate,
    session_add,
    session_delete,
    table_delete,
)

__all__ = [
    "DelegateData",
    "event_archive",
    "event_publish",
    "event_save",
    "meeting_broker",
    "meeting_message_send",
    "meeting_outcome_record",
    "meeting_request_accept",
    "meeting_request_cancel",
    "meeting_request_create",
    "meeting_request_decline",
    "meeting_requests_limit",
    "meeting_slot_delete",
    "meeting_slots_generate",
    "registration_approve",
    "registration_create",
    "registration_reject",
    "registration_withdraw",
    "schedule_publish",
    "schedule_run",
    "session_add",
    "session_delete",
    "table_delete",
]
