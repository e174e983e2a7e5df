"""The alert mails: plain text with absolute links, and the signed tokens in those links.

Every alert a member can stop carries a stop link twice: in the text, and in the
List-Unsubscribe header with List-Unsubscribe-Post (RFC 8058), which lets a mail program stop
it with one click too. The tokens are signed with the site's SECRET_KEY and their own salt, so
a token made for one purpose is worth nothing for another, and a changed one is refused."""

import datetime

from django.core import signing
from django.core.mail import EmailMessage
from django.urls import reverse

from common.mail import mail_absolute_url, mail_reader, mail_render

# The salts name the alerts' old home: changing them would void every link already mailed.
STOP_SALT = "matchmaking.alerts.stop"
CONFIRM_SALT = "matchmaking.alerts.profile-confirm"
# A stop link works for as long as the mail is kept; a confirmation vouches for the profile
# now, so an old mail should not do it.
CONFIRM_MAX_AGE = datetime.timedelta(days=90)

SAVED_SEARCH = "search"
DEADLINE = "deadline"


def stop_token_for_saved_search(*, saved_search_id: int) -> str:
    return signing.dumps([SAVED_SEARCH, saved_search_id], salt=STOP_SALT)


def stop_token_for_deadline_reminders(*, user_id: int, opportunity_id: int) -> str:
    return signing.dumps([DEADLINE, user_id, opportunity_id], salt=STOP_SALT)


def stop_token_read(token: str) -> tuple[str, list[int]]:
    """What a stop token names: ("search", [saved search id]) or ("deadline", [user id,
    opportunity id]). Raises signing.BadSignature for anything it did not sign."""
    value = signing.loads(token, salt=STOP_SALT)
    kinds = {SAVED_SEARCH: 1, DEADLINE: 2}
    if (
        not isinstance(value, list)
        or not value
        or kinds.get(value[0]) != len(value) - 1
        or not all(isinstance(part, int) for part in value[1:])
    ):
        raise signing.BadSignature("Not a stop token.")
    return value[0], value[1:]


def confirm_token(*, organisation_id: int) -> str:
    return signing.dumps(organisation_id, salt=CONFIRM_SALT)


def confirm_token_read(token: str) -> int:
    """The organisation a confirmation link is for. Raises signing.SignatureExpired when the
    link is too old, signing.BadSignature when it is not ours."""
    value = signing.loads(token, salt=CONFIRM_SALT, max_age=CONFIRM_MAX_AGE)
    if not isinstance(value, int):
        raise signing.BadSignature("Not a confirmation token.")
    return value


def alert_message(
    *,
    to: str,
    language: str,
    subject: str,
    template: str,
    context: dict,
    stop_token: str | None = None,
) -> EmailMessage:
    """alerts/email/<template>.txt for one member; subject is worded in their language
    (inside mail_reader) by the caller."""
    with mail_reader(language=language):
        context = {**context, "alerts_url": mail_absolute_url(reverse("alerts:alert_list"))}
        headers = {"Auto-Submitted": "auto-generated"}
        if stop_token is not None:
            stop_url = mail_absolute_url(reverse("alerts:alert_stop", args=[stop_token]))
            context["stop_url"] = stop_url
            headers["List-Unsubscribe"] = f"<{stop_url}>"
            headers["List-Unsubscribe-Post"] = "List-Unsubscribe=One-Click"
    return mail_render(
        template=f"alerts/email/{template}",
        subject=subject,
        context=context,
        to=[to],
        language=language,
        headers=headers,
    )
