"""Reads behind the opportunity pages and the opportunity parts of other pages."""

import datetime
import functools
from dataclasses import dataclass

from django.contrib.auth.base_user import AbstractBaseUser
from django.contrib.auth.models import AnonymousUser
from django.db import connection
from django.db.models import (
    Case,
    Count,
    F,
    IntegerField,
    OuterRef,
    Prefetch,
    Q,
    QuerySet,
    Subquery,
    Value,
    When,
)
from django.db.models.functions import Coalesce
from django.utils import timezone

from common.bilingual import either_language_contains
from common.compiled import CompiledQuery, partial_instance
from opportunities.models import (
    Opportunity,
    OpportunityInterest,
    OpportunityStatus,
)
from organisations.models import Organisation, PublicationStatus

Viewer = AbstractBaseUser | AnonymousUser

# Archived opportunities stay public as a record of what was on offer; drafts never are.
PUBLIC_STATUSES = (OpportunityStatus.PUBLISHED, OpportunityStatus.ARCHIVED)


def _published_hosts() -> Prefetch:
    return Prefetch(
        "hosts", queryset=Organisation.objects.published().order_by("name"), to_attr="public_hosts"
    )


def _open_condition(today: datetime.date) -> Q:
    return Q(status=OpportunityStatus.PUBLISHED) & (
        Q(deadline__isnull=True) | Q(deadline__gte=today)
    )


def opportunities_by_deadline(
    *, queryset: QuerySet[Opportunity], today: datetime.date | None = None
) -> QuerySet[Opportunity]:
    """Open first by nearest deadline with rolling ones after the dated ones, then closed ones,
    most recently closed first. Sets `closed_rank` (1 when closed) for the list rows."""
    today = today or timezone.localdate()
    is_open = _open_condition(today)
    return queryset.annotate(
        closed_rank=Case(When(is_open, then=Value(0)), default=Value(1)),
        open_deadline=Case(When(is_open, then=F("deadline"))),
        closed_deadline=Case(When(~is_open, then=F("deadline"))),
    ).order_by(
        "closed_rank",
        F("open_deadline").asc(nulls_last=True),
        F("closed_deadline").desc(nulls_last=True),
        "title",
        "pk",
    )


def opportunity_list(
    *, today: datetime.date | None = None, with_relations: bool = True
) -> QuerySet[Opportunity]:
    """Public opportunities, by deadline (see opportunities_by_deadline), with their sectors
    and `public_hosts` prefetched unless asked not to (the list page reads a page's relations
    with opportunity_card_relations_set)."""
    listed = _public_by_deadline(today or timezone.localdate()).all()
    return listed.prefetch_related("sectors", _published_hosts()) if with_relations else listed


# Built once a day and copied (.all()) for each request: resolving the order's three
# conditional expressions cost more than the page's count and options together.
@functools.lru_cache(maxsize=4)
def _public_by_deadline(today: datetime.date) -> QuerySet[Opportunity]:
    public = Opportunity.objects.filter(status__in=PUBLIC_STATUSES)
    return opportunities_by_deadline(queryset=public, today=today)


# What a list card shows (opportunities.cards); the rest, descriptions included, stays unread.
_CARD_FIELDS = (
    "title", "title_ko", "summary", "summary_ko", "kind", "country", "city", "city_ko", "deadline",
    "status",
)  # fmt: skip


def opportunity_list_cards() -> QuerySet[Opportunity]:
    """The columns a list card needs, for reading a page's rows by id once its ids are chosen
    in opportunity_list's order: no sort keys, no descriptions."""
    return Opportunity.objects.only(*_CARD_FIELDS).order_by()


@dataclass(frozen=True, slots=True)
class Named:
    """A sector's or a host's name in both languages, as a list card shows it."""

    name: str
    name_ko: str


def opportunity_card_relations_set(*, opportunities: list[Opportunity]) -> None:
    """Sets `card_sectors` and `public_hosts` (the published hosts) on a page's
    opportunities, each by English name as the prefetches order them, in one query:
    prefetching them took two round trips and most of the page's Python, and building the
    same UNION through the ORM took three times as long as running it."""
    by_id = {opportunity.pk: opportunity for opportunity in opportunities}
    for opportunity in opportunities:
        opportunity.card_sectors, opportunity.public_hosts = [], []
    if not by_id:
        return
    ids = list(by_id)
    with connection.cursor() as cursor:
        cursor.execute(
            _card_relations_sql(len(ids)), [*ids, *ids, PublicationStatus.PUBLISHED.value]
        )
        rows = cursor.fetchall()
    # Sorted here: a UNION orders only by its output columns, and names compare by code
    # point in Python as in the databases' C collation and SQLite's BINARY.
    for opportunity_id, is_host, _, name, name_ko in sorted(rows, key=lambda r: (r[3], r[2])):
        opportunity = by_id[opportunity_id]
        names = opportunity.public_hosts if is_host else opportunity.card_sectors
        names.append(Named(name=name, name_ko=name_ko or ""))


