"""The four baselines the engine is measured against, on exactly what the app sees: the
organisations' descriptions and who took part in which visible project.

Pure: rows are positions in the given lists (organisations in id order); the caller maps
them back. Ties are broken by the lower row, and methods that score a signal (TF-IDF, common
partners) suggest nothing where their signal is zero, as the engine does.

For partners (task a):
- random: k organisations drawn with a seeded generator;
- popularity: the most past projects;
- TF-IDF: plain scikit-learn TF-IDF (no stop words, no sublinear tf) cosine of descriptions;
- common past partners: how many past partners the candidate shares with the organisation.
For an opportunity (task b) there is no asking organisation, so common past partners becomes
its nearest analogue on the collaboration network: how many of the opportunity's ten best
TF-IDF matches the candidate has worked with (the partners those matches would bring).
"""

from collections.abc import Sequence

import numpy as np
from scipy import sparse
from sklearn.feature_extraction.text import TfidfVectorizer

BATCH = 256
SEEDS = 10


def top_rows(
    scores: np.ndarray, *, k: int, exclude: int | None = None, positive_only: bool = False
) -> list[int]:
    """The rows of the k highest scores, ties by the lower row."""
    scores = np.asarray(scores, dtype=float).copy()
    if exclude is not None:
        scores[exclude] = -np.inf
    candidates = np.flatnonzero(scores > 0 if positive_only else scores > -np.inf)
    if len(candidates) > k:
        values = scores[candidates]
        threshold = np.partition(values, len(values) - k)[len(values) - k]
        candidates = candidates[values >= threshold]
    order = np.lexsort((candidates, -scores[candidates]))
    return candidates[order][:k].tolist()


class Baselines:
    def __init__(
        self,
        *,
        descriptions: Sequence[str],
        participations: Sequence[tuple[int, int]],
        seed: int,
        k: int,
    ):
        """participations: (project number, row) pairs."""
        self.size = len(descriptions)
        self.k = k
        self.seed = seed
        self.vectorizer = TfidfVectorizer()
        try:
            self.text = self.vectorizer.fit_transform(descriptions).tocsr()
        except ValueError:  # not one word in any description: text finds nothing
            self.vectorizer = None
            self.text = sparse.csr_matrix((self.size, 1))
        projects = sorted({project for project, _ in participations})
        column = {project: number for number, project in enumerate(projects)}
        pairs = set(participations)
        incidence = sparse.csr_matrix(
            (
                np.ones(len(pairs)),
                ([row for _, row in pairs], [column[project] for project, _ in pairs]),
            ),
            shape=(self.size, len(projects)),
        )
        self.project_count = np.asarray(incidence.sum(axis=1)).ravel()
        partners = (incidence @ incidence.T).tocsr()
        partners.setdiag(0)
        partners.eliminate_zeros()
        # How many projects each pair shared, for taking one project out (leave-one-out).
        self.shared = partners.copy()
        partners.data[:] = 1.0
        self.partners = partners
        self._popular = top_rows(self.project_count, k=k + 1)

    # Partners for an organisation -----------------------------------------------------------

    def partners_random(self, rows: Sequence[int]) -> list[list[int]]:
        generator = np.random.default_rng(self.seed)
        rankings = []
        for row in rows:
            drawn = generator.choice(self.size, size=min(self.k + 1, self.size), replace=False)
            rankings.append([int(r) for r in drawn if r != row][: self.k])
        return rankings

    def partners_popular(self, rows: Sequence[int]) -> list[list[int]]:
        return [[r for r in self._popular if r != row][: self.k] for row in rows]

    def partners_tfidf(self, rows: Sequence[int]) -> list[list[int]]:
        return self._batched(rows, lambda batch: self.text[batch] @ self.text.T)

    def partners_common(self, rows: Sequence[int]) -> list[list[int]]:
        return self._batched(rows, lambda batch: self.partners[batch] @ self.partners)

    def _batched(self, rows: Sequence[int], similarity) -> list[list[int]]:
        rankings = []
        for start in range(0, len(rows), BATCH):
            batch = list(rows[start : start + BATCH])
            scores = similarity(batch).toarray()
            rankings += [
                top_rows(line, k=self.k, exclude=row, positive_only=True)
                for row, line in zip(batch, scores, strict=True)
            ]
        return rankings

    # Organisations for an opportunity -------------------------------------------------------

    def organisations_random(self, count: int) -> list[list[int]]:
        generator = np.random.default_rng(self.seed)
        return [
            generator.choice(self.size, size=min(self.k, self.size), replace=False).tolist()
            for _ in range(count)
        ]

    def organisations_popular(self, count: int) -> list[list[int]]:
        return [self._popular[: self.k] for _ in range(count)]

    def organisations_tfidf(self, texts: Sequence[str]) -> list[list[int]]:
        return [top_rows(line, k=self.k, positive_only=True) for line in self._text_scores(texts)]

    def organisations_common(self, texts: Sequence[str]) -> list[list[int]]:
        rankings = []
        for line in self._text_scores(texts):
            seeds = top_rows(line, k=SEEDS, positive_only=True)
            together = np.asarray(self.partners[seeds].sum(axis=0)).ravel()
            rankings.append(top_rows(together, k=self.k, positive_only=True))
        return rankings

    def _text_scores(self, texts: Sequence[str]):
        for start in range(0, len(texts), BATCH):
            yield from (
                self.vectorizer.transform(texts[start : start + BATCH]) @ self.text.T
            ).toarray()

    # One opportunity with one project hidden (the "lopo" protocol) -----------------------------

    def organisations_without_project(
        self,
        text: str,
        *,
        members: Sequence[int],
        descriptions: dict[int, str],
        invisible: Sequence[int],
        generator: np.random.Generator,
    ) -> dict[str, list[int]]:
        """The four rankings for one opportunity while one project is hidden, from what was
        built with it in: `members`, the rows that took part in it, lose one project and the
        ties it alone gave them; `descriptions`, rows whose text is now different; `invisible`,
        rows that are out of the app meanwhile. Exact but for TF-IDF's idf, which stays as
        fitted with the project in (the changed texts are weighed with it)."""
        invisible = np.asarray(list(invisible), dtype=np.int64)
        visible = np.setdiff1d(np.arange(self.size), invisible)
        drawn = generator.choice(visible, size=min(self.k, len(visible)), replace=False)
        counts = self.project_count.astype(float)
        counts[list(members)] -= 1
        counts[invisible] = -np.inf
        line = np.zeros(self.size)
        if self.vectorizer is not None:
            query = self.vectorizer.transform([text])
            line = (query @ self.text.T).toarray().ravel()
            if descriptions:
                rows = list(descriptions)
                changed = self.vectorizer.transform([descriptions[row] for row in rows])
                line[rows] = (query @ changed.T).toarray().ravel()
        line[invisible] = 0
        seeds = top_rows(line, k=SEEDS, positive_only=True)
        together = np.asarray(self.partners[seeds].sum(axis=0)).ravel()
        member_set = set(members)
        for seed in member_set.intersection(seeds):
            for other in member_set - {seed}:
                if self.shared[seed, other] == 1:  # their only project together is hidden
                    together[other] -= 1
        together[invisible] = 0
        return {
            "random": drawn.tolist(),
            "popularity": top_rows(counts, k=self.k),
            "TF-IDF cosine": top_rows(line, k=self.k, positive_only=True),
            "common": top_rows(together, k=self.k, positive_only=True),
        }
