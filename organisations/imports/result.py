from collections.abc import Sequence
from dataclasses import dataclass, field

from django.utils.translation import gettext

from common.bulk import UpsertCounts
from organisations.imports.taxonomy import CreatedTags


@dataclass(frozen=True)
class ImportedRow:
    """One row of the file and what the import did (or, in a dry run, would do) with it."""

    line: int
    external_id: str
    label: str
    action: str


@dataclass
class ImportResult(UpsertCounts):
    """What an import wrote (or, in a dry run, would write), with the sectors and
    capabilities it had to create and each row's fate, for the staff page's preview."""

    created_sectors: list[str] = field(default_factory=list)
    created_capabilities: list[str] = field(default_factory=list)
    # New capabilities put under the 'uncategorised' sector, which staff should sort out.
    uncategorised_capabilities: list[str] = field(default_factory=list)
    rows: list[ImportedRow] = field(default_factory=list, repr=False)
    dry_run: bool = False

    @classmethod
    def of(
        cls,
        counts: UpsertCounts,
        *,
        created_tags: CreatedTags | None = None,
        labelled_rows: Sequence[tuple[int, str, str]] = (),
        dry_run: bool = False,
    ) -> "ImportResult":
        """labelled_rows: (line, external_id, label) of every row, in file order."""
        return cls(
            created=counts.created,
            updated=counts.updated,
            unchanged=counts.unchanged,
            actions=counts.actions,
            created_sectors=list(created_tags.sectors) if created_tags else [],
            created_capabilities=list(created_tags.capabilities) if created_tags else [],
            uncategorised_capabilities=list(created_tags.uncategorised) if created_tags else [],
            rows=[
                ImportedRow(line, external_id, label, counts.actions.get(external_id, ""))
                for line, external_id, label in labelled_rows
            ],
            dry_run=dry_run,
        )

    def __str__(self) -> str:
        text = super().__str__()
        if self.created_sectors:
            text += "; " + gettext("new sectors: %(slugs)s") % {
                "slugs": ", ".join(self.created_sectors)
            }
        if self.created_capabilities:
            text += "; " + gettext("new capabilities: %(slugs)s") % {
                "slugs": ", ".join(self.created_capabilities)
            }
        return text
