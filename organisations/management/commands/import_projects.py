from django.core.management.base import BaseCommand, CommandError, no_translations

from organisations.imports import ImportFileError, projects_import
from organisations.imports.projects import PROJECT_COLUMNS


class Command(BaseCommand):
    help = (
        "Import past collaborative projects from a UTF-8 CSV file with the columns "
        f"{','.join(PROJECT_COLUMNS)}; participants are ';'-separated organisation external "
        "ids. Rows are matched by external_id. A file with any bad row imports nothing."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", help="Path to the CSV file.")

    # English, whatever language the caller has active: the messages are for a shell and logs.
    @no_translations
    def handle(self, *args, file, **options):
        try:
            result = projects_import(path=file)
        except ImportFileError as error:
            raise CommandError(str(error)) from None
        self.stdout.write(self.style.SUCCESS(f"Projects from {file}: {result}."))
