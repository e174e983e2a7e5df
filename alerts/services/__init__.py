"""Every write of the alerts: a member's saved searches and stopped reminders
(saved_searches.py), and what send_alerts mails and records (sending.py). Import from here:
the modules are an implementation detail."""

from alerts.services.saved_searches import (
    SAVED_SEARCHES_PER_USER,
    deadline_reminders_resume,
    deadline_reminders_stop,
    saved_search_delete,
    saved_search_save,
    saved_search_update,
)
from alerts.services.sending import (
    AlertRun,
    alerts_send,
    deadline_reminders_send,
    saved_search_alerts_send,
    stale_profiles_lapse,
    stale_profiles_remind,
)

__all__ = [
    "SAVED_SEARCHES_PER_USER",
    "AlertRun",
    "alerts_send",
    "deadline_reminders_resume",
    "deadline_reminders_send",
    "deadline_reminders_stop",
    "saved_search_alerts_send",
    "saved_search_delete",
    "saved_search_save",
    "saved_search_update",
    "stale_profiles_lapse",
    "stale_profiles_remind",
]
