"""Sector and capability slugs in import files: checked against the taxonomy in two queries,
and, when the caller allows it, the missing ones created once the whole file has passed."""

from collections.abc import Sequence
from dataclasses import dataclass, field

from django.core.exceptions import ValidationError
from django.core.validators import validate_slug
from django.utils.translation import gettext

from common.csv_reader import RowErrors
from organisations.models import Capability, Sector

UNCATEGORISED_SLUG = "uncategorised"


def slug_is_valid(value: str) -> bool:
    try:
        validate_slug(value)
    except ValidationError:
        return False
    return len(value) <= 80


def name_from_slug(slug: str) -> str:
    return slug.replace("-", " ").replace("_", " ").strip().capitalize()[:120]


@dataclass(frozen=True)
class CreatedTags:
    """The slugs of the tags an import created, and of the new capabilities that went under
    the 'uncategorised' sector because their rows named no sector, or several."""

    sectors: list[str] = field(default_factory=list)
    capabilities: list[str] = field(default_factory=list)
    uncategorised: list[str] = field(default_factory=list)


class TaxonomyIndex:
    def __init__(self, *, create_missing: bool, create_missing_hint: str | None = None):
        """create_missing_hint: how whoever runs the import lets it create missing tags (a
        page's box, say), for the unknown-tag errors; by default the commands' option."""
        self.create_missing = create_missing
        self.create_missing_hint = create_missing_hint
        self.sector_ids = dict(Sector.objects.values_list("slug", "id"))
        self.capability_ids = dict(Capability.objects.values_list("slug", "id"))
        self._missing_sectors: dict[str, None] = {}
        self._missing_capabilities: dict[str, None] = {}
        # The sectors named on the rows naming each missing capability.
        self._capability_sectors: dict[str, set[str]] = {}

    def check_sectors(self, *, line: int, slugs: Sequence[str], errors: RowErrors) -> None:
        self._check(
            line=line,
            slugs=slugs,
            known=self.sector_ids,
            missing=self._missing_sectors,
            column=None,
            errors=errors,
        )

    def check_capabilities(
        self,
        *,
        line: int,
        column: str,
        slugs: Sequence[str],
        errors: RowErrors,
        sectors: Sequence[str] = (),
    ) -> None:
        """sectors: the row's sectors; a new capability goes under the one its rows name."""
        for slug in slugs:
            if slug not in self.capability_ids:
                self._capability_sectors.setdefault(slug, set()).update(sectors)
        self._check(
            line=line,
            slugs=slugs,
            known=self.capability_ids,
            missing=self._missing_capabilities,
            column=column,
            errors=errors,
        )

    def _check(self, *, line, slugs, known, missing, column, errors) -> None:
        """Sectors when column is None, else capabilities in that column."""
        unknown = [slug for slug in slugs if slug not in known]
        if not unknown:
            return
        if not self.create_missing:
            errors.add(line, _unknown_message(column, unknown, hint=self.create_missing_hint))
            return
        invalid = [slug for slug in unknown if not slug_is_valid(slug)]
        if invalid:
            errors.add(line, _invalid_message(column, invalid))
        missing.update(dict.fromkeys(slug for slug in unknown if slug not in invalid))

    def create_missing_tags(self) -> CreatedTags:
        """Creates what the checks found missing; call inside the import's transaction.
        A new capability goes under the sector its rows name if they name exactly one, else
        under an 'uncategorised' one that staff can sort out later in the admin."""
        new_sectors = list(self._missing_sectors)
        new_capabilities = list(self._missing_capabilities)
        sector_of = {}
        for slug in new_capabilities:
            named = self._capability_sectors.get(slug, set())
            sector_of[slug] = next(iter(named)) if len(named) == 1 else UNCATEGORISED_SLUG
        uncategorised = [slug for slug in new_capabilities if sector_of[slug] == UNCATEGORISED_SLUG]
        needs_uncategorised = uncategorised and UNCATEGORISED_SLUG not in self.sector_ids
        if needs_uncategorised and UNCATEGORISED_SLUG not in new_sectors:
            new_sectors.append(UNCATEGORISED_SLUG)
        if new_sectors:
            Sector.objects.bulk_create(
                [Sector(slug=slug, name=name_from_slug(slug)) for slug in new_sectors]
            )
            self.sector_ids = dict(Sector.objects.values_list("slug", "id"))

        if new_capabilities:
            Capability.objects.bulk_create(
                [
                    Capability(
                        slug=slug,
                        name=name_from_slug(slug),
                        sector_id=self.sector_ids[sector_of[slug]],
                    )
                    for slug in new_capabilities
                ]
            )
            self.capability_ids = dict(Capability.objects.values_list("slug", "id"))
        return CreatedTags(
            sectors=new_sectors, capabilities=new_capabilities, uncategorised=uncategorised
        )


def _unknown_message(column: str | None, slugs: Sequence[str], *, hint: str | None) -> str:
    if column is None:
        message = gettext("unknown sector: %(slugs)s (to create the missing ones, %(hint)s)")
    else:
        message = gettext(
            "unknown capability in %(column)s: %(slugs)s (to create the missing ones, %(hint)s)"
        )
    return message % {
        "column": column,
        "slugs": ", ".join(slugs),
        "hint": hint or gettext("add --create-missing-tags to the command"),
    }


def _invalid_message(column: str | None, slugs: Sequence[str]) -> str:
    if column is None:
        message = gettext(
            "cannot create sector %(slugs)s: a slug has only lower-case letters, digits, "
            "hyphens and underscores, at most 80 characters"
        )
    else:
        message = gettext(
            "cannot create capability in %(column)s %(slugs)s: a slug has only lower-case "
            "letters, digits, hyphens and underscores, at most 80 characters"
        )
    return message % {"column": column, "slugs": ", ".join(slugs)}
