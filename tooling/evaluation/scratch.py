"""The evaluation runs in a scratch SQLite database of its own, never the app's.

Why a subprocess: settings read DATABASE_URL once at start-up and the matching index is one per
process, so the surest way to give the evaluation an empty database (and an index built from
it alone) is a fresh process started with DATABASE_URL pointing at a new file in a temporary
folder. It needs no PostgreSQL and leaves the app's data untouched, whatever DATABASE_URL the
caller has set. The child refuses to run on any database but the one it was given."""

import os
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

from django.conf import settings
from django.db import connection

COMMAND = "evaluate_matching"
SCRATCH_OPTION = "--scratch-database"
DATABASE_FILE = "evaluation.sqlite3"


class NotScratchDatabase(Exception):
    """The evaluation was about to write to a database other than its scratch one."""


def scratch_database_check(*, path: Path | str) -> None:
    name = str(connection.settings_dict["NAME"])
    if connection.vendor != "sqlite" or Path(name).resolve() != Path(path).resolve():
        raise NotScratchDatabase(
            f"{SCRATCH_OPTION} {path} does not match the configured database ({name}); "
            "the evaluation only ever writes to its own scratch file."
        )
    if Path(path).exists() and Path(path).stat().st_size > 0:
        raise NotScratchDatabase(f"{path} is not empty; the evaluation needs a new database.")


def evaluation_subprocess_run(*, arguments: Sequence[str], directory: Path) -> int:
    """Runs this command again in a child process on a new SQLite file in `directory`, with the
    child's output going straight to ours. Returns the child's exit code."""
    database = directory / DATABASE_FILE
    # Unbuffered, so progress shows as it happens even when the output goes to a file.
    environment = {**os.environ, "DATABASE_URL": f"sqlite:///{database}", "PYTHONUNBUFFERED": "1"}
    command = [
        sys.executable,
        str(Path(settings.BASE_DIR) / "manage.py"),
        COMMAND,
        *arguments,
        SCRATCH_OPTION,
        str(database),
    ]
    return subprocess.run(command, env=environment, check=False).returncode
