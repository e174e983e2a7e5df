import argparse
import shutil
import tempfile
from pathlib import Path

from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError

from organisations.imports import ImportFileError
from tooling.evaluation.cordis import REQUIRED_COLUMNS, CordisFileError
from tooling.evaluation.metrics import scores_table
from tooling.evaluation.run import EvaluationOptions, evaluation_run
from tooling.evaluation.scratch import (
    NotScratchDatabase,
    evaluation_subprocess_run,
    scratch_database_check,
)


def _count_or_all(value: str) -> int | None:
    number = int(value)
    if number < 0:
        raise argparse.ArgumentTypeError("must be 0 (all) or more")
    return number or None  # 0 means all, like the default


class Command(BaseCommand):
    help = (
        "Measure match quality on real Horizon 2020 consortia (CORDIS): hold out each eligible "
        "organisation's latest project, import the rest through the CSV imports into a scratch "
        "SQLite database (the app's own database is never touched), and print recall@10 and "
        "nDCG@10 of partner and opportunity suggestions next to four baselines."
    )

    def add_arguments(self, parser):
        parser.add_argument("dataset", help="Folder with the CORDIS .csv.gz files.")
        parser.add_argument(
            "--partner-queries", type=_count_or_all, default=None,
            help="Ask a seeded sample of this many partner queries (default: all of them).",
        )  # fmt: skip
        parser.add_argument(
            "--opportunity-queries", type=_count_or_all, default=None,
            help="Ask a seeded sample of this many opportunity queries (default: all of them).",
        )  # fmt: skip
        parser.add_argument("--seed", type=int, default=0, help="Default 0.")
        parser.add_argument(
            "--validation", action="store_true",
            help="Hold out the second-latest projects instead (the latest removed entirely): "
            "a split for tuning that never sees the test queries.",
        )  # fmt: skip
        parser.add_argument(
            "--keep-database", action="store_true",
            help="Keep the scratch folder (database and import files) and print where it is.",
        )  # fmt: skip
        parser.add_argument("--scratch-database", help=argparse.SUPPRESS)

    def handle(self, *args, dataset, scratch_database, keep_database, **options):
        dataset = Path(dataset)
        missing = [name for name in REQUIRED_COLUMNS if not (dataset / name).is_file()]
        if missing:
            raise CommandError(
                f"{dataset}: not a CORDIS dataset folder; missing {', '.join(missing)}."
            )
        if scratch_database:
            self._evaluate(dataset=dataset, database=Path(scratch_database), **options)
            return
        arguments = [str(dataset.resolve())]
        for name in ("partner_queries", "opportunity_queries"):
            arguments += [f"--{name.replace('_', '-')}", str(options[name] or 0)]
        arguments += ["--seed", str(options["seed"])]
        if options["validation"]:
            arguments.append("--validation")
        folder = tempfile.mkdtemp(prefix="evaluate-matching-")
        try:
            code = evaluation_subprocess_run(arguments=arguments, directory=Path(folder))
        finally:
            if keep_database:
                self.stdout.write(f"Scratch database and import files kept in {folder}")
            else:
                shutil.rmtree(folder, ignore_errors=True)
        if code:
            raise CommandError(f"The evaluation failed (exit code {code}).")

    def _evaluate(self, *, dataset, database, partner_queries, opportunity_queries, seed,
                  validation, **unused):  # fmt: skip
        try:
            scratch_database_check(path=database)
        except NotScratchDatabase as error:
            raise CommandError(str(error)) from None
        call_command("migrate", verbosity=0)
        evaluation_options = EvaluationOptions(
            partner_queries=partner_queries,
            opportunity_queries=opportunity_queries,
            seed=seed,
            validation=validation,
        )
        try:
            report = evaluation_run(
                dataset=dataset,
                directory=database.parent,
                options=evaluation_options,
                say=self.stdout.write,
            )
        except (CordisFileError, ImportFileError) as error:
            raise CommandError(str(error)) from None
        split = "validation split (second-latest projects)" if validation else "test split"
        for title, scores in (
            (f"Task (a) partners for an organisation, {split}", report.partners),
            (f"Task (b) organisations for an opportunity, {split}", report.opportunities),
        ):
            self.stdout.write("")
            self.stdout.write(scores_table(title=title, scores=scores, k=report.k))
        self.stdout.write("")
        verdict = "yes" if report.engine_wins() else "NO"
        self.stdout.write(f"Engine beats every baseline on both tasks and both metrics: {verdict}")
        self.stdout.write("")
        self.stdout.write(f"Targets ({split}; one hold-out protocol only):")
        for target in report.targets():
            mark = "met" if target.met else "NOT MET"
            self.stdout.write(f"- {target.description}: {mark} ({target.detail})")
