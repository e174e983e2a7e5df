from dataclasses import dataclass, field

from common.bulk import UpsertCounts


@dataclass
class ImportResult(UpsertCounts):
    """What an import wrote, with the sectors and capabilities it had to create."""

    created_sectors: list[str] = field(default_factory=list)
    created_capabilities: list[str] = field(default_factory=list)

    @classmethod
    def of(
        cls,
        counts: UpsertCounts,
        *,
        created_sectors: list[str] | None = None,
        created_capabilities: list[str] | None = None,
    ) -> "ImportResult":
        return cls(
            created=counts.created,
            updated=counts.updated,
            unchanged=counts.unchanged,
            created_sectors=list(created_sectors or []),
            created_capabilities=list(created_capabilities or []),
        )

    def __str__(self) -> str:
        text = super().__str__()
        if self.created_sectors:
            text += f"; new sectors: {', '.join(self.created_sectors)}"
        if self.created_capabilities:
            text += f"; new capabilities: {', '.join(self.created_capabilities)}"
        return text
