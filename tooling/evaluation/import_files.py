"""Turns what the app may see of the CORDIS data into the app's own CSV import files, so the
evaluation loads its data exactly as staff would (import_organisations, import_projects,
import_opportunities).

Mapping choices:
- country: the EU's codes UK and EL become ISO GB and GR; the rest are ISO already, and
  Kosovo's XK, which ISO 3166 does not assign, is one the app accepts (COUNTRIES_OVERRIDE).
  An organisation with a code the app does not know is left out (its projects are imported
  without it).
- kind from the CORDIS type: HES university, REC research institute, PUB government body,
  OTH other, PRC sme. CORDIS does not say a private company's size; most private
  participants in Horizon 2020 are SMEs, and kind plays no part in these scores (no kind
  filter and no eligible kinds are used), so sme is a label, not a signal.
- sectors: the programme parts of the organisation's visible projects (ERC, MSCA, LEIT, SC1
  to SC7, ...) as sector slugs "h2020-...", created by --create-missing-tags. They are the
  only topic labels CORDIS gives every project.
- description: the text of the organisation's visible projects, oldest first, each distinct
  text once, cut to the newest DESCRIPTION_MAX_LENGTH characters (5,000: the most the app
  holds, so the most a profile can say); project and call texts are cut the same way.
- name: without invisible formatting characters (a soft hyphen in a CORDIS name), which the
  app refuses in names.
- offers and seeks: empty. CORDIS says nothing about capabilities, and inventing them from the
  text would test the inventing, not the engine.
- opportunity: the held-out project's call (theme and topic description, not the consortium's
  own title), an R&D call open to every country and kind, rolling, with the project's programme
  parts as sectors and no required capabilities.
"""

import csv
import unicodedata
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from django.utils.text import slugify
from django_countries import countries

from common.text_limits import DESCRIPTION_MAX_LENGTH
from opportunities.imports import OPPORTUNITY_COLUMNS
from organisations.imports.organisations import ORGANISATION_COLUMNS
from organisations.imports.projects import PROJECT_COLUMNS
from organisations.models import OrganisationKind
from tooling.evaluation.cordis import CordisData, CordisOrganisation, CordisProject

COUNTRY_FROM_EU_CODE = {"UK": "GB", "EL": "GR"}
KIND_FROM_TYPE = {
    "HES": OrganisationKind.UNIVERSITY,
    "PRC": OrganisationKind.SME,
    "REC": OrganisationKind.RESEARCH_INSTITUTE,
    "PUB": OrganisationKind.GOVERNMENT_BODY,
    "OTH": OrganisationKind.OTHER,
}
SECTOR_PREFIX = "h2020-"
OPPORTUNITY_PREFIX = "cordis-call-"


@dataclass(frozen=True, slots=True)
class ImportFiles:
    organisations: Path
    projects: Path
    opportunities: Path
    skipped_organisations: int  # no ISO country


DESCRIPTION_LIMIT = DESCRIPTION_MAX_LENGTH


def _newest(text: str) -> str:
    """The text's newest DESCRIPTION_LIMIT characters, from a word's start."""
    if len(text) <= DESCRIPTION_LIMIT:
        return text
    cut = text[-DESCRIPTION_LIMIT:]
    return cut.split(" ", 1)[1] if " " in cut else cut


def _description(projects) -> str:
    # Projects of one call share its text: each distinct text once leaves room for more.
    texts = dict.fromkeys(project.text for project in projects if project.text)
    return _newest(" ".join(texts))


def _name(name: str) -> str:
    return "".join(c for c in name if unicodedata.category(c) != "Cf").strip()


def iso_country(eu_code: str) -> str | None:
    code = COUNTRY_FROM_EU_CODE.get(eu_code, eu_code)
    return code if code in countries else None


def sector_slug(programme_part: str) -> str:
    return (SECTOR_PREFIX + slugify(programme_part))[:80]


def opportunity_external_id(rcn: str) -> str:
    return f"{OPPORTUNITY_PREFIX}{rcn}"


def organisation_row(
    organisation: CordisOrganisation, projects: Sequence[CordisProject]
) -> dict[str, str] | None:
    """The organisation's import row given its visible projects (oldest first); None without
    an ISO country."""
    country = iso_country(organisation.country)
    if country is None:
        return None
    return {
        "external_id": organisation.pic,
        "name": (_name(organisation.name) or f"Organisation {organisation.pic}")[:200],
        "country": country,
        "kind": KIND_FROM_TYPE.get(organisation.type, OrganisationKind.OTHER),
        "sectors": ";".join(_sector_slugs(projects)),
        "description": _description(projects),
    }


def organisation_rows(data: CordisData) -> list[dict[str, str]]:
    """One row per organisation with an ISO country, by pic."""
    projects_of = data.projects_of()
    rows = []
    for pic in sorted(data.organisations):
        projects = [data.projects[rcn] for rcn in projects_of.get(pic, [])]
        row = organisation_row(data.organisations[pic], projects)
        if row is not None:
            rows.append(row)
    return rows


def _sector_slugs(projects: Iterable[CordisProject]) -> list[str]:
    slugs = (sector_slug(part) for project in projects for part in project.programme_parts)
    return sorted(set(slugs))


def project_row(project: CordisProject, *, organisations: Collection[str]) -> dict[str, str]:
    """The project's import row, its participants limited to the organisations imported."""
    parts = ", ".join(project.programme_parts)
    return {
        "external_id": project.rcn,
        "title": (project.title or f"Horizon 2020 project {project.rcn}")[:300],
        "year": project.start_date[:4],
        "programme": f"Horizon 2020: {parts}"[:200] if parts else "Horizon 2020",
        "participants": ";".join(p for p in project.participants if p in organisations),
        "description": _newest(project.text),
    }


def project_rows(data: CordisData, *, organisations: set[str]) -> list[dict[str, str]]:
    """One row per project, oldest first."""
    return [
        project_row(project, organisations=organisations)
        for project in sorted(data.projects.values(), key=lambda p: p.order_key)
    ]


def opportunity_rows(projects: Sequence[CordisProject]) -> list[dict[str, str]]:
    return [
        {
            "external_id": opportunity_external_id(project.rcn),
            "title": project.topic[:300],
            "kind": "rd_call",
            "sectors": ";".join(_sector_slugs([project])),
            "description": _newest(project.topic),
            "status": "published",
        }
        for project in projects
    ]


def csv_write(*, path: Path, columns: Sequence[str], rows: Iterable[dict[str, str]]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as file:
        writer = csv.DictWriter(file, fieldnames=list(columns), restval="")
        writer.writeheader()
        writer.writerows(rows)
    return path


def import_files_write(
    *, seen: CordisData, calls: Sequence[CordisProject], directory: Path
) -> ImportFiles:
    """Writes the three import files for what the app may see and the calls to ask about."""
    organisations = organisation_rows(seen)
    imported = {row["external_id"] for row in organisations}
    return ImportFiles(
        organisations=csv_write(
            path=directory / "organisations.csv", columns=ORGANISATION_COLUMNS, rows=organisations
        ),
        projects=csv_write(
            path=directory / "projects.csv",
            columns=PROJECT_COLUMNS,
            rows=project_rows(seen, organisations=imported),
        ),
        opportunities=csv_write(
            path=directory / "opportunities.csv",
            columns=[*OPPORTUNITY_COLUMNS, "status"],
            rows=opportunity_rows(calls),
        ),
        skipped_organisations=len(seen.organisations) - len(organisations),
    )
