"""Synthetic opportunities: calls, programmes and tenders hosted by larger organisations, each
requiring a few capabilities of one sector, with deadlines around today (most open, some
closed, some rolling) and eligibility now and then restricted by country, kind or age."""

import datetime
from decimal import Decimal

import numpy as np

from common.bulk import link_rows_insert, records_insert
from opportunities.models import Currency, Opportunity, OpportunityStatus
from organisations.models import Origin
from tooling.synthetic.organisations import SyntheticOrganisations
from tooling.synthetic.taxonomy import SyntheticTaxonomy
from tooling.synthetic.text import synthetic_texts
from tooling.synthetic.vocabulary import (
    CITIES,
    ELIGIBLE_KIND_SETS,
    HOST_KINDS,
    OPPORTUNITY_KINDS,
)

COUNTRIES = (["KR", "GB", ""], [0.55, 0.35, 0.10])
CLOSED_SHARE = 0.15
ROLLING_SHARE = 0.15
REQUIRED_COUNTS = ([2, 3, 4, 5, 6], [0.25, 0.3, 0.25, 0.12, 0.08])
COUNTRY_RESTRICTED_SHARE = 0.4
KIND_RESTRICTED_SHARE = 0.25
# Age limits are what startup programmes have; other kinds rarely.
AGE_LIMITED_SHARE = {"programme": 0.5}
AGE_LIMITED_OTHERWISE = 0.05
AGE_LIMITS = [3, 5, 7, 10]
BUDGETED_SHARE = 0.7
# Median budget by currency: about £250k, in each currency's units.
BUDGET_MEDIANS = {"GBP": 250_000, "KRW": 400_000_000, "EUR": 300_000, "USD": 300_000}
BUDGET_CURRENCY_BY_COUNTRY = {"GB": Currency.GBP, "KR": Currency.KRW, "": Currency.EUR}


def synthetic_opportunities_create(
    *,
    rng: np.random.Generator,
    taxonomy: SyntheticTaxonomy,
    organisations: SyntheticOrganisations,
    count: int,
    today: datetime.date,
) -> int:
    host_pools = _host_pools(organisations)
    kinds = rng.choice(
        len(OPPORTUNITY_KINDS), size=count, p=[share for _kind, share, _label in OPPORTUNITY_KINDS]
    ).tolist()
    countries = np.asarray(COUNTRIES[0])[rng.choice(3, size=count, p=COUNTRIES[1])].tolist()
    primary_sectors = rng.choice(
        taxonomy.sector_count, size=count, p=taxonomy.sector_popularity
    ).tolist()
    second_sectors = rng.choice(
        taxonomy.sector_count, size=count, p=taxonomy.sector_popularity
    ).tolist()
    required_counts = np.asarray(REQUIRED_COUNTS[0])[
        rng.choice(len(REQUIRED_COUNTS[0]), size=count, p=REQUIRED_COUNTS[1])
    ].tolist()
    uniforms = rng.random((count, 16)).tolist()
    budget_factors = rng.lognormal(mean=0.0, sigma=1.0, size=count).tolist()

    opportunities = []
    links = []
    for index in range(count):
        number = index + 1
        u = uniforms[index]
        kind, _share, kind_label = OPPORTUNITY_KINDS[kinds[index]]
        country = countries[index]
        sector = primary_sectors[index]
        required = _required_capabilities(
            rng=rng, taxonomy=taxonomy, sector=sector, count=required_counts[index]
        )
        sectors = list(dict.fromkeys([sector, second_sectors[index]]))[: 1 + int(u[0] < 0.3)]
        opens_on, deadline = _dates(today=today, u=u)
        currency, amount = _budget(country=country, factor=budget_factors[index], u=u)
        lead = taxonomy.capability_names[required[0]]
        opportunities.append(
            {
                "title": f"{lead} {kind_label}",
                "kind": kind,
                "country": country,
                "city": CITIES[country][int(u[5] * len(CITIES[country]))] if country else "",
                "summary": f"Seeks partners with {lead.lower()} capability.",
                "budget_amount": amount,
                "budget_currency": currency,
                "opens_on": opens_on,
                "deadline": deadline,
                "eligible_countries": _eligible_countries(country=country, u=u),
                "eligible_kinds": (
                    ELIGIBLE_KIND_SETS[int(u[7] * len(ELIGIBLE_KIND_SETS))]
                    if u[6] < KIND_RESTRICTED_SHARE
                    else []
                ),
                "max_organisation_age_years": (
                    AGE_LIMITS[int(u[9] * len(AGE_LIMITS))]
                    if u[8] < AGE_LIMITED_SHARE.get(kind, AGE_LIMITED_OTHERWISE)
                    else None
                ),
                "source_url": f"https://example.org/opportunities/syn-opp-{number}",
                "status": OpportunityStatus.PUBLISHED,
                "origin": Origin.SYNTHETIC,
                "external_id": f"syn-opp-{number}",
            }
        )
        links.append(
            (_hosts(pool=host_pools.get(country) or host_pools[""], u=u), sectors, required)
        )

    descriptions = synthetic_texts(
        rng=rng,
        vocabulary=taxonomy.text_vocabulary,
        capabilities=[required for _hosts, _sectors, required in links],
        lengths=rng.integers(25, 60, size=count),
        specific_share=0.6,
    )
    for opportunity, description in zip(opportunities, descriptions, strict=True):
        opportunity["description"] = description
    ids = records_insert(model=Opportunity, rows=opportunities)
    return _links_create(taxonomy=taxonomy, organisations=organisations, ids=ids, links=links)


