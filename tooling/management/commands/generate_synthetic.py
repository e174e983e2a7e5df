import time

from django.core.management.base import BaseCommand, CommandError

from tooling.synthetic import SyntheticDataExists, synthetic_data_generate


class Command(BaseCommand):
    help = (
        "Generate seeded synthetic benchmark data: a syn- taxonomy, organisations, "
        "opportunities and past projects, all marked synthetic. The same seed gives the same "
        "data. Refuses if synthetic data exists, unless --clear is given."
    )

    def add_arguments(self, parser):
        parser.add_argument("--organisations", type=int, default=1000, help="Default 1000.")
        parser.add_argument("--opportunities", type=int, default=100, help="Default 100.")
        parser.add_argument(
            "--projects", type=int, default=None, help="Default: a quarter of --organisations."
        )
        parser.add_argument("--seed", type=int, default=0, help="Default 0.")
        parser.add_argument(
            "--clear",
            action="store_true",
            help="Remove existing synthetic data first (nothing else is touched).",
        )

    def handle(self, *args, organisations, opportunities, projects, seed, clear, **options):
        started = time.monotonic()
        try:
            counts = synthetic_data_generate(
                organisations=organisations,
                opportunities=opportunities,
                projects=projects,
                seed=seed,
                clear=clear,
            )
        except SyntheticDataExists as error:
            raise CommandError(
                f"{error} Run again with --clear to replace it "
                "(only synthetic records are removed)."
            ) from None
        except ValueError as error:
            raise CommandError(str(error)) from None
        elapsed = time.monotonic() - started
        self.stdout.write(self.style.SUCCESS(f"Created {counts} in {elapsed:.1f} s."))
