"""The staff overview: how introductions progress, what waits and for how long, and where one
side's demand finds no supply on the other. Reads only; every count is aggregated in the
database in a fixed number of queries, whatever the amount of data."""

import datetime
from dataclasses import dataclass

from django.db.models import Count, Q
from django.utils.translation import gettext_lazy as _

from common.bilingual import localized_text
from introductions.models import IntroductionRequest, IntroductionState
from organisations.models import Organisation, PublicationStatus

State = IntroductionState

# The period filter of the overview page: its value in the query string -> days (None: all).
OVERVIEW_PERIODS: dict[str, int | None] = {"30": 30, "90": 90, "365": 365, "all": None}
OVERVIEW_PERIOD_LABELS = {
    "30": _("Last 30 days"),
    "90": _("Last 90 days"),
    "365": _("Last 12 months"),
    "all": _("All time"),
}


def overview_period_since(*, period: str, now: datetime.datetime) -> datetime.datetime | None:
    """The start of a period of the overview filter; None for all time."""
    if period not in OVERVIEW_PERIODS:
        raise ValueError(f"Unknown period {period!r}: choose one of {', '.join(OVERVIEW_PERIODS)}.")
    days = OVERVIEW_PERIODS[period]
    return None if days is None else now - datetime.timedelta(days=days)


# The funnel


@dataclass(frozen=True)
class FunnelStage:
    key: str
    label: str
    count: int
    of_previous: float | None  # share of the stage before; None for the first or after a zero
    of_requested: float | None


@dataclass(frozen=True)
class Funnel:
    stages: list[FunnelStage]
    declined_by_staff: int
    declined_by_recipient: int
    no_fit: int

    @property
    def requested(self) -> int:
        return self.stages[0].count


# A stage is reached when the audit trail shows a step into any of its states. A partnership
# may be recorded without a meeting first, but the two sides certainly met, so it counts as a
# meeting too; that keeps the funnel narrowing, and every rate at most 100%.
FUNNEL_STAGES: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("requested", _("Requested"), (State.REQUESTED,)),
    ("forwarded", _("Forwarded by staff"), (State.FORWARDED,)),
    ("accepted", _("Accepted (introduced)"), (State.INTRODUCED,)),
    ("meeting_held", _("Meeting held"), (State.MEETING_HELD, State.PARTNERSHIP_FORMED)),
    ("partnership_formed", _("Partnership formed"), (State.PARTNERSHIP_FORMED,)),
)


def _share(part: int, whole: int) -> float | None:
    return part / whole if whole else None


def introduction_funnel(*, since: datetime.datetime | None = None) -> Funnel:
    """How many requests reached each stage, by the audit trail rather than the current state,
    so a request now at "no fit" still counts as forwarded and accepted. With `since`, only
    requests made from then on (a cohort), so later stages are never compared with requests
    made before the period. One query."""
    requests = IntroductionRequest.objects.all()
    if since is not None:
        requests = requests.filter(created_at__gte=since)

    def reached(*states: str) -> Count:
        return Count("pk", filter=Q(events__to_state__in=states), distinct=True)

    counts = requests.aggregate(
        # Every request made through the service has its creation in the trail.
        requested=Count("pk", filter=Q(events__from_state=""), distinct=True),
        **{key: reached(*states) for key, _, states in FUNNEL_STAGES[1:]},
        declined_by_staff=reached(State.DECLINED),
        declined_by_recipient=reached(State.DECLINED_BY_RECIPIENT),
        no_fit=reached(State.NO_FIT),
    )
    stages, previous = [], None
    for key, label, _states in FUNNEL_STAGES:
        count = counts[key]
        stages.append(
            FunnelStage(
                key=key,
                label=label,
                count=count,
                of_previous=None if previous is None else _share(count, previous),
                of_requested=_share(count, counts["requested"]),
            )
        )
        previous = count
    return Funnel(
        stages=stages,
        declined_by_staff=counts["declined_by_staff"],
        declined_by_recipient=counts["declined_by_recipient"],
        no_fit=counts["no_fit"],
    )


# The waiting queues


@dataclass(frozen=True)
class AgeBucket:
    key: str
    label: str
    min_days: int  # inclusive
    max_days: int | None  # exclusive; None: no upper bound


QUEUE_AGE_BUCKETS: tuple[AgeBucket, ...] = (
    AgeBucket("under_2", _("Under 2 days"), 0, 2),
    AgeBucket("2_to_7", _("2–7 days"), 2, 7),
    AgeBucket("7_to_14", _("7–14 days"), 7, 14),
    AgeBucket("14_to_30", _("14–30 days"), 14, 30),
    AgeBucket("over_30", _("Over 30 days"), 30, None),
)
# Who each open state waits for.
WAITING_QUEUES: tuple[tuple[str, str, str], ...] = (
    ("staff", _("Waiting for staff"), State.REQUESTED),
    ("recipient", _("Waiting for the other organisation"), State.FORWARDED),
    ("requester", _("Waiting for the requester (more information)"), State.MORE_INFORMATION_NEEDED),
)


@dataclass(frozen=True)
class WaitingQueue:
    key: str
    label: str
    counts: list[int]  # one per QUEUE_AGE_BUCKETS

    @property
    def total(self) -> int:
        return sum(self.counts)


@dataclass(frozen=True)
class QueueAges:
    buckets: tuple[AgeBucket, ...]
    queues: list[WaitingQueue]

    @property
    def total(self) -> int:
        return sum(queue.total for queue in self.queues)


