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

from django.http import HttpRequest, HttpResponse

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


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
