"""CSV imports: staff load vetted lists of organisations and past projects (and, from the
opportunities app, opportunities) with the same all-or-nothing rules."""

from common.csv_reader import ImportFileError, RowError
from organisations.imports.organisations import organisations_import
from organisations.imports.projects import projects_import
from organisations.imports.result import ImportResult

__all__ = [
    "ImportFileError",
    "ImportResult",
    "RowError",
    "organisations_import",
    "projects_import",
]
