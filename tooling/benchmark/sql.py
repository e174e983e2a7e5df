"""The SQL-only baseline: what a suggestion costs when the database does the matching, one query
per request (join the tag tables on the query's tags, GROUP BY candidate, score, ORDER BY, LIMIT).

It scores the tag factors only (complementarity, sector overlap unweighted, shared capabilities;
coverage and sectors for opportunities): description similarity and the collaboration network
have no reasonable single-query form. So it does less than the engine, and its ranking is not
compared with it; it measures the cost of the approach, not its quality.
"""

import datetime

from django.db import connection

from opportunities.models import Opportunity
from organisations.models import Organisation, PublicationStatus


def _tables() -> dict[str, str]:
    return {
        "organisation": Organisation._meta.db_table,
        "offers": Organisation.offers.through._meta.db_table,
        "seeks": Organisation.seeks.through._meta.db_table,
        "sectors": Organisation.sectors.through._meta.db_table,
        "required": Opportunity.required_capabilities.through._meta.db_table,
        "opportunity_sectors": Opportunity.sectors.through._meta.db_table,
    }


def _placeholders(values) -> str:
    return ", ".join(["%s"] * len(values))


def _ratio(numerator: str, denominator: str) -> str:
    return (
        f"CASE WHEN ({denominator}) > 0 "
        f"THEN CAST({numerator} AS DOUBLE PRECISION) / ({denominator}) ELSE 0 END"
    )


def partners_by_sql(
    *, organisation_id: int, countries: list[str] | None, excluded_ids: set[int], limit: int
) -> list[tuple[int, float]]:
    """(id, score) of the best `limit` published partners, in one query."""
    t = _tables()
    excluded = sorted(excluded_ids | {organisation_id})
    country_filter = f"AND org.country IN ({_placeholders(countries)})" if countries else ""
    harmonic = (
        "CASE WHEN gain_mine + gain_theirs > 0 "
        "THEN 2 * gain_mine * gain_theirs / (gain_mine + gain_theirs) ELSE 0 END"
    )
    sql = f"""
        WITH q_seeks AS (SELECT capability_id AS c FROM {t["seeks"]} WHERE organisation_id = %s),
        q_offers AS (SELECT capability_id AS c FROM {t["offers"]} WHERE organisation_id = %s),
        q_sectors AS (SELECT sector_id AS s FROM {t["sectors"]} WHERE organisation_id = %s),
        sizes AS (
            SELECT (SELECT COUNT(*) FROM q_seeks) AS seeks,
                   (SELECT COUNT(*) FROM q_offers) AS offers,
                   (SELECT COUNT(*) FROM q_sectors) AS sectors
        ),
        matches AS (
            SELECT o.organisation_id AS id, 1 AS they_offer, 0 AS they_seek,
                   0 AS both_offer, 0 AS both_in
              FROM {t["offers"]} o JOIN q_seeks q ON o.capability_id = q.c
            UNION ALL
            SELECT s.organisation_id, 0, 1, 0, 0
              FROM {t["seeks"]} s JOIN q_offers q ON s.capability_id = q.c
            UNION ALL
            SELECT o.organisation_id, 0, 0, 1, 0
              FROM {t["offers"]} o JOIN q_offers q ON o.capability_id = q.c
            UNION ALL
            SELECT x.organisation_id, 0, 0, 0, 1
              FROM {t["sectors"]} x JOIN q_sectors q ON x.sector_id = q.s
        ),
        tallies AS (
            SELECT id, SUM(they_offer) AS they_offer, SUM(they_seek) AS they_seek,
                   SUM(both_offer) AS both_offer, SUM(both_in) AS both_in
              FROM matches GROUP BY id
        ),
        candidates AS (
            SELECT t.*,
                   (SELECT COUNT(*) FROM {t["seeks"]} s WHERE s.organisation_id = t.id)
                       AS their_seeks,
                   (SELECT COUNT(*) FROM {t["offers"]} o WHERE o.organisation_id = t.id)
                       AS their_offers,
                   (SELECT COUNT(*) FROM {t["sectors"]} x WHERE x.organisation_id = t.id)
                       AS their_sectors
              FROM tallies t JOIN {t["organisation"]} org ON org.id = t.id
             WHERE org.status = %s {country_filter}
               AND org.id NOT IN ({_placeholders(excluded)})
        ),
        factors AS (
            SELECT c.id,
                   {_ratio("c.they_offer", "sizes.seeks")} AS gain_mine,
                   {_ratio("c.they_seek", "c.their_seeks")} AS gain_theirs,
                   {_ratio("c.both_in", "sizes.sectors + c.their_sectors - c.both_in")}
                       AS sectors,
                   {_ratio("c.both_offer", "sizes.offers + c.their_offers - c.both_offer")}
                       AS shared
              FROM candidates c CROSS JOIN sizes
        )
        SELECT id,
               35 * (0.8 * {harmonic} + 0.2 * (gain_mine + gain_theirs) / 2)
               + 20 * sectors + 10 * shared AS score
          FROM factors
         ORDER BY score DESC, id
         LIMIT %s
    """
    params = [organisation_id] * 3 + [PublicationStatus.PUBLISHED]
    params += list(countries or []) + excluded + [limit]
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return [(pk, float(score)) for pk, score in cursor.fetchall()]


