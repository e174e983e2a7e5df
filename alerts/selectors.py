"""Reads behind the alerts: a member's alerts page, and what send_alerts has to send."""

import datetime
from dataclasses import dataclass, field

from django.contrib.auth import get_user_model
from django.contrib.auth.base_user import AbstractBaseUser
from django.db.models import Exists, OuterRef, Q, QuerySet
from django.http import QueryDict

from alerts import mail
from alerts.filters import SCOPES
from alerts.models import (
    AlertDelivery,
    AlertFrequency,
    AlertKind,
    DeadlineReminderStop,
    SavedSearch,
    SavedSearchScope,
)
from opportunities.models import Opportunity, OpportunityInterest
from organisations.models import Membership, Organisation
from organisations.models.organisation import PROFILE_CONFIRMATION_INTERVAL

# How long the last mail of a saved search must be old before the next one.
FREQUENCY_INTERVALS = {
    AlertFrequency.DAILY: datetime.timedelta(days=1),
    AlertFrequency.WEEKLY: datetime.timedelta(days=7),
}
# Days left before a deadline in which each reminder is due. They do not overlap, so a member
# who shows interest with two days to go gets the three-day reminder only.
DEADLINE_WINDOWS = {AlertKind.DEADLINE_14: (4, 14), AlertKind.DEADLINE_3: (0, 3)}
DEADLINE_KINDS = tuple(DEADLINE_WINDOWS)
# How long a reminder to confirm a profile may go unanswered before it drops out.
PROFILE_LAPSE_AFTER = datetime.timedelta(days=30)


def saved_searches_of(*, user: AbstractBaseUser) -> QuerySet[SavedSearch]:
    return SavedSearch.objects.filter(user=user)


def deadline_reminder_stops_of(*, user: AbstractBaseUser) -> QuerySet[DeadlineReminderStop]:
    return DeadlineReminderStop.objects.filter(user=user).select_related("opportunity")


def stop_link_target(
    *, kind: str, ids: list[int]
) -> SavedSearch | tuple[AbstractBaseUser, Opportunity] | None:
    """What a stop link names (see mail.stop_token_read): a saved search, or a user and the
    opportunity whose deadline reminders they get; None if that no longer exists. Anyone's:
    the signed link is the proof."""
    if kind == mail.SAVED_SEARCH:
        return SavedSearch.objects.filter(pk=ids[0]).first()
    user = get_user_model().objects.filter(pk=ids[0]).first()
    opportunity = Opportunity.objects.filter(pk=ids[1]).first()
    return (user, opportunity) if user and opportunity else None


def stop_link_stopped(*, target: SavedSearch | tuple[AbstractBaseUser, Opportunity]) -> bool:
    """Whether what a stop link names (see stop_link_target) is already stopped."""
    if isinstance(target, SavedSearch):
        return not target.active
    user, opportunity = target
    return DeadlineReminderStop.objects.filter(user=user, opportunity=opportunity).exists()


def confirm_link_organisation(*, organisation_id: int) -> Organisation | None:
    """The organisation a confirmation link names, whatever its state: the signed link is
    the proof."""
    return Organisation.objects.filter(pk=organisation_id).first()


def _reachable(prefix: str = "") -> Q:
    """Users who can be mailed: active, with an address."""
    return Q(**{f"{prefix}is_active": True}) & ~Q(**{f"{prefix}email": ""})


def saved_searches_due(*, now: datetime.datetime) -> QuerySet[SavedSearch]:
    """Active saved searches whose last mail is old enough for their frequency: instant ones
    on every run, daily ones a day after the last mail, weekly ones a week after."""
    due = Q(last_sent_at__isnull=True) | Q(frequency=AlertFrequency.INSTANT)
    for frequency, interval in FREQUENCY_INTERVALS.items():
        due |= Q(frequency=frequency, last_sent_at__lte=now - interval)
    return (
        SavedSearch.objects.filter(due, _reachable("user__"), active=True)
        .select_related("user")
        .order_by("pk")
    )


def _search_candidates(*, scope: str, today: datetime.date) -> QuerySet:
    """What an alert may announce: published organisations, open opportunities."""
    if scope == SavedSearchScope.OPPORTUNITIES:
        return Opportunity.objects.open(today=today)
    return Organisation.objects.published()


def search_matches(*, scope: str, query: str, today: datetime.date) -> QuerySet:
    """What the saved filters find among what an alert may announce. None at all if the
    filters no longer hold (say, a sector was renamed): the list would ignore the stale filter
    and show everything, which must not be mailed as new."""
    filterset = SCOPES[scope].filterset(
        QueryDict(query), queryset=_search_candidates(scope=scope, today=today)
    )
    # Every match, not only the best few a list shows: a new row that ranks low is still news.
    filterset.search_limit = None
    model = filterset.queryset.model
    if not filterset.is_valid():
        return model.objects.none()
    # The ids alone, so the list's search ranking and ordering do not reach the caller's query.
    return model.objects.filter(pk__in=filterset.qs.values("pk"))


