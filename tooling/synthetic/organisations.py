"""Synthetic organisations: mostly UK and Korean SMEs and startups, each with 1-3 sectors, a
skewed number of offered and sought capabilities drawn by popularity (mostly from its own
sectors; sought ones often from related sectors), and a description built from the words of
what it offers."""

import datetime
from dataclasses import dataclass, field

import numpy as np

from common.bulk import link_rows_insert, records_insert
from organisations.models import Organisation, Origin, PublicationStatus
from tooling.synthetic.taxonomy import SyntheticTaxonomy
from tooling.synthetic.text import synthetic_texts
from tooling.synthetic.vocabulary import (
    CITIES,
    COUNTRIES,
    COUNTRY_WEIGHTS,
    KINDS,
    KO_DEFAULT_SUFFIX,
    KO_SUFFIXES,
    NAME_STEMS,
    NAME_STEMS_KO,
    NAME_SUFFIXES,
)

BATCH_SIZE = 5000
SECTOR_COUNTS = ([1, 2, 3], [0.5, 0.35, 0.15])
OFFER_COUNTS = ([2, 3, 4, 5, 6, 7, 8], [0.22, 0.24, 0.2, 0.14, 0.1, 0.06, 0.04])
SEEK_COUNTS = ([1, 2, 3, 4, 5], [0.35, 0.3, 0.18, 0.1, 0.07])
CANDIDATE_SLOTS = 14
PRIMARY_SECTOR_SHARE = 0.6
CROSS_SECTOR_SHARE = 0.1
SEEK_RELATED_SECTOR_SHARE = 0.5
DESCRIPTION_WORDS = (20, 60)
CAPABILITY_WORD_SHARE = 0.55


@dataclass
class SyntheticOrganisations:
    """What later steps need to know about the organisations, by position."""

    ids: list[int] = field(default_factory=list)
    kinds: list[str] = field(default_factory=list)
    countries: list[str] = field(default_factory=list)
    offers: list[list[int]] = field(default_factory=list)
    link_count: int = 0


def synthetic_organisations_create(
    *, rng: np.random.Generator, taxonomy: SyntheticTaxonomy, count: int, today: datetime.date
) -> SyntheticOrganisations:
    created = SyntheticOrganisations()
    for start in range(0, count, BATCH_SIZE):
        size = min(BATCH_SIZE, count - start)
        _batch_create(
            rng=rng, taxonomy=taxonomy, first=start, size=size, today=today, created=created
        )
    return created


def _choice(rng: np.random.Generator, options_and_weights, size: int) -> np.ndarray:
    options, weights = options_and_weights
    return np.asarray(options)[rng.choice(len(options), size=size, p=weights)]


def _capability_candidates(
    *, rng: np.random.Generator, taxonomy: SyntheticTaxonomy, slot_sectors: np.ndarray
) -> np.ndarray:
    """A capability per slot, drawn by popularity within the slot's sector, and now and then
    from anywhere, as real profiles list a stray skill or two."""
    candidates = np.empty(slot_sectors.shape, dtype=np.int64)
    for sector in range(taxonomy.sector_count):
        mask = slot_sectors == sector
        candidates[mask] = rng.choice(
            taxonomy.sector_capabilities[sector],
            size=int(mask.sum()),
            p=taxonomy.sector_capability_popularity[sector],
        )
    cross = rng.random(slot_sectors.shape) < CROSS_SECTOR_SHARE
    candidates[cross] = rng.choice(
        taxonomy.capability_count, size=int(cross.sum()), p=taxonomy.capability_popularity
    )
    return candidates


