"""The language mail is written in: the recipient's, whoever triggers it.

Members choose a language with the switcher; accounts keeps it (accounts.LanguagePreference).
The apps that send mail (introductions, alerts, events) sit below accounts in the layers and
must not import it, so the lookup lives here and accounts plugs its own in at startup
(AccountsConfig.ready calls recipient_language_source_set). Without a source, or for a
recipient who never chose, mail is in settings.LANGUAGE_CODE.

common.mail writes each message in its reader's language, subject, body and links alike.
"""

from collections.abc import Callable, Iterable, Mapping

from django.conf import settings

# Called with user_ids=[...]: user id -> the language each who chose one chose (missing: never
# chose).
LanguageSource = Callable[..., Mapping[int, str]]

_source: LanguageSource | None = None


def recipient_language_source_set(source: LanguageSource | None) -> None:
    global _source
    _source = source


def recipient_languages(
    *, user_ids: Iterable[int | None], fallback: str = ""
) -> dict[int | None, str]:
    """Every given user id -> the language to write to them in (one lookup for them all);
    None (an address with no account) and those who never chose get fallback when it is
    offered (say the language a request was made in), else the default."""
    ids = sorted({user_id for user_id in user_ids if user_id is not None})
    chosen = _source(user_ids=ids) if _source is not None and ids else {}
    offered = dict(settings.LANGUAGES)
    default = fallback if fallback in offered else settings.LANGUAGE_CODE
    result: dict[int | None, str] = {None: default}
    for user_id in ids:
        language = chosen.get(user_id)
        result[user_id] = language if language in offered else default
    return result


def recipient_language(*, user, fallback: str = "") -> str:
    """The language to write to one user in (None or an anonymous user: fallback when it is
    offered, else the default)."""
    user_id = getattr(user, "pk", None) if user is not None else None
    return recipient_languages(user_ids=[user_id], fallback=fallback)[user_id]


def addresses_by_language(*, users: Iterable[tuple[int, str]]) -> dict[str, list[str]]:
    """(user id, address) pairs -> the addresses to write to in each language, sorted, each
    once (an address shared by two accounts goes with the first account's language), so one
    message per language can go to several people."""
    users = sorted((pk, email) for pk, email in users if email)
    languages = recipient_languages(user_ids=[pk for pk, _email in users])
    language_of: dict[str, str] = {}
    for pk, email in users:
        language_of.setdefault(email, languages[pk])
    grouped: dict[str, list[str]] = {}
    for email in sorted(language_of):
        grouped.setdefault(language_of[email], []).append(email)
    return grouped