@functools.lru_cache(maxsize=64)
def _card_relations_sql(id_count: int) -> str:
    """(opportunity id, is_host, target id, name, name_ko) of the sector links and the
    published host links of id_count opportunities."""
    marks = ", ".join(["%s"] * id_count)
    quote = connection.ops.quote_name

    def links(field: str, extra: str, is_host: int) -> str:
        relation = Opportunity._meta.get_field(field)
        through = relation.remote_field.through._meta
        target = relation.related_model._meta
        to_column = through.get_field(relation.m2m_reverse_field_name()).column
        from_column = through.get_field(relation.m2m_field_name()).column
        target_id = quote(target.pk.column)
        return (
            f"SELECT l.{quote(from_column)}, {is_host}, t.{target_id}, "
            f"t.{quote('name')}, t.{quote('name_ko')} "
            f"FROM {quote(through.db_table)} l "
            f"JOIN {quote(target.db_table)} t ON t.{target_id} = l.{quote(to_column)} "
            f"WHERE l.{quote(from_column)} IN ({marks}){extra}"
        )

    return (
        links("sectors", "", 0)
        + " UNION ALL "
        + links("hosts", f" AND t.{quote('status')} = %s", 1)
    )


def opportunities_closing_within(
    *, queryset: QuerySet[Opportunity], days: int, today: datetime.date | None = None
) -> QuerySet[Opportunity]:
    """Open ones whose deadline is today or in the next `days` days; rolling ones have none."""
    today = today or timezone.localdate()
    return queryset.filter(
        status=OpportunityStatus.PUBLISHED,
        deadline__gte=today,
        deadline__lte=today + datetime.timedelta(days=days),
    )


def opportunities_in_city(*, queryset: QuerySet[Opportunity], text: str) -> QuerySet[Opportunity]:
    """Those whose city, in English or in Korean, contains `text` (any case)."""
    return queryset.filter(either_language_contains("city", text))


def opportunity_visible_to(*, user: Viewer) -> QuerySet[Opportunity]:
    """Staff may preview drafts; everyone else sees published and archived ones."""
    queryset = Opportunity.objects.all()
    if not user.is_staff:
        queryset = queryset.filter(status__in=PUBLIC_STATUSES)
    return queryset.prefetch_related("sectors", "required_capabilities__sector", _published_hosts())


# The home page's "Closing soon": a deadline months away is not soon, however few are open.
CLOSING_SOON_DAYS = 30


def opportunity_list_closing_soon(
    *, limit: int = 5, today: datetime.date | None = None
) -> list[Opportunity]:
    """The open opportunities whose deadline is within CLOSING_SOON_DAYS, soonest first."""
    closing = opportunities_closing_within(
        queryset=Opportunity.objects.all(), days=CLOSING_SOON_DAYS, today=today
    )
    return list(
        closing.order_by("deadline", "title", "pk").prefetch_related(_published_hosts())[:limit]
    )


@dataclass(frozen=True, slots=True)
class NextDeadlines:
    closing_soon: bool  # every one listed closes within CLOSING_SOON_DAYS
    opportunities: list[Opportunity]


def opportunity_list_next_deadlines(
    *, limit: int = 5, today: datetime.date | None = None
) -> NextDeadlines:
    """The open opportunities closing within CLOSING_SOON_DAYS, soonest first; when none
    does, the open ones closing soonest (dated before rolling), so the home page still shows
    what comes next, under its own heading."""
    soon = opportunity_list_closing_soon(limit=limit, today=today)
    if soon:
        return NextDeadlines(closing_soon=True, opportunities=soon)
    soonest = (
        Opportunity.objects.open(today=today)
        .order_by(F("deadline").asc(nulls_last=True), "title", "pk")
        .prefetch_related(_published_hosts())[:limit]
    )
    return NextDeadlines(closing_soon=False, opportunities=list(soonest))


def opportunity_open_count() -> int:
    return Opportunity.objects.open().count()


def opportunity_list_hosted_by(*, organisation: Organisation) -> QuerySet[Opportunity]:
    return opportunity_list().filter(hosts=organisation, status=OpportunityStatus.PUBLISHED)


def opportunity_staff_list() -> QuerySet[Opportunity]:
    """Every opportunity for staff: drafts first, then the rest by deadline."""
    return (
        Opportunity.objects.annotate(
            draft_rank=Case(When(status=OpportunityStatus.DRAFT, then=Value(0)), default=Value(1))
        )
        .order_by("draft_rank", F("deadline").asc(nulls_last=True), "title", "pk")
        .prefetch_related(_published_hosts())
    )


def opportunity_staff_counts(*, today: datetime.date | None = None) -> dict[str, int]:
    """What waits for staff on the opportunity side: drafts to publish, and published ones
    whose deadline has passed and could be archived."""
    today = today or timezone.localdate()
    return Opportunity.objects.aggregate(
        drafts=Count("pk", filter=Q(status=OpportunityStatus.DRAFT)),
        past_deadline=Count("pk", filter=Q(status=OpportunityStatus.PUBLISHED, deadline__lt=today)),
    )


