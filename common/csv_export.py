"""CSV downloads that are safe to open in a spreadsheet. A cell that begins with =, +, -, @,
a tab or a carriage return is read by Excel, LibreOffice and Google Sheets as a formula, so a
name like "=HYPERLINK(...)" typed into a profile would run on a staff member's machine. Such
cells get a leading single quote, as OWASP advises (CSV injection), which spreadsheets show
as text and do not evaluate."""

import csv
import datetime
import io
from collections.abc import Iterable, Sequence
from decimal import Decimal

from django.http import HttpRequest, HttpResponse, HttpResponseBadRequest
from django.utils.translation import gettext

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
# A bad filter's error lists the values it takes when they are few enough to read (a state,
# a status), not when they are every country.
LISTED_CHOICES_MAX = 20


def csv_cell(value: object) -> object:
    """One value as written to the file: text neutralised, numbers and dates as they are
    (a negative number is not a formula, and quoting it would turn it into text)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, int | float | Decimal):
        return value
    if isinstance(value, datetime.datetime):
        return value.isoformat(timespec="seconds")
    if isinstance(value, datetime.date):
        return value.isoformat()
    text = str(value)
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def csv_text(*, header: Sequence[str], rows: Iterable[Sequence[object]]) -> str:
    """The whole file, starting with a byte order mark so Excel reads it as UTF-8 (Korean
    names included); the imports accept the mark."""
    out = io.StringIO()
    out.write("\ufeff")
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow([csv_cell(name) for name in header])
    writer.writerows([csv_cell(value) for value in row] for row in rows)
    return out.getvalue()


def csv_response(
    *, filename: str, header: Sequence[str], rows: Iterable[Sequence[object]]
) -> HttpResponse:
    """A download of the rows as filename (plain ASCII, chosen by the caller)."""
    return HttpResponse(
        csv_text(header=header, rows=rows),
        content_type="text/csv; charset=utf-8",
        headers={"Content-Disposition": f'attachment; filename="{filename}"'},
    )


def export_query(request: HttpRequest) -> str:
    """A list page's current filters, without its page number, for its "Export CSV" link."""
    query = request.GET.copy()
    query.pop("page", None)
    return query.urlencode()


def csv_filter_refusal(filterset) -> HttpResponse | None:
    """A 400 naming each filter of the address that cannot be read and the values it takes,
    or None when every filter is good: a bad one is dropped by django-filter, so the
    download would silently hold every row."""
    if filterset.is_valid():
        return None
    lines = [gettext("Nothing was exported: a filter in the address is not valid.")]
    for name, errors in filterset.errors.items():
        line = f"{name}: {' '.join(errors)}"
        values = _choice_values(getattr(filterset.form.fields.get(name), "choices", ()))
        if 0 < len(values) <= LISTED_CHOICES_MAX:
            line += " " + gettext("Valid values: %(values)s.") % {"values": ", ".join(values)}
        lines.append(line)
    return HttpResponseBadRequest("\n".join(lines), content_type="text/plain; charset=utf-8")


def _choice_values(choices) -> list[str]:
    """The values a choice field takes, those inside groups (the countries') included."""
    values = []
    for value, label in choices:
        if isinstance(label, list | tuple):
            values.extend(_choice_values(label))
        elif value != "":
            values.append(str(value))
    return values
