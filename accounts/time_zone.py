"""Where the member's chosen time zone is kept during a visit: the session, filled at login from
the stored preference and by the settings page, read by ReaderTimeZoneMiddleware."""

SESSION_KEY = "preferred_time_zone"
