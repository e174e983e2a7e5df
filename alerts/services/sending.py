"""What send_alerts does: every mail that is due, each sent once.

Idempotent by construction: every mail writes AlertDelivery rows whose unique keys name what
it announces, and it is sent only if those rows could be written. Run it as often as you like
(cron every 15 minutes suits instant alerts); running it twice, or twice at once, sends
nothing twice."""

import datetime
import logging
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from smtplib import SMTPException

from django.core.mail import EmailMessage
from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext, ngettext

from alerts import mail, selectors
from alerts.filters import search_list_url
from alerts.models import AlertDelivery, AlertKind, SavedSearch, SavedSearchScope
from common.bilingual import localized_field
from common.language import recipient_languages
from common.mail import mail_absolute_url, mail_reader
from organisations.models import Organisation
from organisations.services import organisations_lapse

logger = logging.getLogger(__name__)

# A mail lists this many; the rest are behind the link to the list.
ITEMS_PER_MAIL = 20


def _saved_search_subject(*, scope: str, count: int, name: str) -> str:
    # One sentence per scope: a translator needs the whole subject, not a noun spliced in.
    if scope == SavedSearchScope.ORGANISATIONS:
        subject = ngettext(
            "%(count)d new organisation: %(name)s", "%(count)d new organisations: %(name)s", count
        )
    else:
        subject = ngettext(
            "%(count)d new opportunity: %(name)s", "%(count)d new opportunities: %(name)s", count
        )
    return subject % {"count": count, "name": name}


@dataclass
class AlertRun:
    """What a run sent (mails per kind), or with dry_run what it would have."""

    dry_run: bool = False
    sent: Counter = field(default_factory=Counter)
    lapsed: int = 0
    failed: int = 0
    skipped: int = 0
    lines: list[str] = field(default_factory=list)

    def merge(self, other: "AlertRun") -> None:
        self.sent.update(other.sent)
        self.lapsed += other.lapsed
        self.failed += other.failed
        self.skipped += other.skipped
        self.lines += other.lines


def alerts_send(*, now: datetime.datetime | None = None, dry_run: bool = False) -> AlertRun:
    """Everything due at `now`: saved searches, deadline reminders, reminders to confirm a
    profile, and then the profiles whose reminder went unanswered drop out of suggestions."""
    now = now or timezone.now()
    run = AlertRun(dry_run=dry_run)
    for send in (saved_search_alerts_send, deadline_reminders_send, stale_profiles_remind):
        run.merge(send(now=now, dry_run=dry_run))
    run.merge(stale_profiles_lapse(now=now, dry_run=dry_run))
    return run


def _deliver(
    *,
    run: AlertRun,
    kind: str,
    message: EmailMessage,
    deliveries: list[AlertDelivery],
    also: Callable[[], object] | None = None,
) -> None:
    run.lines.append(f"{kind} to {message.to[0]}: {message.subject}")
    if run.dry_run:
        run.sent[kind] += 1
        return
    try:
        # One transaction per mail, rows first: a run started at the same time waits on their
        # unique keys and then skips this mail; if sending fails, the rows roll back and the
        # next run tries again. (Were the process killed between the mail leaving and the
        # commit, it would go again: at least once, never lost.)
        with transaction.atomic():
            AlertDelivery.objects.bulk_create(deliveries)
            if also is not None:
                also()
            message.send()
    except IntegrityError:
        run.skipped += 1
    except (SMTPException, OSError):
        logger.exception("Could not send %s to %s; the next run tries again.", kind, message.to)
        run.failed += 1
    else:
        run.sent[kind] += 1


def saved_search_alerts_send(*, now: datetime.datetime, dry_run: bool = False) -> AlertRun:
    """One mail per due saved search with anything new for it."""
    run = AlertRun(dry_run=dry_run)
    today = timezone.localdate(now)
    due = list(selectors.saved_searches_due(now=now))
    languages = recipient_languages(user_ids=[saved_search.user_id for saved_search in due])
    for saved_search in due:
        items = list(selectors.saved_search_new_items(saved_search=saved_search, today=today))
        if not items:
            continue
        message = _saved_search_message(
            saved_search=saved_search, items=items, language=languages[saved_search.user_id]
        )
        target = "organisation" if isinstance(items[0], Organisation) else "opportunity"
        deliveries = [
            AlertDelivery(
                kind=AlertKind.SAVED_SEARCH, recipient=saved_search.user,
                saved_search=saved_search, sent_at=now, **{target: item},
            )
            for item in items
        ]  # fmt: skip
        _deliver(
            run=run,
            kind=AlertKind.SAVED_SEARCH,
            message=message,
            deliveries=deliveries,
            also=lambda pk=saved_search.pk: SavedSearch.objects.filter(pk=pk).update(
                last_sent_at=now
            ),
        )
    return run


def _saved_search_message(*, saved_search: SavedSearch, items: list, language: str) -> EmailMessage:
    # Subject, body and links in the member's language (links then lead to /ko/ pages).
    detail = (
        "organisations:detail" if isinstance(items[0], Organisation) else "opportunities:detail"
    )
    with mail_reader(language=language):
        return mail.alert_message(
            to=saved_search.user.email,
            language=language,
            subject=_saved_search_subject(
                scope=saved_search.scope, count=len(items), name=saved_search.name
            ),
            template="saved_search",
            context={
                "saved_search": saved_search,
                "items": [
                    (item, _item_name(item), mail_absolute_url(reverse(detail, args=[item.pk])))
                    for item in items[:ITEMS_PER_MAIL]
                ],
                "more": max(len(items) - ITEMS_PER_MAIL, 0),
                "list_url": mail_absolute_url(
                    search_list_url(scope=saved_search.scope, query=saved_search.query)
                ),
            },
            stop_token=mail.stop_token_for_saved_search(saved_search_id=saved_search.pk),
        )


