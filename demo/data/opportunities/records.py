import datetime
from dataclasses import dataclass
from decimal import Decimal

from organisations.models import Origin


@dataclass(frozen=True)
class OpportunitySeed:
    external_id: str
    title: str
    kind: str
    status: str
    summary: str
    description: str
    sources: tuple[str, ...]
    title_ko: str = ""
    summary_ko: str = ""
    description_ko: str = ""
    country: str = ""
    city: str = ""
    city_ko: str = ""
    hosts: tuple[str, ...] = ()
    sectors: tuple[str, ...] = ()
    required_capabilities: tuple[str, ...] = ()
    budget_amount: Decimal | None = None
    budget_currency: str = ""
    opens_on: datetime.date | None = None
    deadline: datetime.date | None = None
    eligible_countries: tuple[str, ...] = ()
    eligible_kinds: tuple[str, ...] = ()
    max_organisation_age_years: int | None = None
    source_url: str = ""
    origin: str = Origin.DEMO
