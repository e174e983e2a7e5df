"""A synthetic taxonomy of about 300 capabilities over 20 sectors, with Zipf-like popularity:
in real profiles a few capabilities are on almost everyone's list and most are rare."""

from dataclasses import dataclass

import numpy as np
from django.utils.text import slugify

from organisations.models import Capability, Sector
from tooling.synthetic.text import TextVocabulary
from tooling.synthetic.vocabulary import FACETS, SECTORS

SYNTHETIC_PREFIX = "syn-"
CAPABILITIES_PER_SECTOR = 15
CAPABILITY_ZIPF_EXPONENT = 1.1
SECTOR_ZIPF_EXPONENT = 0.7
RELATED_SECTORS = 3


@dataclass(frozen=True)
class SyntheticTaxonomy:
    sector_ids: list[int]
    sector_popularity: np.ndarray
    # Sectors whose capabilities an organisation in this one tends to seek.
    related_sectors: list[list[int]]
    capability_ids: list[int]
    capability_names: list[str]
    capability_topics: list[str]
    capability_words: list[list[str]]
    capability_sector: np.ndarray
    capability_popularity: np.ndarray
    sector_capabilities: list[np.ndarray]
    sector_capability_popularity: list[np.ndarray]
    text_vocabulary: TextVocabulary

    @property
    def sector_count(self) -> int:
        return len(self.sector_ids)

    @property
    def capability_count(self) -> int:
        return len(self.capability_ids)


def zipf_weights(rng: np.random.Generator, count: int, exponent: float) -> np.ndarray:
    """Popularity ∝ 1 / rank^exponent, with ranks shuffled so that popularity is not tied to
    position in the word lists."""
    ranks = rng.permutation(count) + 1
    weights = 1.0 / ranks**exponent
    return weights / weights.sum()


def synthetic_taxonomy_create(*, rng: np.random.Generator) -> SyntheticTaxonomy:
    sectors = Sector.objects.bulk_create(
        [
            Sector(
                slug=f"{SYNTHETIC_PREFIX}{key}",
                name=f"{name} (synthetic)",
                description="Synthetic benchmark data.",
            )
            for key, name, _topics, _words in SECTORS
        ]
    )
    capabilities = []
    capability_sector = []
    topics = []
    words = []
    for sector_index, (sector, (_key, _name, sector_topics, sector_words)) in enumerate(
        zip(sectors, SECTORS, strict=True)
    ):
        pairs = [(topic, facet) for topic in sector_topics for facet in range(len(FACETS))]
        chosen = rng.choice(len(pairs), size=CAPABILITIES_PER_SECTOR, replace=False)
        for pair_index in sorted(chosen.tolist()):
            topic, facet_index = pairs[pair_index]
            facet, facet_words = FACETS[facet_index]
            name = f"{topic[:1].upper()}{topic[1:]} {facet}"
            capabilities.append(
                Capability(slug=f"{SYNTHETIC_PREFIX}{slugify(name)}", name=name, sector=sector)
            )
            capability_sector.append(sector_index)
            topics.append(topic)
            extra = rng.choice(len(sector_words), size=4, replace=False).tolist()
            words.append(
                [*topic.lower().split(), *facet.lower().split(), *facet_words]
                + [sector_words[i] for i in extra]
            )
    Capability.objects.bulk_create(capabilities)

    capability_sector_array = np.array(capability_sector)
    capability_popularity = zipf_weights(rng, len(capabilities), CAPABILITY_ZIPF_EXPONENT)
    sector_capabilities = [
        np.flatnonzero(capability_sector_array == index) for index in range(len(sectors))
    ]
    related = []
    for index in range(len(sectors)):
        others = [other for other in range(len(sectors)) if other != index]
        related.append(rng.choice(others, size=RELATED_SECTORS, replace=False).tolist())
    return SyntheticTaxonomy(
        sector_ids=[sector.pk for sector in sectors],
        sector_popularity=zipf_weights(rng, len(sectors), SECTOR_ZIPF_EXPONENT),
        related_sectors=related,
        capability_ids=[capability.pk for capability in capabilities],
        capability_names=[capability.name for capability in capabilities],
        capability_topics=topics,
        capability_words=words,
        capability_sector=capability_sector_array,
        capability_popularity=capability_popularity,
        sector_capabilities=sector_capabilities,
        sector_capability_popularity=[
            capability_popularity[members] / capability_popularity[members].sum()
            for members in sector_capabilities
        ],
        text_vocabulary=TextVocabulary(words),
    )