def _host_pools(organisations: SyntheticOrganisations) -> dict[str, list[int]]:
    pools: dict[str, list[int]] = {"": []}
    for index, (kind, country) in enumerate(
        zip(organisations.kinds, organisations.countries, strict=True)
    ):
        if kind in HOST_KINDS:
            pools.setdefault(country, []).append(index)
            pools[""].append(index)
    return pools


def _hosts(*, pool: list[int], u: list[float]) -> list[int]:
    # Some calls name no host, as when a ministry's agency is not in the directory.
    if not pool or u[10] < 0.15:
        return []
    hosts = [pool[int(u[11] * len(pool))]]
    if u[12] < 0.25:
        hosts.append(pool[int(u[13] * len(pool))])
    return list(dict.fromkeys(hosts))


def _required_capabilities(
    *, rng: np.random.Generator, taxonomy: SyntheticTaxonomy, sector: int, count: int
) -> list[int]:
    members = taxonomy.sector_capabilities[sector]
    chosen = rng.choice(
        members,
        size=min(count, len(members)),
        replace=False,
        p=taxonomy.sector_capability_popularity[sector],
    )
    return chosen.tolist()


def _dates(*, today: datetime.date, u: list[float]) -> tuple[datetime.date, datetime.date | None]:
    if u[1] < CLOSED_SHARE:
        deadline = today - datetime.timedelta(days=1 + int(u[2] * 120))
    elif u[1] < 1 - ROLLING_SHARE:
        deadline = today + datetime.timedelta(days=int(u[2] * 180))
    else:
        return today - datetime.timedelta(days=int(u[2] * 365)), None
    return deadline - datetime.timedelta(days=30 + int(u[3] * 90)), deadline


def _budget(*, country: str, factor: float, u: list[float]):
    if u[4] >= BUDGETED_SHARE:
        return "", None
    currency = BUDGET_CURRENCY_BY_COUNTRY[country]
    thousands = max(1, round(BUDGET_MEDIANS[currency] * factor / 1000))
    return currency, Decimal(thousands * 1000)


def _eligible_countries(*, country: str, u: list[float]) -> list[str]:
    if u[14] >= COUNTRY_RESTRICTED_SHARE:
        return []
    if country and u[15] < 0.5:
        return [country]
    return ["GB", "KR"]


def _links_create(*, taxonomy, organisations, ids, links) -> int:
    host_pairs, sector_pairs, required_pairs = [], [], []
    for opportunity_id, (hosts, sectors, required) in zip(ids, links, strict=True):
        host_pairs += [(opportunity_id, organisations.ids[h]) for h in hosts]
        sector_pairs += [(opportunity_id, taxonomy.sector_ids[s]) for s in sectors]
        required_pairs += [(opportunity_id, taxonomy.capability_ids[c]) for c in required]
    return sum(
        link_rows_insert(through=through, source="opportunity_id", target=target, pairs=pairs)
        for through, target, pairs in (
            (Opportunity.hosts.through, "organisation_id", host_pairs),
            (Opportunity.sectors.through, "sector_id", sector_pairs),
            (Opportunity.required_capabilities.through, "capability_id", required_pairs),
        )
    )
