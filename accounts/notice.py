"""Which privacy notice is in force. Change the version whenever templates/accounts/privacy.html
changes what it says is kept or why: consents name the version their user accepted."""

PRIVACY_NOTICE_VERSION = "2026-12-03"
