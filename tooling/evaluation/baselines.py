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

    # One project hidden (the "lopo" protocol) ------------------------------------------------

    def without_project(
        self, *, members: Sequence[int], descriptions: dict[int, str], invisible: Sequence[int]
    ) -> "WithoutProject":
        return WithoutProject(self, members=members, descriptions=descriptions, invisible=invisible)


class WithoutProject:
    """What the baselines see while one project is hidden, from what was built with it in:
    `members`, the rows that took part in it, lose one project and the ties it alone gave
    them; `descriptions`, rows whose text is now different; `invisible`, rows that are out of
    the app meanwhile. Exact but for TF-IDF's idf, which stays as fitted with the project in
    (the changed texts are weighed with it)."""

    def __init__(
        self,
        baselines: Baselines,
        *,
        members: Sequence[int],
        descriptions: dict[int, str],
        invisible: Sequence[int],
    ):
        self.baselines = b = baselines
        self.invisible = np.asarray(sorted(invisible), dtype=np.int64)
        self.visible = np.setdiff1d(np.arange(b.size), self.invisible)
        self.counts = b.project_count.astype(float)
        self.counts[list(members)] -= 1
        self.counts[self.invisible] = -np.inf
        self.changed_rows = list(descriptions)
        self.changed = None
        if b.vectorizer is not None and descriptions:
            self.changed = b.vectorizer.transform([descriptions[r] for r in self.changed_rows])
        # Ties only the hidden project gave (the pair shared no other project).
        self.lost = {
            member: {other for other in members if other != member and b.shared[member, other] == 1}
            for member in members
        }

    def _text_scores(self, query) -> np.ndarray:
        b = self.baselines
        if b.vectorizer is None:
            return np.zeros(b.size)
        line = (query @ b.text.T).toarray().ravel()
        if self.changed is not None:
            line[self.changed_rows] = (query @ self.changed.T).toarray().ravel()
        line[self.invisible] = 0
        return line

    def opportunity(self, text: str, *, generator: np.random.Generator) -> dict[str, list[int]]:
        """The four rankings of organisations for an opportunity's text."""
        b = self.baselines
        k = b.k
        drawn = generator.choice(self.visible, size=min(k, len(self.visible)), replace=False)
        line = np.zeros(b.size)
        if b.vectorizer is not None:
            line = self._text_scores(b.vectorizer.transform([text]))
        seeds = top_rows(line, k=SEEDS, positive_only=True)
        together = np.asarray(b.partners[seeds].sum(axis=0)).ravel()
        for seed in seeds:
            together[list(self.lost.get(seed, ()))] -= 1
        together[self.invisible] = 0
        return {
            "random": drawn.tolist(),
            "popularity": top_rows(self.counts, k=k),
            "TF-IDF cosine": top_rows(line, k=k, positive_only=True),
            "common": top_rows(together, k=k, positive_only=True),
        }

    def partners(self, row: int, *, generator: np.random.Generator) -> dict[str, list[int]]:
        """The four rankings of partners for the organisation in `row` (a visible one)."""
        b = self.baselines
        k = b.k
        drawn = generator.choice(self.visible, size=min(k + 1, len(self.visible)), replace=False)
        if self.changed is not None and row in self.changed_rows:
            query = self.changed[self.changed_rows.index(row)]
        else:
            query = b.text[row]
        line = self._text_scores(query)
        neighbours = np.zeros(b.size)
        neighbours[b.partners[row].indices] = 1
        neighbours[list(self.lost.get(row, ()))] = 0
        common = b.partners @ neighbours
        for member, lost in self.lost.items():
            common[member] -= neighbours[list(lost)].sum()
        common[self.invisible] = 0
        return {
            "random": [int(r) for r in drawn if r != row][:k],
            "popularity": top_rows(self.counts, k=k, exclude=row),
            "TF-IDF cosine": top_rows(line, k=k, exclude=row, positive_only=True),
            "common": top_rows(common, k=k, exclude=row, positive_only=True),
        }
