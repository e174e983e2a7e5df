"""The shared core of every CSV import: read a file, check its header, clean each row while
collecting every problem with its line number, and refuse the whole file if any row is bad.

Line numbers are physical lines in the file (the header is line 1), so a row whose quoted
field spans several lines is reported at the line where it starts."""

import csv
import datetime
import io
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from pathlib import Path

from django.core.exceptions import ValidationError
from django.core.validators import URLValidator
from django.utils.translation import gettext, ngettext
from django_countries import countries

LIST_SEPARATOR = ";"
# Far above any real list (20,000 organisations are a few MB) yet small enough to read at once.
MAX_FILE_BYTES = 50 * 1024 * 1024
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


@dataclass(frozen=True)
class RowError:
    line: int
    reasons: tuple[str, ...]

    def __str__(self) -> str:
        return gettext("line %(line)s: %(reasons)s") % {
            "line": self.line,
            "reasons": "; ".join(self.reasons),
        }


class ImportFileError(Exception):
    """The file was refused as a whole; nothing was written."""

    def __init__(self, message: str, *, row_errors: Sequence[RowError] = ()):
        super().__init__(message)
        self.message = message
        self.row_errors = list(row_errors)

    def __str__(self) -> str:
        return "\n".join([self.message, *(f"  {error}" for error in self.row_errors)])


@dataclass(frozen=True)
class CsvRow:
    line: int
    values: dict[str, str]


class RowErrors:
    """Collects reasons per line across every check, so one run reports every bad row."""

    def __init__(self) -> None:
        self._reasons: dict[int, list[str]] = {}

    def add(self, line: int, reason: str) -> None:
        self._reasons.setdefault(line, []).append(reason)

    def __bool__(self) -> bool:
        return bool(self._reasons)

    def raise_if_any(self, *, path: Path | str) -> None:
        if not self._reasons:
            return
        errors = [RowError(line, tuple(self._reasons[line])) for line in sorted(self._reasons)]
        count = len(errors)
        message = ngettext(
            "%(path)s: %(count)s bad row; nothing was imported.",
            "%(path)s: %(count)s bad rows; nothing was imported.",
            count,
        ) % {"path": path, "count": count}
        raise ImportFileError(message, row_errors=errors)


def csv_rows_read(
    *,
    path: Path | str,
    columns: Sequence[str],
    optional_columns: Sequence[str] = (),
    ignored_columns: Sequence[str] = (),
    data: bytes | None = None,
    errors: RowErrors | None = None,
) -> list[CsvRow]:
    """Every data row of a UTF-8 CSV file (a BOM is accepted), values stripped of spaces.
    With data (an uploaded file's content), path only names it in messages. Rows that cannot
    be read are left out and recorded in errors if given (so the caller reports them with
    its own checks of the other rows), else raised at once. ignored_columns may be present
    (the read-only columns of the staff export, so an export imports back) and are dropped.
    Raises ImportFileError for a missing, over-large or undecodable file or a bad header.
    Unreadable rows: the wrong number of fields, an over-long field, or a NUL character,
    which no database text column can hold (PostgreSQL refuses it outright)."""
    text = _file_text(Path(path)) if data is None else _text_decode(data, path=path)
    if "\x00" in text.partition("\n")[0]:
        raise ImportFileError(
            gettext(
                "%(path)s: line %(line)s: contains NUL characters: this looks like a binary "
                "file (a spreadsheet?), not CSV text. Save it as CSV UTF-8 and try again."
            )
            % {"path": path, "line": 1}
        )
    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        header = [name.strip().lower() for name in next(reader)]
    except StopIteration:
        raise ImportFileError(
            gettext("%(path)s: the file is empty; the first line must be the header: %(columns)s.")
            % {"path": path, "columns": ", ".join(columns)}
        ) from None
    except csv.Error as error:
        # The csv module's own words (its error) stay as Python writes them.
        raise ImportFileError(
            gettext("%(path)s: line %(line)s: %(error)s")
            % {"path": path, "line": 1, "error": error}
        ) from None
    _header_check(
        path=path,
        header=header,
        columns=columns,
        optional_columns=optional_columns,
        ignored_columns=ignored_columns,
    )

    rows = []
    raise_here = errors is None
    errors = RowErrors() if errors is None else errors
    next_line = reader.line_num + 1
    try:
        for fields in reader:
            line, next_line = next_line, reader.line_num + 1
            if not any(value.strip() for value in fields):
                continue
            if len(fields) != len(header):
                errors.add(
                    line,
                    gettext("has %(fields)s fields but the header has %(header)s")
                    % {"fields": len(fields), "header": len(header)},
                )
                continue
            values = {
                name: value.strip()
                for name, value in zip(header, fields, strict=True)
                if name not in ignored_columns
            }
            with_nul = [name for name, value in values.items() if "\x00" in value]
            if with_nul:
                errors.add(
                    line, gettext("NUL character in %(columns)s") % {"columns": ", ".join(with_nul)}
                )
                continue
            rows.append(CsvRow(line=line, values=values))
    except csv.Error as error:
        if "field larger than field limit" in str(error):
            # The csv module stops at such a field, so the rows after it go unread.
            reason = gettext(
                "a field is longer than %(limit)s characters, so the rows after it were not read"
            ) % {"limit": f"{csv.field_size_limit():,}"}
        else:
            reason = gettext("not valid CSV: %(error)s") % {"error": error}
        errors.add(next_line, reason)
    if raise_here:
        errors.raise_if_any(path=path)
    return rows


