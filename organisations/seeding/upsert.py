"""Idempotent writes for seed data. Records are saved only when a value really differs, so a
second load of the same data leaves every row (and its updated_at) as it was."""

from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum

from django.core.exceptions import ValidationError
from django.db import models
from django_countries import countries
from django_countries.fields import CountryField


class Outcome(StrEnum):
    CREATED = "created"
    UPDATED = "updated"
    UNCHANGED = "unchanged"
    REMOVED = "removed"


class SeedDataError(ValueError):
    """The seed data names something that does not exist or holds a bad value; the load
    runs in one transaction, so nothing was written."""


@dataclass
class SeedReport:
    """Per kind of record, how many were created, updated, left unchanged or removed."""

    tallies: dict[str, Counter] = field(default_factory=dict)

    def add(self, label: str, outcome: Outcome, count: int = 1) -> None:
        self.tallies.setdefault(label, Counter())[outcome] += count

    def merge(self, other: "SeedReport") -> None:
        for label, tally in other.tallies.items():
            self.tallies.setdefault(label, Counter()).update(tally)

    def count(self, label: str, outcome: Outcome) -> int:
        return self.tallies.get(label, Counter())[outcome]

    def total(self, outcome: Outcome) -> int:
        return sum(tally[outcome] for tally in self.tallies.values())

    def lines(self) -> list[str]:
        lines = []
        for label, tally in self.tallies.items():
            present = tally[Outcome.CREATED] + tally[Outcome.UPDATED] + tally[Outcome.UNCHANGED]
            line = (
                f"{label}: {present} ({tally[Outcome.CREATED]} created, "
                f"{tally[Outcome.UPDATED]} updated"
            )
            if tally[Outcome.REMOVED]:
                line += f", {tally[Outcome.REMOVED]} removed"
            lines.append(line + ")")
        return lines


def _stored_value(record: models.Model, field: models.Field) -> object:
    # Compare what the database would hold, so a Country and "KR" or 1 and Decimal("1.00")
    # do not count as a change.
    return field.get_prep_value(field.value_from_object(record))


def _countries_check(record: models.Model) -> None:
    # django-countries validates a code against its whole translated list, which is slow;
    # asking for the code directly gives the same answer.
    for country_field in record._meta.fields:
        if not isinstance(country_field, CountryField):
            continue
        stored = _stored_value(record, country_field) or ""
        codes = [code for code in stored.split(",") if code]
        if not codes and not country_field.blank:
            raise ValidationError({country_field.name: "This field cannot be blank."})
        unknown = [code for code in codes if countries.alpha2(code) != code]
        if unknown:
            raise ValidationError({country_field.name: f"Unknown countries: {', '.join(unknown)}"})


def _validate(record: models.Model, *, lookup: dict) -> None:
    # Field validation catches a typo in the seed data. Uniqueness is the lookup's job, and
    # the database enforces constraints and foreign keys (the loaders resolve those first).
    skipped = [
        model_field.name
        for model_field in record._meta.fields
        if model_field.is_relation or isinstance(model_field, CountryField)
    ]
    try:
        record.clean_fields(exclude=skipped)
        _countries_check(record)
    except ValidationError as error:
        raise SeedDataError(f"{record._meta.verbose_name} {lookup}: {error}") from None


def _record_apply(
    *, model: type[models.Model], record: models.Model | None, lookup: dict, values: dict
) -> tuple[models.Model, Outcome]:
    if record is None:
        record = model(**lookup, **values)
        _validate(record, lookup=lookup)
        record.save()
        return record, Outcome.CREATED
    changed = False
    for name, value in values.items():
        model_field = model._meta.get_field(name)
        before = _stored_value(record, model_field)
        setattr(record, name, value)
        changed = changed or before != _stored_value(record, model_field)
    if not changed:
        return record, Outcome.UNCHANGED
    _validate(record, lookup=lookup)
    record.save()
    return record, Outcome.UPDATED


def record_upsert(
    *, model: type[models.Model], lookup: dict, values: dict
) -> tuple[models.Model, Outcome]:
    """Creates the record the lookup names, or brings its values up to date; saves only when
    something differs."""
    record = model.objects.filter(**lookup).first()
    return _record_apply(model=model, record=record, lookup=lookup, values=values)


def records_upsert(
    *, model: type[models.Model], key_field: str, rows: Mapping[str, dict]
) -> dict[str, tuple[models.Model, Outcome]]:
    """record_upsert for many records keyed by one field, reading them all in one query."""
    existing = {
        getattr(record, key_field): record
        for record in model.objects.filter(**{f"{key_field}__in": list(rows)})
    }
    return {
        key: _record_apply(
            model=model, record=existing.get(key), lookup={key_field: key}, values=values
        )
        for key, values in rows.items()
    }


def links_sync(
    *, model: type[models.Model], field_name: str, wanted: Mapping[int, Iterable[int]]
) -> set[int]:
    """Makes a many-to-many field of each record (by pk) hold exactly the wanted target pks,
    reading the current links in one query; returns the pks of the records that changed."""
    many_to_many = model._meta.get_field(field_name)
    through = many_to_many.remote_field.through
    source = f"{many_to_many.m2m_field_name()}_id"
    target = f"{many_to_many.m2m_reverse_field_name()}_id"
    current: dict[int, set[int]] = defaultdict(set)
    rows = through.objects.filter(**{f"{source}__in": list(wanted)}).values_list(source, target)
    for source_pk, target_pk in rows:
        current[source_pk].add(target_pk)
    changed = set()
    additions = []
    for source_pk, target_pks in wanted.items():
        target_pks = set(target_pks)
        missing, extra = target_pks - current[source_pk], current[source_pk] - target_pks
        additions += [through(**{source: source_pk, target: pk}) for pk in sorted(missing)]
        if extra:
            through.objects.filter(**{source: source_pk, f"{target}__in": extra}).delete()
        if missing or extra:
            changed.add(source_pk)
    through.objects.bulk_create(additions)
    return changed
