"""Plain columns of what the engine indexes, as read from the database (or made in a test).

The index is built from these, never from model instances, so that it can be built and tested
without a database and so that reading 100,000 organisations stays a handful of queries.
"""

import datetime
from dataclasses import dataclass, field


@dataclass(slots=True)
class OrganisationRecords:
    ids: list[int] = field(default_factory=list)
    names: list[str] = field(default_factory=list)
    external_ids: list[str] = field(default_factory=list)
    countries: list[str] = field(default_factory=list)
    kinds: list[str] = field(default_factory=list)
    founded_years: list[int | None] = field(default_factory=list)
    published: list[bool] = field(default_factory=list)
    descriptions: list[str] = field(default_factory=list)
    sectors: list[list[int]] = field(default_factory=list)
    offers: list[list[int]] = field(default_factory=list)
    seeks: list[list[int]] = field(default_factory=list)

    def __len__(self) -> int:
        return len(self.ids)

    def append(
        self,
        *,
        id: int,
        name: str = "",
        external_id: str = "",
        country: str,
        kind: str,
        founded_year: int | None = None,
        published: bool = True,
        description: str = "",
        sectors: list[int] = (),
        offers: list[int] = (),
        seeks: list[int] = (),
    ) -> None:
        self.ids.append(id)
        self.names.append(name)
        self.external_ids.append(external_id)
        self.countries.append(country)
        self.kinds.append(kind)
        self.founded_years.append(founded_year)
        self.published.append(published)
        self.descriptions.append(description)
        self.sectors.append(list(sectors))
        self.offers.append(list(offers))
        self.seeks.append(list(seeks))


@dataclass(slots=True)
class OpportunityRecords:
    ids: list[int] = field(default_factory=list)
    published: list[bool] = field(default_factory=list)
    deadlines: list[datetime.date | None] = field(default_factory=list)
    eligible_countries: list[frozenset[str]] = field(default_factory=list)
    eligible_kinds: list[frozenset[str]] = field(default_factory=list)
    max_ages: list[int | None] = field(default_factory=list)
    texts: list[str] = field(default_factory=list)
    sectors: list[list[int]] = field(default_factory=list)
    required: list[list[int]] = field(default_factory=list)

    def __len__(self) -> int:
        return len(self.ids)

    def append(
        self,
        *,
        id: int,
        published: bool = True,
        deadline: datetime.date | None = None,
        eligible_countries=frozenset(),
        eligible_kinds=frozenset(),
        max_age: int | None = None,
        text: str = "",
        sectors: list[int] = (),
        required: list[int] = (),
    ) -> None:
        self.ids.append(id)
        self.published.append(published)
        self.deadlines.append(deadline)
        self.eligible_countries.append(frozenset(eligible_countries))
        self.eligible_kinds.append(frozenset(eligible_kinds))
        self.max_ages.append(max_age)
        self.texts.append(text)
        self.sectors.append(list(sectors))
        self.required.append(list(required))


@dataclass(slots=True)
class ProjectRecords:
    """Past projects' titles (for reasons) and descriptions (for the past-projects factor)."""

    ids: list[int] = field(default_factory=list)
    titles: list[str] = field(default_factory=list)
    texts: list[str] = field(default_factory=list)

    def __len__(self) -> int:
        return len(self.ids)

    def append(self, *, id: int, title: str = "", text: str = "") -> None:
        self.ids.append(id)
        self.titles.append(title)
        self.texts.append(text)


@dataclass(slots=True)
class MatchingRecords:
    """Everything the engine reads."""

    organisations: OrganisationRecords
    opportunities: OpportunityRecords
    # (project id, organisation id) pairs: who took part in what.
    participations: list[tuple[int, int]] = field(default_factory=list)
    projects: ProjectRecords = field(default_factory=ProjectRecords)
    # (consortium id, member id) pairs.
    consortium_links: list[tuple[int, int]] = field(default_factory=list)
    capability_names: dict[int, str] = field(default_factory=dict)
    sector_names: dict[int, str] = field(default_factory=dict)
    # Every organisation kind there may be, in a fixed order (the index packs them as bits).
    # Empty: the kinds the records use.
    kind_names: list[str] = field(default_factory=list)
    # Weights fitted to the app's history (formula's names and order); None: the defaults.
    partner_weights: dict[str, float] | None = None
    opportunity_weights: dict[str, float] | None = None