def organisations_by_sql(
    *, opportunity: Opportunity, today: datetime.date, limit: int
) -> list[tuple[int, float]]:
    """(id, score) of the best `limit` eligible published organisations, in one query. The
    opportunity's own eligibility fields come from the instance the request already holds."""
    t = _tables()
    filters, params = [], []
    countries = [str(code) for code in opportunity.eligible_countries]
    if countries:
        filters.append(f"org.country IN ({_placeholders(countries)})")
        params += countries
    if opportunity.eligible_kinds:
        filters.append(f"org.kind IN ({_placeholders(opportunity.eligible_kinds)})")
        params += list(opportunity.eligible_kinds)
    if opportunity.max_organisation_age_years is not None:
        filters.append("org.founded_year >= %s")
        params.append(today.year - opportunity.max_organisation_age_years)
    eligibility = "".join(f" AND {condition}" for condition in filters)
    sql = f"""
        WITH required AS (
            SELECT capability_id AS c FROM {t["required"]} WHERE opportunity_id = %s
        ),
        wanted_sectors AS (
            SELECT sector_id AS s FROM {t["opportunity_sectors"]} WHERE opportunity_id = %s
        ),
        sizes AS (
            SELECT (SELECT COUNT(*) FROM required) AS required,
                   (SELECT COUNT(*) FROM wanted_sectors) AS sectors
        ),
        matches AS (
            SELECT o.organisation_id AS id, 1 AS covered, 0 AS shared
              FROM {t["offers"]} o JOIN required r ON o.capability_id = r.c
            UNION ALL
            SELECT x.organisation_id, 0, 1
              FROM {t["sectors"]} x JOIN wanted_sectors w ON x.sector_id = w.s
        ),
        tallies AS (
            SELECT id, SUM(covered) AS covered, SUM(shared) AS shared FROM matches GROUP BY id
        )
        SELECT t.id,
               50 * {_ratio("t.covered", "sizes.required")}
               + 25 * {_ratio("t.shared", "sizes.sectors")} AS score
          FROM tallies t CROSS JOIN sizes JOIN {t["organisation"]} org ON org.id = t.id
         WHERE org.status = %s{eligibility}
         ORDER BY score DESC, t.id
         LIMIT %s
    """
    all_params = [opportunity.pk, opportunity.pk, PublicationStatus.PUBLISHED, *params, limit]
    with connection.cursor() as cursor:
        cursor.execute(sql, all_params)
        return [(pk, float(score)) for pk, score in cursor.fetchall()]
