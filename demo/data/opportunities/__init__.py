"""Demo opportunities: the programmes, calls, tenders, testbeds and events the Korea-UK
source documents name, with only what the documents say. Loaded by
demo.services.load.opportunities_demo_load.

Rules followed: a budget only where a document states one; dates only where a document gives
the day; anything whose time has passed by the documents' own account but has no date to
close it by is archived rather than given an invented deadline. The example calls (examples.py)
are the exception, labelled as such: fictional open calls on the programmes the documents
name."""

from dataclasses import replace

from demo.data.opportunities.examples import EXAMPLE_OPPORTUNITIES
from demo.data.opportunities.korea import KOREAN_OPPORTUNITIES
from demo.data.opportunities.korean import KOREAN_CITIES, KOREAN_TITLES_AND_SUMMARIES
from demo.data.opportunities.partnerships import PARTNERSHIP_OPPORTUNITIES
from demo.data.opportunities.records import OpportunitySeed


def _with_korean(seed: OpportunitySeed) -> OpportunitySeed:
    title_ko, summary_ko = KOREAN_TITLES_AND_SUMMARIES.get(seed.external_id, ("", ""))
    city_ko = KOREAN_CITIES.get(seed.external_id, "")
    return replace(seed, title_ko=title_ko, summary_ko=summary_ko, city_ko=city_ko)


OPPORTUNITIES: tuple[OpportunitySeed, ...] = tuple(
    _with_korean(seed)
    for seed in (*KOREAN_OPPORTUNITIES, *PARTNERSHIP_OPPORTUNITIES, *EXAMPLE_OPPORTUNITIES)
)

__all__ = ["KOREAN_CITIES", "KOREAN_TITLES_AND_SUMMARIES", "OPPORTUNITIES", "OpportunitySeed"]