def saved_search_new_items(*, saved_search: SavedSearch, today: datetime.date) -> QuerySet:
    """What matches the search, was first published after it was saved, and has not been
    mailed for it yet; oldest first."""
    matches = search_matches(scope=saved_search.scope, query=saved_search.query, today=today)
    target = "organisation" if matches.model is Organisation else "opportunity"
    already_sent = AlertDelivery.objects.filter(
        kind=AlertKind.SAVED_SEARCH, saved_search=saved_search, **{f"{target}__isnull": False}
    ).values(target)
    return (
        matches.filter(published_at__gt=saved_search.created_at)
        .exclude(pk__in=already_sent)
        .order_by("published_at", "pk")
    )


@dataclass
class DeadlineReminder:
    """One mail: an opportunity's deadline, to one member of organisations interested in it."""

    kind: str
    user: AbstractBaseUser
    opportunity: Opportunity
    organisations: list[Organisation] = field(default_factory=list)

    @property
    def period(self) -> str:
        return self.opportunity.deadline.isoformat()


def deadline_reminders_due(*, today: datetime.date) -> list[DeadlineReminder]:
    """For each open opportunity 0 to 14 days from its deadline, the members of the
    organisations interested in it who have not had this reminder for this deadline and did
    not stop them. Four queries, however many."""
    interests = list(
        OpportunityInterest.objects.filter(
            opportunity__in=Opportunity.objects.open(today=today).filter(
                deadline__lte=today + datetime.timedelta(days=14)
            )
        )
        .select_related("opportunity", "organisation")
        .order_by("opportunity__deadline", "opportunity_id", "organisation__name")
    )
    opportunity_ids = {interest.opportunity_id for interest in interests}
    members: dict[int, list[AbstractBaseUser]] = {}
    for membership in Membership.objects.filter(
        _reachable("user__"), organisation__in={i.organisation_id for i in interests}
    ).select_related("user"):
        members.setdefault(membership.organisation_id, []).append(membership.user)
    stopped = set(
        DeadlineReminderStop.objects.filter(opportunity_id__in=opportunity_ids).values_list(
            "user_id", "opportunity_id"
        )
    )
    sent = set(
        AlertDelivery.objects.filter(
            kind__in=DEADLINE_KINDS, opportunity_id__in=opportunity_ids
        ).values_list("kind", "recipient_id", "opportunity_id", "period")
    )
    reminders: dict[tuple[int, int], DeadlineReminder] = {}
    for interest in interests:
        opportunity = interest.opportunity
        kind = _deadline_kind(days_left=opportunity.days_left(today=today))
        for user in members.get(interest.organisation_id, []):
            key = (user.pk, opportunity.pk)
            if key in stopped or (kind, *key, opportunity.deadline.isoformat()) in sent:
                continue
            reminder = reminders.setdefault(key, DeadlineReminder(kind, user, opportunity))
            reminder.organisations.append(interest.organisation)
    return list(reminders.values())


def _deadline_kind(*, days_left: int) -> str:
    return next(
        kind for kind, (first, last) in DEADLINE_WINDOWS.items() if first <= days_left <= last
    )


def stale_profile_reminders_due(*, now: datetime.datetime) -> list[Membership]:
    """Owners of published organisations not confirmed for a year (and not lapsed yet) who
    have not been asked about this confirmation period."""
    owners = list(
        Membership.objects.filter(
            _reachable("user__"),
            role=Membership.Role.OWNER,
            organisation__in=Organisation.objects.published_and_current().filter(
                profile_confirmed_at__lte=now - PROFILE_CONFIRMATION_INTERVAL,
            ),
        )
        .select_related("user", "organisation")
        .order_by("organisation_id", "user_id")
    )
    asked = set(
        AlertDelivery.objects.filter(
            kind=AlertKind.PROFILE_STALE,
            organisation_id__in={owner.organisation_id for owner in owners},
        ).values_list("recipient_id", "organisation_id", "period")
    )
    return [
        owner
        for owner in owners
        if (owner.user_id, owner.organisation_id, stale_profile_period(owner.organisation))
        not in asked
    ]


def stale_profile_period(organisation: Organisation) -> str:
    """Which confirmation a reminder is about: one reminder per owner for each."""
    return organisation.profile_confirmed_at.isoformat()


def organisations_to_lapse(*, now: datetime.datetime) -> QuerySet[Organisation]:
    """Published organisations whose owners were asked to confirm them (after their last
    confirmation) at least PROFILE_LAPSE_AFTER ago, and did not. Counting from the reminder,
    not the anniversary, means nobody drops out without having been asked, so organisations
    without an owner to ask (imported ones) never lapse."""
    reminded = AlertDelivery.objects.filter(
        kind=AlertKind.PROFILE_STALE,
        organisation=OuterRef("pk"),
        sent_at__gt=OuterRef("profile_confirmed_at"),
        sent_at__lte=now - PROFILE_LAPSE_AFTER,
    )
    return (
        Organisation.objects.published_and_current()
        .filter(profile_confirmed_at__lte=now - PROFILE_CONFIRMATION_INTERVAL)
        .filter(Exists(reminded))
        .order_by("pk")
    )