def _file_text(path: Path) -> str:
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            raise ImportFileError(_too_large(path))
        data = path.read_bytes()
    except FileNotFoundError:
        raise ImportFileError(gettext("%(path)s: no such file.") % {"path": path}) from None
    except IsADirectoryError:
        raise ImportFileError(
            gettext("%(path)s: is a directory, not a CSV file.") % {"path": path}
        ) from None
    except OSError as error:
        # The system's own words (strerror) stay as the system writes them.
        raise ImportFileError(
            gettext("%(path)s: cannot be read: %(error)s.")
            % {"path": path, "error": error.strerror}
        ) from None
    return _text_decode(data, path=path)


def _too_large(path: Path | str) -> str:
    return gettext(
        "%(path)s: the file is larger than %(size)s MB; split it into smaller files."
    ) % {"path": path, "size": MAX_FILE_BYTES // (1024 * 1024)}


def _text_decode(data: bytes, *, path: Path | str) -> str:
    if len(data) > MAX_FILE_BYTES:
        raise ImportFileError(_too_large(path))
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data.count(b"\n", 0, error.start) + 1
        raise ImportFileError(
            gettext(
                "%(path)s: line %(line)s: not UTF-8 text (byte %(byte)s). "
                "Save the file as CSV UTF-8 and try again."
            )
            % {"path": path, "line": line, "byte": error.start + 1}
        ) from None


def _header_check(
    *,
    path: Path | str,
    header: list[str],
    columns: Sequence[str],
    optional_columns: Sequence[str],
    ignored_columns: Sequence[str] = (),
) -> None:
    if len(header) == 1 and LIST_SEPARATOR in header[0]:
        # Every column would also be "missing" and the whole line one "unknown" column: noise
        # that buries the one thing to fix.
        problems = [gettext("columns must be separated by commas, not semicolons")]
        header = []
    else:
        problems = []
        missing = [name for name in columns if name not in header]
        if missing:
            problems.append(
                ngettext(
                    "missing column: %(columns)s", "missing columns: %(columns)s", len(missing)
                )
                % {"columns": ", ".join(missing)}
            )
    allowed = set(columns) | set(optional_columns) | set(ignored_columns)
    unknown = [name or gettext("(blank)") for name in header if name not in allowed]
    if unknown:
        problems.append(
            ngettext("unknown column: %(columns)s", "unknown columns: %(columns)s", len(unknown))
            % {"columns": ", ".join(unknown)}
        )
    repeated = sorted({name for name in header if header.count(name) > 1 and name})
    if repeated:
        problems.append(
            ngettext("repeated column: %(columns)s", "repeated columns: %(columns)s", len(repeated))
            % {"columns": ", ".join(repeated)}
        )
    if problems:
        expected = ", ".join([*columns, *(f"[{name}]" for name in optional_columns)])
        raise ImportFileError(
            gettext(
                "%(path)s: line %(line)s: bad header (%(problems)s). "
                "Expected columns: %(expected)s."
            )
            % {"path": path, "line": 1, "problems": "; ".join(problems), "expected": expected}
        )


class RowCleaner:
    """Turns one row's text into typed values. Each problem is recorded against the row's line
    and a neutral value is returned, so cleaning carries on and reports everything at once."""

    # As the error says: a web page, not ftp:// (Django's default also takes ftp and ftps).
    _url_validator = URLValidator(schemes=["http", "https"])

    def __init__(self, row: CsvRow, errors: RowErrors):
        self.row = row
        self.line = row.line
        self._errors = errors

    def error(self, reason: str) -> None:
        self._errors.add(self.line, reason)

    def raw(self, column: str) -> str:
        return self.row.values.get(column, "")

    def has(self, column: str) -> bool:
        """Whether the file has this (optional) column at all, empty or not in this row."""
        return column in self.row.values

    def optional_texts(self, limits: dict[str, int]) -> dict[str, str]:
        """The text of each optional column the file has, by name, within its length limit.
        A column the file lacks is left out, so importing an older file keeps what the
        records already hold there rather than emptying it."""
        return {
            column: self.text(column, max_length=max_length)
            for column, max_length in limits.items()
            if self.has(column)
        }

    def text(self, column: str, *, max_length: int, required: bool = False) -> str:
        value = self.raw(column)
        if required and not value:
            self.error(gettext("%(column)s is empty") % {"column": column})
        elif len(value) > max_length:
            self.error(
                gettext("%(column)s is longer than %(max_length)s characters")
                % {"column": column, "max_length": max_length}
            )
            return ""
        return value

    def choice(self, column: str, *, choices: Iterable[str], default: str | None = None) -> str:
        value = self.raw(column)
        if not value and default is not None:
            return default
        allowed = list(choices)
        if value not in allowed:
            params = {"column": column, "value": value, "choices": ", ".join(allowed)}
            if value:
                self.error(
                    gettext("%(column)s is '%(value)s', expected one of: %(choices)s") % params
                )
            else:
                self.error(gettext("%(column)s is empty, expected one of: %(choices)s") % params)
            return ""
        return value

    def optional_choice(self, column: str, *, choices: Iterable[str]) -> str:
        return self.choice(column, choices=choices) if self.raw(column) else ""

    def country(self, column: str, *, required: bool) -> str:
        value = self.raw(column).upper()
        if not value:
            if required:
                self.error(gettext("%(column)s is empty") % {"column": column})
            return ""
        if len(value) != 2 or value not in countries:
            self.error(
                gettext("%(column)s '%(value)s' is not an ISO 3166 alpha-2 country code")
                % {"column": column, "value": self.raw(column)}
            )
            return ""
        return value

    def items(self, column: str) -> list[str]:
        """A ';'-separated list, in order, without blanks or repeats."""
        items = (item.strip() for item in self.raw(column).split(LIST_SEPARATOR))
        return list(dict.fromkeys(item for item in items if item))

    def date(self, column: str) -> datetime.date | None:
        value = self.raw(column)
        if not value:
            return None
        try:
            if not _ISO_DATE.fullmatch(value):
                raise ValueError(value)
            return datetime.date.fromisoformat(value)
        except ValueError:
            self.error(
                gettext("%(column)s '%(value)s' is not a date in the form YYYY-MM-DD")
                % {"column": column, "value": value}
            )
            return None

    def integer(self, column: str, *, minimum: int, maximum: int) -> int | None:
        value = self.raw(column)
        if not value:
            return None
        try:
            number = int(value)
        except ValueError:
            self.error(
                gettext("%(column)s '%(value)s' is not a whole number")
                % {"column": column, "value": value}
            )
            return None
        if not minimum <= number <= maximum:
            self.error(
                gettext("%(column)s %(value)s is not between %(minimum)s and %(maximum)s")
                % {"column": column, "value": number, "minimum": minimum, "maximum": maximum}
            )
            return None
        return number

    def decimal(self, column: str, *, max_digits: int, decimal_places: int) -> Decimal | None:
        value = self.raw(column)
        if not value:
            return None
        try:
            number = Decimal(value)
        except InvalidOperation:
            number = None
        if number is None or not number.is_finite():
            self.error(
                gettext("%(column)s '%(value)s' is not a number (write it like 250000 or 1500.50)")
                % {"column": column, "value": value}
            )
            return None
        if number < 0:
            self.error(
                gettext("%(column)s %(value)s is negative") % {"column": column, "value": value}
            )
            return None
        try:
            quantised = number.quantize(Decimal(1).scaleb(-decimal_places))
        except InvalidOperation:
            quantised = None
        if quantised != number or len(quantised.as_tuple().digits) > max_digits:
            self.error(
                gettext(
                    "%(column)s %(value)s must have at most %(decimal_places)s decimal places "
                    "and %(max_digits)s digits"
                )
                % {
                    "column": column,
                    "value": value,
                    "decimal_places": decimal_places,
                    "max_digits": max_digits,
                }
            )
            return None
        return number

    def url(self, column: str, *, max_length: int) -> str:
        value = self.text(column, max_length=max_length)
        if value:
            try:
                self._url_validator(value)
            except ValidationError:
                self.error(
                    gettext(
                        "%(column)s '%(value)s' is not a valid web address (it must start "
                        "http:// or https:// and name a site)"
                    )
                    % {"column": column, "value": value}
                )
                return ""
        return value


def external_ids_check(*, rows: Sequence[tuple[int, str]], errors: RowErrors) -> None:
    """Every external_id present and used by one row only: it is the key re-imports update by."""
    first_line: dict[str, int] = {}
    for line, external_id in rows:
        if not external_id:
            errors.add(line, gettext("%(column)s is empty") % {"column": "external_id"})
        elif len(external_id) > 100:
            errors.add(
                line,
                gettext("%(column)s is longer than %(max_length)s characters")
                % {"column": "external_id", "max_length": 100},
            )
        elif external_id in first_line:
            errors.add(
                line,
                gettext("external_id '%(external_id)s' is repeated (first on line %(first_line)s)")
                % {"external_id": external_id, "first_line": first_line[external_id]},
            )
        else:
            first_line[external_id] = line
