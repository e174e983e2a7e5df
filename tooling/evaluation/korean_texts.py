"""How much of what a bilingual profile's English finds, its Korean alone finds
(common.korean_text), measured on the database's own bilingual organisations and
opportunities (the demo's Korean organisations are written in both languages).

The English text is the reference: it is how these profiles are matched today. Each
measure is the mean share of the English text's top k found in the Korean text's top k, with
what random lists would share, and with no description at all, which is what a Korean-only
profile got before its Korean counted."""

import copy
import datetime
import random
from dataclasses import dataclass

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer

from common.korean_text import matching_text
from matchmaking.engine.index import MatchingIndex
from matchmaking.index_store import matching_records_read
from opportunities.models import Opportunity
from organisations.models import Organisation


@dataclass(frozen=True)
class Agreement:
    measure: str
    queries: int
    korean: float  # the Korean text's top k against the English text's
    without: float  # no description (a Korean-only profile before), or chance for the texts


def _top(scores: np.ndarray, k: int) -> list[int]:
    order = np.lexsort((np.arange(len(scores)), -scores))[:k]
    return [int(i) for i in order if scores[i] > 0]


def _shared(first: list, second: list, k: int) -> float:
    return len(set(first) & set(second)) / k


def _chance(candidates: int, k: int, draws: int = 2000) -> float:
    pick = random.Random(0).sample
    shared = [
        _shared(pick(range(candidates), k), pick(range(candidates), k), k) for _ in range(draws)
    ]
    return float(np.mean(shared))


def _text_agreements(*, k: int) -> list[Agreement]:
    organisations = list(Organisation.objects.order_by("id"))
    described = [o for o in organisations if o.description.strip()]
    korean = [o for o in described if o.description_ko.strip()]
    english = [o for o in described if not o.description_ko.strip()]
    calls = [o for o in Opportunity.objects.order_by("id") if o.summary and o.summary_ko]
    if not korean or len(english) < k:
        return []
    # As the index does: one vectoriser fitted on every profile, English stop words.
    by_english = TfidfVectorizer(stop_words="english").fit([o.description for o in organisations])
    as_korean = {o.pk: matching_text("", o.description_ko) for o in korean}
    by_korean = TfidfVectorizer(stop_words="english").fit(
        [as_korean.get(o.pk, o.description) for o in organisations]
    )

    def agreement(queries_en, queries_ko, candidates_en, candidates_ko) -> float:
        shares = []
        for query_en, query_ko in zip(queries_en, queries_ko, strict=True):
            top_en = _top((candidates_en @ query_en.T).toarray().ravel(), k)
            top_ko = _top((candidates_ko @ query_ko.T).toarray().ravel(), k)
            shares.append(_shared(top_en, top_ko, k))
        return float(np.mean(shares))

    english_en = by_english.transform([o.description for o in english])
    english_ko = by_korean.transform([o.description for o in english])
    korean_en = by_english.transform([o.description for o in korean])
    korean_ko = by_korean.transform([as_korean[o.pk] for o in korean])
    found = [
        Agreement(
            "Korean profile -> English profiles (text)",
            len(korean),
            agreement(korean_en, korean_ko, english_en, english_ko),
            _chance(len(english), k),
        ),
        Agreement(
            "English profile -> Korean profiles (text)",
            len(english),
            agreement(english_en, english_ko, korean_en, korean_ko),
            _chance(len(korean), k),
        ),
    ]
    if calls and len(korean) >= k:
        calls_en = by_english.transform([f"{c.title} {c.summary}" for c in calls])
        calls_ko = by_korean.transform(
            [matching_text("", f"{c.title_ko} {c.summary_ko}") for c in calls]
        )
        found.append(
            Agreement(
                "Korean opportunity -> Korean profiles (text)",
                len(calls),
                agreement(calls_en, calls_ko, korean_en, korean_ko),
                _chance(len(korean), k),
            )
        )
    return found


def _engine_agreements(*, k: int) -> list[Agreement]:
    records = matching_records_read()
    bilingual = dict(
        Organisation.objects.exclude(description="")
        .exclude(description_ko="")
        .values_list("id", "description_ko")
    )
    if not bilingual:
        return []
    today = datetime.date.today()

    def suggestions(description_of) -> dict[int, tuple[list[int], list[int]]]:
        changed = copy.deepcopy(records)
        texts = changed.organisations.descriptions
        for number, organisation_id in enumerate(changed.organisations.ids):
            if organisation_id in bilingual:
                texts[number] = description_of(organisation_id, texts[number])
        index = MatchingIndex(changed)
        found = {}
        for organisation_id in bilingual:
            row = index.row_of(organisation_id)
            partners = index.partners_of(row, limit=k, countries={"GB"})
            calls = index.opportunities_for(row, today=today, limit=k)
            found[organisation_id] = ([h.id for h in partners], [h.id for h in calls])
        return found

    english = suggestions(lambda _, text: text)
    korean = suggestions(lambda organisation_id, _: matching_text("", bilingual[organisation_id]))
    without = suggestions(lambda _, __: "")
    found = []
    for task, column in (("partners in the UK", 0), ("opportunities", 1)):

        def mean(other, column=column):
            shares = [
                _shared(english[i][column], other[i][column], max(1, len(english[i][column])))
                for i in english
            ]
            return float(np.mean(shares))

        measure = f"Korean profile's {task} (engine)"
        found.append(Agreement(measure, len(english), mean(korean), mean(without)))
    return found


def korean_text_agreements(*, k: int = 5) -> list[Agreement]:
    return _text_agreements(k=k) + _engine_agreements(k=k)


def agreements_table(agreements: list[Agreement], *, k: int) -> str:
    lines = [
        f"| measure | queries | Korean text: top {k} shared with the English's"
        " | random lists (text), no description (engine) |",
        "| --- | ---: | ---: | ---: |",
    ]
    lines += [
        f"| {a.measure} | {a.queries} | {a.korean:.3f} | {a.without:.3f} |" for a in agreements
    ]
    return "\n".join(lines)