def opportunity_visible_with_hosts(*, user: Viewer) -> QuerySet[Opportunity]:
    """opportunity_visible_to, with `visible_hosts`: the published hosts, or every host for
    staff, who must see (and can keep) hosts whose profiles are not public."""
    hosts = Organisation.objects.order_by("name", "pk")
    if not user.is_staff:
        hosts = hosts.published()
    return opportunity_visible_to(user=user).prefetch_related(
        Prefetch("hosts", queryset=hosts, to_attr="visible_hosts")
    )


def organisations_looking_for_partners(*, opportunity: Opportunity) -> QuerySet[Organisation]:
    """Published organisations looking for partners for the opportunity, with their sectors.
    For signed-in viewers only: the views decide that."""
    return (
        Organisation.objects.published()
        .filter(
            opportunity_interests__opportunity=opportunity,
            opportunity_interests__looking_for_partners=True,
        )
        .prefetch_related("sectors")
        .order_by("name", "pk")
    )


def opportunity_interests_of(
    *,
    user: AbstractBaseUser | int,
    opportunity: Opportunity | None = None,
    only_open: bool = False,
    today: datetime.date | None = None,
) -> QuerySet[OpportunityInterest]:
    """The interests of the user's organisations (in one opportunity, if given), in public
    opportunities (open ones only, if asked; open on `today`, by default the real one),
    soonest deadline first (rolling ones last). user: the user or its id."""
    interests = OpportunityInterest.objects.filter(
        organisation__memberships__user=user, opportunity__status__in=PUBLIC_STATUSES
    )
    if opportunity is not None:
        interests = interests.filter(opportunity=opportunity)
    if only_open:
        interests = interests.filter(opportunity__in=Opportunity.objects.open(today=today))
    return interests.select_related("organisation", "opportunity").order_by(
        "opportunity__deadline", "opportunity__title", "organisation__name", "pk"
    )


# What the dashboard's "Your opportunities" shows of an interest, its opportunity and its
# organisation (templates/opportunities/_your_opportunities.html; Opportunity.is_open and
# days_left read status and deadline).
_INTEREST_SHOWN = {
    OpportunityInterest: ("id", "looking_for_partners"),
    Opportunity: ("id", "title", "title_ko", "deadline", "status"),
    Organisation: ("id", "name", "name_ko"),
}


def _open_interests_shown(today: datetime.date, *, user_id: int) -> QuerySet:
    return opportunity_interests_of(user=user_id, only_open=True, today=today).values_list(
        *_INTEREST_SHOWN[OpportunityInterest],
        *(f"opportunity__{name}" for name in _INTEREST_SHOWN[Opportunity]),
        *(f"organisation__{name}" for name in _INTEREST_SHOWN[Organisation]),
    )


# The dashboard asks on every request; building and compiling this five-table join cost it
# about 2 ms of CPU even for a user with no interest, far more than the database's answer.
_OPEN_INTERESTS_SHOWN = CompiledQuery(_open_interests_shown, "user_id")


def _partial(model, values) -> object:
    """A model instance with only these fields (any other is deferred: reading it queries)."""
    return partial_instance(
        model, _INTEREST_SHOWN[model], values, using=_OPEN_INTERESTS_SHOWN.using
    )


def opportunity_interests_open_shown(*, user: AbstractBaseUser) -> list[OpportunityInterest]:
    """opportunity_interests_of(user=user, only_open=True) as the dashboard shows them: each
    interest with its opportunity and organisation, loaded with only the fields the list shows,
    from SQL compiled once a day (the date is part of it)."""
    interests = []
    widths = [len(_INTEREST_SHOWN[model]) for model in _INTEREST_SHOWN]
    for row in _OPEN_INTERESTS_SHOWN.rows(fixed=(timezone.localdate(),), user_id=user.pk):
        own, rest = row[: widths[0]], row[widths[0] :]
        interest = _partial(OpportunityInterest, own)
        interest.opportunity = _partial(Opportunity, rest[: widths[1]])
        interest.organisation = _partial(Organisation, rest[widths[1] :])
        interests.append(interest)
    return interests


def _interest_count(**filters) -> Coalesce:
    counted = (
        OpportunityInterest.objects.filter(opportunity=OuterRef("pk"), **filters)
        .order_by()
        .values("opportunity")
        .annotate(count=Count("pk"))
        .values("count")
    )
    return Coalesce(Subquery(counted, output_field=IntegerField()), 0)


def opportunities_with_interest_counts(*, queryset: QuerySet[Opportunity]) -> QuerySet[Opportunity]:
    """Adds `interested_count` and `looking_for_partners_count`. Subqueries rather than a
    join, so filters that join other tables cannot inflate the counts."""
    return queryset.annotate(
        interested_count=_interest_count(),
        looking_for_partners_count=_interest_count(looking_for_partners=True),
    )


def opportunity_interest_counts(*, opportunity: Opportunity) -> dict[str, int]:
    """How many organisations are interested in one opportunity, and how many of them are
    looking for partners."""
    return OpportunityInterest.objects.filter(opportunity=opportunity).aggregate(
        interested=Count("pk"),
        looking_for_partners=Count("pk", filter=Q(looking_for_partners=True)),
    )
