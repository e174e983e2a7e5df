"""A queryset's SQL compiled once per process, with the ids it names filled in per call.

Building and compiling a queryset costs the ORM about half a millisecond to a millisecond of
CPU, often more than the database takes to answer. A page that asks the same question on every
request (the dashboard) can compile it once: the queryset is built with stand-in ids, and each
call puts the real ones in their place. The rule stays written once, as a queryset."""

import functools
from collections.abc import Callable, Hashable, Sequence
from itertools import count

from django.db import connections
from django.db.models import Model, QuerySet

# Ids no row has: each parameter equal to one is an id to fill in.
_STAND_INS = count(-987_654_321, -1)
# Compiled shapes kept per query; a `fixed` value such as today's date makes a new one a day.
_MAX_SHAPES = 8


class CompiledQuery:
    """build(*fixed, **ids) gives a values_list queryset; rows(fixed=..., **ids) its rows.

    ids: the names of build's keyword arguments that are integer ids (a user's, an
    organisation's); they must reach the SQL as parameters, never change its shape, and never
    be None. fixed: values compiled into the SQL (a date), the key of the compiled shape."""

    def __init__(self, build: Callable[..., QuerySet], *ids: str):
        self._build = build
        self._stand_ins = {name: next(_STAND_INS) for name in ids}
        self._shapes: dict[tuple, tuple] = {}
        # The database alias the queryset runs on (the router's choice), known once compiled:
        # instances built from its rows (partial_instance) belong to that database.
        self.using: str | None = None

    def _compile(self, key: tuple, fixed: tuple) -> tuple:
        queryset = self._build(*fixed, **self._stand_ins)
        compiler = queryset.query.get_compiler(using=queryset.db)
        sql, params = compiler.as_sql()
        by_value = {value: name for name, value in self._stand_ins.items()}
        slots = [
            (position, by_value.get(value) if type(value) is int else None)
            for position, value in enumerate(params)
        ]
        missing = set(self._stand_ins) - {name for _position, name in slots if name}
        if missing:
            raise ValueError(f"Ids not among the query's parameters: {sorted(missing)}")
        columns = [column for column, _sql, _alias in compiler.select[: compiler.col_count]]
        converters = [
            (position, functions, expression)
            for position, (functions, expression) in compiler.get_converters(columns).items()
        ]
        if len(self._shapes) >= _MAX_SHAPES:
            self._shapes.clear()
        shape = self._shapes[key] = (queryset.db, sql, list(params), slots, converters)
        self.using = queryset.db
        return shape

    def rows(self, *, fixed: tuple[Hashable, ...] = (), **ids: int) -> list[tuple]:
        return self._rows(fixed=fixed, ids=ids)

    def rows_among(
        self, pks: Sequence[int], *, fixed: tuple[Hashable, ...] = (), **ids: int
    ) -> list[tuple]:
        """The rows whose first column (the queryset's "id") is among pks, in any order."""
        if not pks:
            return []
        return self._rows(fixed=fixed, ids=ids, among=pks)

    def _rows(self, *, fixed: tuple, ids: dict, among: Sequence[int] = ()) -> list[tuple]:
        connection_key = (connections["default"].vendor, fixed)
        shape = self._shapes.get(connection_key) or self._compile(connection_key, fixed)
        alias, sql, params, slots, converters = shape
        filled = [ids[name] if name else params[position] for position, name in slots]
        if among:
            # The compiled SQL as a subquery, so that its filters stay as compiled.
            marks = ", ".join(["%s"] * len(among))
            sql = f"SELECT * FROM ({sql}) AS shown WHERE shown.id IN ({marks})"
            filled.extend(among)
        connection = connections[alias]
        with connection.cursor() as cursor:
            cursor.execute(sql, filled)
            rows = cursor.fetchall()
        if not converters:
            return [tuple(row) for row in rows]
        converted = []
        for row in rows:
            row = list(row)
            for position, functions, expression in converters:
                value = row[position]
                for function in functions:
                    value = function(value, expression, connection)
                row[position] = value
            converted.append(tuple(row))
        return converted


@functools.lru_cache(maxsize=256)
def _in_field_order(model: type[Model], fields: tuple[str, ...]) -> tuple[list[str], list[int]]:
    position = {name: index for index, name in enumerate(fields)}
    attnames = [f.attname for f in model._meta.concrete_fields if f.attname in position]
    unknown = set(fields) - set(attnames)
    if unknown:
        raise ValueError(f"Not concrete fields of {model.__name__}: {sorted(unknown)}")
    return attnames, [position[name] for name in attnames]


def partial_instance(
    model: type[Model], fields: Sequence[str], values: Sequence, *, using: str | None
) -> Model:
    """An instance of model from a few selected columns (fields: attnames, such as
    "organisation_id", in the order of values), as the ORM builds one from a row: any other
    field is deferred (reading it queries). using: the database the row came from (a
    CompiledQuery's .using), so that the instance's later queries and saves go there too."""
    if len(fields) != len(values):
        raise ValueError(f"{len(fields)} fields but {len(values)} values")
    attnames, order = _in_field_order(model, tuple(fields))
    return model.from_db(using, attnames, [values[index] for index in order])