def deadline_reminders_send(*, now: datetime.datetime, dry_run: bool = False) -> AlertRun:
    """One mail per member and opportunity due a reminder of its deadline."""
    run = AlertRun(dry_run=dry_run)
    today = timezone.localdate(now)
    due = list(selectors.deadline_reminders_due(today=today))
    languages = recipient_languages(user_ids=[reminder.user.pk for reminder in due])
    for reminder in due:
        message = _deadline_message(
            reminder=reminder, today=today, language=languages[reminder.user.pk]
        )
        delivery = AlertDelivery(
            kind=reminder.kind, recipient=reminder.user, opportunity=reminder.opportunity,
            period=reminder.period, sent_at=now,
        )  # fmt: skip
        _deliver(run=run, kind=reminder.kind, message=message, deliveries=[delivery])
    return run


def _deadline_message(*, reminder, today: datetime.date, language: str) -> EmailMessage:
    opportunity = reminder.opportunity
    days_left = opportunity.days_left(today=today)
    # Built inside the recipient's language, so the title is theirs too where it has one.
    with mail_reader(language=language):
        title = localized_field(opportunity, "title").text
        return mail.alert_message(
            to=reminder.user.email,
            language=language,
            subject=gettext("%(when)s: the deadline of %(title)s")
            % {"when": _in_days(days_left), "title": title},
            template="deadline_reminder",
            context={
                "opportunity": opportunity,
                "title": title,
                "when": _in_days(days_left).lower(),
                "organisations": reminder.organisations,
                "organisation_names": _names_joined(
                    [
                        localized_field(organisation, "name").text
                        for organisation in reminder.organisations
                    ]
                ),
                "opportunity_url": mail_absolute_url(
                    reverse("opportunities:detail", args=[opportunity.pk])
                ),
            },
            stop_token=mail.stop_token_for_deadline_reminders(
                user_id=reminder.user.pk, opportunity_id=opportunity.pk
            ),
        )


def _item_name(item) -> str:
    """An opportunity's title or an organisation's name in the recipient's language (the
    active one) where it has one."""
    return localized_field(item, "name" if isinstance(item, Organisation) else "title").text


def _names_joined(names: list[str]) -> str:
    """ "A", "A and B", "A, B and C"."""
    if len(names) < 2:
        return "".join(names)
    return gettext("%(names)s and %(last)s") % {"names": ", ".join(names[:-1]), "last": names[-1]}


def _in_days(days: int) -> str:
    if days == 0:
        return gettext("Today")
    if days == 1:
        return gettext("Tomorrow")
    return ngettext("In %(days)d day", "In %(days)d days", days) % {"days": days}


def stale_profiles_remind(*, now: datetime.datetime, dry_run: bool = False) -> AlertRun:
    """Asks the owners of profiles not confirmed for a year whether they are still right."""
    run = AlertRun(dry_run=dry_run)
    due = list(selectors.stale_profile_reminders_due(now=now))
    languages = recipient_languages(user_ids=[owner.user.pk for owner in due])
    for owner in due:
        organisation = owner.organisation
        message = _stale_profile_message(owner=owner, language=languages[owner.user.pk])
        delivery = AlertDelivery(
            kind=AlertKind.PROFILE_STALE, recipient=owner.user, organisation=organisation,
            period=selectors.stale_profile_period(organisation), sent_at=now,
        )  # fmt: skip
        _deliver(run=run, kind=AlertKind.PROFILE_STALE, message=message, deliveries=[delivery])
    return run


def _stale_profile_message(*, owner, language: str) -> EmailMessage:
    organisation = owner.organisation
    with mail_reader(language=language):
        return mail.alert_message(
            to=owner.user.email,
            language=language,
            subject=gettext("Is the profile of %(name)s still up to date?")
            % {"name": localized_field(organisation, "name").text},
            template="profile_stale",
            context={
                "organisation": organisation,
                "lapse_days": selectors.PROFILE_LAPSE_AFTER.days,
                "confirm_url": mail_absolute_url(
                    reverse(
                        "alerts:alert_profile_confirm_link",
                        args=[mail.confirm_token(organisation_id=organisation.pk)],
                    )
                ),
                "update_url": mail_absolute_url(
                    reverse("organisations:manage", args=[organisation.pk])
                ),
            },
        )


def stale_profiles_lapse(*, now: datetime.datetime, dry_run: bool = False) -> AlertRun:
    """Profiles whose owners did not answer the reminder drop out of suggestions until
    confirmed."""
    run = AlertRun(dry_run=dry_run)
    lapsing = selectors.organisations_to_lapse(now=now)
    if dry_run:
        names = list(lapsing.values_list("name", flat=True))
        run.lines += [f"lapse: {name}" for name in names]
        run.lapsed = len(names)
        return run
    run.lapsed = organisations_lapse(organisations=lapsing, now=now)
    return run
