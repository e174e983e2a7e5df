"""Reads the CORDIS Horizon 2020 files (gzip CSV) into plain records.

The csv module keeps every value as written: 'NA' is Namibia's country code, not a missing
value, which is why pandas (with its default NA handling) is not used here."""

import csv
import gzip
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

ORGANISATIONS_FILE = "organisations.csv.gz"
PARTICIPATIONS_FILE = "participations.csv.gz"
PROJECTS_FILE = "projects.csv.gz"
PROGRAMME_PARTS_FILE = "programme_parts.csv.gz"
REQUIRED_COLUMNS = {
    ORGANISATIONS_FILE: ("pic", "type", "country", "name"),
    PARTICIPATIONS_FILE: ("rcn", "pic"),
    PROJECTS_FILE: ("rcn", "start_date", "programme_part", "title", "thema", "topic_desc", "text"),
    PROGRAMME_PARTS_FILE: ("rcn", "programme_part"),
}
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


class CordisFileError(Exception):
    """The dataset folder is missing a file or a file lacks a column."""


@dataclass(frozen=True, slots=True)
class CordisOrganisation:
    pic: str
    type: str  # HES, PRC, REC, PUB or OTH
    country: str  # the EU's code: UK, EL, ...
    name: str


@dataclass(frozen=True, slots=True)
class CordisProject:
    rcn: str
    start_date: str  # YYYY-MM-DD, or "" where the dataset has none
    title: str
    programme_parts: tuple[str, ...]
    # The dataset's lower-cased programme part, theme, topic description and title.
    text: str
    # What the call itself said (theme and topic), without the consortium's own title.
    topic: str
    participants: tuple[str, ...] = ()

    @property
    def order_key(self) -> tuple[str, int]:
        """Oldest first; an unknown start date counts as oldest, ties by rcn."""
        return (self.start_date, int(self.rcn) if self.rcn.isdigit() else 0)


@dataclass(slots=True)
class CordisData:
    organisations: dict[str, CordisOrganisation] = field(default_factory=dict)
    projects: dict[str, CordisProject] = field(default_factory=dict)

    def projects_of(self) -> dict[str, list[str]]:
        """Each organisation's projects (rcns), oldest first."""
        projects_of: dict[str, list[str]] = {}
        for project in sorted(self.projects.values(), key=lambda p: p.order_key):
            for pic in project.participants:
                projects_of.setdefault(pic, []).append(project.rcn)
        return projects_of


def cordis_rows_read(*, path: Path) -> Iterator[dict[str, str]]:
    columns = REQUIRED_COLUMNS[path.name]
    if not path.is_file():
        raise CordisFileError(f"{path}: no such file; expected the CORDIS file {path.name}.")
    with gzip.open(path, "rt", encoding="utf-8", newline="") as file:
        reader = csv.DictReader(file)
        missing = [name for name in columns if name not in (reader.fieldnames or ())]
        if missing:
            raise CordisFileError(f"{path}: missing columns: {', '.join(missing)}.")
        yield from reader


def cordis_read(*, directory: Path | str) -> CordisData:
    directory = Path(directory)
    if not directory.is_dir():
        raise CordisFileError(f"{directory}: no such folder; expected the CORDIS dataset folder.")
    for name in REQUIRED_COLUMNS:
        if not (directory / name).is_file():
            raise CordisFileError(f"{directory / name}: no such file.")
    organisations = {
        row["pic"]: CordisOrganisation(
            pic=row["pic"], type=row["type"], country=row["country"], name=row["name"].strip()
        )
        for row in cordis_rows_read(path=directory / ORGANISATIONS_FILE)
    }
    participants: dict[str, dict[str, None]] = {}
    for row in cordis_rows_read(path=directory / PARTICIPATIONS_FILE):
        participants.setdefault(row["rcn"], {})[row["pic"]] = None
    parts: dict[str, dict[str, None]] = {}
    for row in cordis_rows_read(path=directory / PROGRAMME_PARTS_FILE):
        if row["programme_part"]:
            parts.setdefault(row["rcn"], {})[row["programme_part"]] = None
    projects = {}
    for row in cordis_rows_read(path=directory / PROJECTS_FILE):
        rcn = row["rcn"]
        programme_parts = dict.fromkeys([row["programme_part"]] if row["programme_part"] else [])
        programme_parts.update(parts.get(rcn, {}))
        start_date = row["start_date"] if _ISO_DATE.fullmatch(row["start_date"]) else ""
        topic = " ".join(value for value in (row["thema"], row["topic_desc"]) if value)
        projects[rcn] = CordisProject(
            rcn=rcn,
            start_date=start_date,
            title=row["title"].strip(),
            programme_parts=tuple(programme_parts),
            text=" ".join(row["text"].split()),
            topic=" ".join(topic.split()),
            participants=tuple(pic for pic in participants.get(rcn, {}) if pic in organisations),
        )
    return CordisData(organisations=organisations, projects=projects)