def introduction_queue_ages(*, now: datetime.datetime) -> QueueAges:
    """Open requests by who they wait for and how long they have waited in that state (since
    their last step, as the staff queue shows it). A request exactly 2 days old is in "2-7
    days": each bucket includes its lower edge. One query."""

    def in_bucket(state: str, bucket: AgeBucket) -> Count:
        condition = Q(state=state, updated_at__lte=now - datetime.timedelta(days=bucket.min_days))
        if bucket.max_days is not None:
            condition &= Q(updated_at__gt=now - datetime.timedelta(days=bucket.max_days))
        return Count("pk", filter=condition)

    counts = IntroductionRequest.objects.filter(
        state__in=[state for _, _, state in WAITING_QUEUES]
    ).aggregate(
        **{
            f"{key}__{bucket.key}": in_bucket(state, bucket)
            for key, _, state in WAITING_QUEUES
            for bucket in QUEUE_AGE_BUCKETS
        }
    )
    return QueueAges(
        buckets=QUEUE_AGE_BUCKETS,
        queues=[
            WaitingQueue(
                key=key,
                label=label,
                counts=[counts[f"{key}__{bucket.key}"] for bucket in QUEUE_AGE_BUCKETS],
            )
            for key, label, _ in WAITING_QUEUES
        ],
    )


# Supply and demand across the border


@dataclass(frozen=True)
class SectorGap:
    sector_name: str
    sector_name_ko: str
    sector_slug: str
    seekers: int  # published organisations on the demand side seeking in this sector
    suppliers: int  # published organisations on the other side offering what they seek
    capabilities_sought: int
    capabilities_unmet: int  # sought, and offered by no one on the other side

    @property
    def capabilities_met(self) -> int:
        return self.capabilities_sought - self.capabilities_unmet

    @property
    def has_no_supply(self) -> bool:
        return self.suppliers == 0

    @property
    def label(self) -> str:
        """The sector's name in the reader's language (the other's when it has none)."""
        return localized_text(english=self.sector_name, korean=self.sector_name_ko).text


@dataclass(frozen=True)
class SupplyGaps:
    demand_country: str
    supply_country: str
    sectors: list[SectorGap]  # the sectors with demand, those with most unmet first

    @property
    def sectors_without_supply(self) -> list[SectorGap]:
        return [gap for gap in self.sectors if gap.has_no_supply]


# Both directions of the corridor: (demand side, supply side).
SUPPLY_DIRECTIONS = (("KR", "GB"), ("GB", "KR"))


def sector_supply_gaps() -> list[SupplyGaps]:
    """Per sector, what published organisations of one country seek against what published
    organisations of the other offer, both ways (Korean demand, UK supply; then back).

    Demand is counted in capabilities, because each capability belongs to exactly one sector
    and offers and seeks name capabilities: a sector's demand is met capability by capability,
    so UK supply of digital twins does not hide that no one in the UK offers Open RAN.
    Four queries."""
    published = Q(organisation__status=PublicationStatus.PUBLISHED)
    countries = [country for pair in SUPPLY_DIRECTIONS for country in pair]
    seeks = Organisation.seeks.through.objects.filter(
        published, organisation__country__in=countries
    )
    offers = Organisation.offers.through.objects.filter(
        published, organisation__country__in=countries
    )

    sought = set(
        seeks.values_list("capability_id", "capability__sector_id", "organisation__country")
        .distinct()
        .order_by()
    )
    offered = set(
        offers.values_list("capability_id", "organisation__country").distinct().order_by()
    )
    seekers = {
        (row["capability__sector_id"], row["organisation__country"]): row
        for row in seeks.values(
            "capability__sector_id",
            "capability__sector__name",
            "capability__sector__name_ko",
            "capability__sector__slug",
            "organisation__country",
        )
        .annotate(organisations=Count("organisation_id", distinct=True))
        .order_by()
    }
    suppliers = (
        offers.values("capability__sector_id")
        .annotate(
            **{
                f"from_{supply}": Count(
                    "organisation_id",
                    distinct=True,
                    filter=Q(
                        organisation__country=supply,
                        capability_id__in=seeks.filter(organisation__country=demand).values(
                            "capability_id"
                        ),
                    ),
                )
                for demand, supply in SUPPLY_DIRECTIONS
            }
        )
        .order_by()
    )
    suppliers_by_sector = {row["capability__sector_id"]: row for row in suppliers}

    results = []
    for demand, supply in SUPPLY_DIRECTIONS:
        gaps = []
        for (sector_id, country), row in seekers.items():
            if country != demand:
                continue
            in_sector = [c for c, sector, by in sought if sector == sector_id and by == demand]
            gaps.append(
                SectorGap(
                    sector_name=row["capability__sector__name"],
                    sector_name_ko=row["capability__sector__name_ko"],
                    sector_slug=row["capability__sector__slug"],
                    seekers=row["organisations"],
                    suppliers=suppliers_by_sector.get(sector_id, {}).get(f"from_{supply}", 0),
                    capabilities_sought=len(in_sector),
                    capabilities_unmet=sum((c, supply) not in offered for c in in_sector),
                )
            )
        gaps.sort(key=lambda gap: (-gap.capabilities_unmet, -gap.seekers, gap.sector_name))
        results.append(SupplyGaps(demand_country=demand, supply_country=supply, sectors=gaps))
    return results
