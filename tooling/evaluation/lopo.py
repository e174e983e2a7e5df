"""Exact leave-one-project-out ("lopo").

Everything visible is imported once. Then, for each sampled project, that one project is
hidden from the app through the app's own CSV imports, the engine is asked for the
organisations for its call (and for partners of some of its participants), and what was
changed is put back, so the next query sees everything but its own project. Hiding a project
writes what import_files would have written for a dataset without it:
- the project stays, with no participants: the import stamps its updated_at, which is how the
  matching index learns that the network changed (its freshness marks are the newest
  updated_at of projects and the newest participation id). Deleting the row instead would go
  unnoticed by the index whenever the project is not the newest one, and the app has no
  service that deletes a past project;
- each participant's row (description, sectors) is rewritten from its other projects, so the
  index takes it in as a delta on the next query, as it does for any edited profile;
- a participant with no other project would not be in the app at all: it becomes a draft,
  which nothing suggests, and is published again afterwards.
Putting back re-imports the rows written from the whole dataset. Only primary keys (new
participation rows) and updated_at differ afterwards."""

from collections.abc import Collection, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from organisations.imports import organisations_import, projects_import
from organisations.imports.organisations import ORGANISATION_COLUMNS
from organisations.imports.projects import PROJECT_COLUMNS
from organisations.models import PublicationStatus
from tooling.evaluation.cordis import CordisData
from tooling.evaluation.import_files import csv_write, organisation_row, project_row

STATUS = "status"


@dataclass(frozen=True, slots=True)
class HiddenProject:
    """What the app holds differently while one project is hidden."""

    rcn: str
    participants: tuple[str, ...]  # its imported participants (external ids)
    descriptions: dict[str, str]  # each participant's description without it
    invisible: frozenset[str]  # participants with no other project: drafts meanwhile


@dataclass(slots=True)
class LeaveOneOut:
    """Hides one project at a time from an app that imported all of `data`; `imported`: the
    organisations the import took (those with an ISO country)."""

    data: CordisData
    imported: Collection[str]
    directory: Path
    _projects_of: dict[str, list[str]] = field(init=False)

    def __post_init__(self) -> None:
        self._projects_of = self.data.projects_of()

    @contextmanager
    def hidden(self, rcn: str) -> Iterator[HiddenProject]:
        """The project hidden from the app inside the block, put back on leaving it."""
        hidden = self._write(rcn, hide=True)
        try:
            yield hidden
        finally:
            self._write(rcn, hide=False)

    def _write(self, rcn: str, *, hide: bool) -> HiddenProject:
        project = self.data.projects[rcn]
        rows = []
        for pic in project.participants:
            if pic not in self.imported:
                continue
            projects = [
                self.data.projects[other]
                for other in self._projects_of.get(pic, [])
                if not (hide and other == rcn)
            ]
            row = organisation_row(self.data.organisations[pic], projects)
            row[STATUS] = PublicationStatus.PUBLISHED if projects else PublicationStatus.DRAFT
            rows.append(row)
        if rows:
            organisations_import(
                path=csv_write(
                    path=self.directory / "lopo-organisations.csv",
                    columns=[*ORGANISATION_COLUMNS, STATUS],
                    rows=rows,
                )
            )
        projects_import(
            path=csv_write(
                path=self.directory / "lopo-project.csv",
                columns=PROJECT_COLUMNS,
                rows=[project_row(project, organisations=() if hide else self.imported)],
            )
        )
        return HiddenProject(
            rcn=rcn,
            participants=tuple(row["external_id"] for row in rows),
            descriptions={row["external_id"]: row["description"] for row in rows},
            invisible=frozenset(
                row["external_id"] for row in rows if row[STATUS] == PublicationStatus.DRAFT
            ),
        )
