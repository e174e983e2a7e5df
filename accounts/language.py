"""Where the member's chosen language is kept during a visit: the session, filled at login from
the stored preference and by the switcher, read by PreferredLanguageMiddleware."""

SESSION_KEY = "preferred_language"
