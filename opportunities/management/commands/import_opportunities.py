from django.core.management.base import BaseCommand, CommandError, no_translations

from opportunities.imports import (
    OPPORTUNITY_COLUMNS,
    OPPORTUNITY_IGNORED_COLUMNS,
    OPPORTUNITY_OPTIONAL_COLUMNS,
    opportunities_import,
)
from organisations.imports import ImportFileError


class Command(BaseCommand):
    help = (
        "Import opportunities from a UTF-8 CSV file with the columns "
        f"{','.join(OPPORTUNITY_COLUMNS)}; optional columns: "
        f"{', '.join(OPPORTUNITY_OPTIONAL_COLUMNS)} (the _ko ones hold the Korean text; leave "
        "one out to keep what the site has; status is published, the default, draft or archived). "
        "hosts are ';'-separated organisation external ids; hosts without one are kept. Rows "
        "are matched by external_id, so importing the same file again updates them. The staff "
        "list's export imports back: its read-only columns "
        f"{', '.join(OPPORTUNITY_IGNORED_COLUMNS)} are ignored. A file with any bad row "
        "imports nothing."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", help="Path to the CSV file.")
        parser.add_argument(
            "--create-missing-tags",
            action="store_true",
            help="Create unknown sector and capability slugs instead of refusing the file.",
        )

    # English, whatever language the caller has active: the messages are for a shell and logs.
    @no_translations
    def handle(self, *args, file, create_missing_tags, **options):
        try:
            result = opportunities_import(path=file, create_missing_tags=create_missing_tags)
        except ImportFileError as error:
            raise CommandError(str(error)) from None
        self.stdout.write(self.style.SUCCESS(f"Opportunities from {file}: {result}."))