def _batch_create(
    *,
    rng: np.random.Generator,
    taxonomy: SyntheticTaxonomy,
    first: int,
    size: int,
    today: datetime.date,
    created: SyntheticOrganisations,
) -> None:
    rows = np.arange(size)
    sector_draws = rng.choice(taxonomy.sector_count, size=(size, 3), p=taxonomy.sector_popularity)
    sector_counts = _choice(rng, SECTOR_COUNTS, size)
    sector_lists = sector_draws.tolist()
    # Offers come mostly from the primary sector, the rest from the others it works in.
    use_primary = rng.random((size, CANDIDATE_SLOTS)) < PRIMARY_SECTOR_SHARE
    other_slot = (rng.random((size, CANDIDATE_SLOTS)) * sector_counts[:, None]).astype(int)
    offer_slot_sectors = sector_draws[rows[:, None], np.where(use_primary, 0, other_slot)]
    offer_candidates = _capability_candidates(
        rng=rng, taxonomy=taxonomy, slot_sectors=offer_slot_sectors
    ).tolist()
    # What an organisation seeks often lies in a neighbouring sector: a battery maker seeks
    # grid integration, not more battery chemistry.
    related = np.array(taxonomy.related_sectors)
    related_pick = related[
        sector_draws[:, :1], rng.integers(0, related.shape[1], (size, CANDIDATE_SLOTS))
    ]
    seek_slot_sectors = np.where(
        rng.random((size, CANDIDATE_SLOTS)) < SEEK_RELATED_SECTOR_SHARE,
        related_pick,
        offer_slot_sectors,
    )
    seek_candidates = _capability_candidates(
        rng=rng, taxonomy=taxonomy, slot_sectors=seek_slot_sectors
    ).tolist()
    counts = sector_counts.tolist()
    offer_counts = _choice(rng, OFFER_COUNTS, size).tolist()
    seek_counts = _choice(rng, SEEK_COUNTS, size).tolist()

    kind_indices = rng.choice(
        len(KINDS), size=size, p=[share for _k, share, _y, _s in KINDS]
    ).tolist()
    country_codes = _choice(rng, (COUNTRIES, COUNTRY_WEIGHTS), size).tolist()
    uniforms = rng.random((size, 6)).tolist()

    by_popularity = [
        members[np.argsort(-popularity, kind="stable")].tolist()
        for members, popularity in zip(
            taxonomy.sector_capabilities, taxonomy.sector_capability_popularity, strict=True
        )
    ]
    links = []
    for row in range(size):
        sectors = list(dict.fromkeys(sector_lists[row][: counts[row]]))
        # Popular capabilities repeat among the candidates; the sector's most popular ones
        # make up the numbers when too few distinct ones were drawn.
        fallback = by_popularity[sectors[0]]
        offers = list(dict.fromkeys([*offer_candidates[row], *fallback]))[: offer_counts[row]]
        seeks = [c for c in dict.fromkeys([*seek_candidates[row], *fallback]) if c not in offers]
        links.append((sectors, offers, seeks[: seek_counts[row]]))
    descriptions = synthetic_texts(
        rng=rng,
        vocabulary=taxonomy.text_vocabulary,
        capabilities=[offers for _sectors, offers, _seeks in links],
        lengths=rng.integers(DESCRIPTION_WORDS[0], DESCRIPTION_WORDS[1] + 1, size),
        specific_share=CAPABILITY_WORD_SHARE,
    )

    organisations = []
    for row, (_sectors, offers, _seeks) in enumerate(links):
        number = first + row + 1
        kind, _share, (earliest, latest), size_bands = KINDS[kind_indices[row]]
        country = country_codes[row]
        u = uniforms[row]
        founded = earliest + int(u[0] * (min(latest, today.year) - earliest + 1))
        organisations.append(
            {
                "name": _name(
                    kind=kind, country=country, topic=taxonomy.capability_topics[offers[0]], u=u
                ),
                "name_ko": _name_ko(kind=kind, u=u) if country == "KR" else "",
                "country": country,
                "kind": kind,
                "city": _pick(CITIES[country], u[3]),
                "website": f"https://syn-org-{number}.example.org",
                "description": descriptions[row],
                "founded_year": founded,
                "size_band": _pick_weighted(size_bands, u[4]),
                "status": PublicationStatus.PUBLISHED,
                "origin": Origin.SYNTHETIC,
                "external_id": f"syn-org-{number}",
            }
        )
        created.kinds.append(kind)
        created.countries.append(country)
        created.offers.append(offers)

    ids = records_insert(model=Organisation, rows=organisations)
    created.ids.extend(ids)
    created.link_count += _links_create(taxonomy=taxonomy, ids=ids, links=links)


def _links_create(*, taxonomy: SyntheticTaxonomy, ids: list[int], links) -> int:
    sector_pairs, offer_pairs, seek_pairs = [], [], []
    for organisation_id, (sectors, offers, seeks) in zip(ids, links, strict=True):
        sector_pairs += [(organisation_id, taxonomy.sector_ids[s]) for s in sectors]
        offer_pairs += [(organisation_id, taxonomy.capability_ids[c]) for c in offers]
        seek_pairs += [(organisation_id, taxonomy.capability_ids[c]) for c in seeks]
    return sum(
        link_rows_insert(through=through, source="organisation_id", target=target, pairs=pairs)
        for through, target, pairs in (
            (Organisation.sectors.through, "sector_id", sector_pairs),
            (Organisation.offers.through, "capability_id", offer_pairs),
            (Organisation.seeks.through, "capability_id", seek_pairs),
        )
    )


def _pick(options, u: float):
    return options[int(u * len(options))]


def _pick_weighted(weights: dict[str, float], u: float) -> str:
    total = 0.0
    for option, weight in weights.items():
        total += weight
        if u < total:
            return option
    return option


def _name(*, kind: str, country: str, topic: str, u: list[float]) -> str:
    stem = _pick(NAME_STEMS.get(country, NAME_STEMS["other"]), u[1])
    suffix = _pick(NAME_SUFFIXES[kind], u[2])
    if kind in ("sme", "startup", "large_company"):
        topic_words = " ".join(word[:1].upper() + word[1:] for word in topic.split())
        return f"{stem} {topic_words} {suffix}"
    return f"{stem} {suffix}"


def _name_ko(*, kind: str, u: list[float]) -> str:
    # The same draw as the romanised stem, so "Hanbit" and "한빛" go together.
    return f"{_pick(NAME_STEMS_KO, u[1])} {KO_SUFFIXES.get(kind, KO_DEFAULT_SUFFIX)}"
