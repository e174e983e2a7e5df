import argparse
import shutil
import tempfile
from pathlib import Path

from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError

from organisations.imports import ImportFileError
from tooling.evaluation.cordis import REQUIRED_COLUMNS, CordisFileError
from tooling.evaluation.metrics import scores_table
from tooling.evaluation.run import LOPO_PROJECTS, EvaluationOptions, evaluation_run
from tooling.evaluation.scratch import (
    NotScratchDatabase,
    evaluation_subprocess_run,
    scratch_database_check,
)
from tooling.evaluation.split import PROTOCOLS
from tooling.evaluation.summary import (
    protocol_summary,
    summary_read,
    summary_table,
    summary_write,
)

DEFAULT_PROTOCOLS = "latest,random:0,random:1,random:2,projects:0,lopo:0"


def _count_or_all(value: str) -> int | None:
    number = int(value)
    if number < 0:
        raise argparse.ArgumentTypeError("must be 0 (all) or more")
    return number or None  # 0 means all, like the default


def _protocols(value: str) -> list[tuple[str, int]]:
    protocols = []
    for item in (part.strip() for part in value.split(",") if part.strip()):
        name, _, seed = item.partition(":")
        if name not in PROTOCOLS or (seed and not seed.isdigit()):
            raise CommandError(
                f"Unknown hold-out protocol {item!r}: use latest, random:SEED, projects:SEED "
                "or lopo:SEED."
            )
        protocols.append((name, int(seed or 0)))
    if not protocols:
        raise CommandError("Give at least one hold-out protocol.")
    return protocols


class Command(BaseCommand):
    help = (
        "Measure match quality on real Horizon 2020 consortia (CORDIS): under each hold-out "
        "protocol (each eligible organisation's latest project, a random one per seed, a "
        "seeded sample of single projects, or leave-one-project-out), "
        "import the rest through the CSV imports into a scratch SQLite database (the app's own "
        "database is never touched), and print recall@10 and nDCG@10 of partner and "
        "opportunity suggestions with 95% intervals next to four baselines, and whether each "
        "target is met; then one summary table over the protocols. --validation runs the "
        "validation splits (for tuning) instead of the test splits (to report once)."
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
        parser.add_argument(
            "--lopo-projects", type=_count_or_all, default=LOPO_PROJECTS,
            help="How many projects the lopo protocol hides one at a time, about a second each "
            f"(default {LOPO_PROJECTS}; 0 hides every candidate project, for hours).",
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
        parser.add_argument(
            "--protocols", default=DEFAULT_PROTOCOLS,
            help="Hold-out protocols, comma-separated: latest (each organisation's latest "
            "project), random:SEED (a random project of each, drawn with SEED), "
            "projects:SEED (a seeded sample of 1,000 single projects held out together, all "
            "else visible) and lopo:SEED (leave-one-project-out: everything imported, then each "
            "of a seeded sample of projects hidden alone while its call and its participants "
            "are asked, and put back; --lopo-projects of them). "
            f"Each runs in its own scratch database. Default: {DEFAULT_PROTOCOLS}.",
        )  # fmt: skip
        parser.add_argument("--protocol", default="latest", help=argparse.SUPPRESS)
        parser.add_argument("--protocol-seed", type=int, default=0, help=argparse.SUPPRESS)
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
        base = [str(dataset.resolve())]
        for name in ("partner_queries", "opportunity_queries", "lopo_projects"):
            base += [f"--{name.replace('_', '-')}", str(options[name] or 0)]
        base += ["--seed", str(options["seed"])]
        if options["validation"]:
            base.append("--validation")
        failed, summaries = [], []
        for protocol, protocol_seed in _protocols(options["protocols"]):
            self.stdout.write("")
            self.stdout.write(f"=== Hold-out protocol: {protocol} (seed {protocol_seed}) ===")
            arguments = [*base, "--protocol", protocol, "--protocol-seed", str(protocol_seed)]
            folder = tempfile.mkdtemp(prefix="evaluate-matching-")
            try:
                code = evaluation_subprocess_run(arguments=arguments, directory=Path(folder))
                summary = summary_read(directory=Path(folder))
                if summary is not None:
                    summaries.append(summary)
            finally:
                if keep_database:
                    self.stdout.write(f"Scratch database and import files kept in {folder}")
                else:
                    shutil.rmtree(folder, ignore_errors=True)
            if code:
                failed.append(f"{protocol}:{protocol_seed} (exit code {code})")
        which = "validation splits, for tuning" if options["validation"] else "test splits"
        self.stdout.write("")
        self.stdout.write(f"=== Summary over the protocols ({which}) ===")
        self.stdout.write(summary_table(summaries))
        if failed:
            raise CommandError(f"The evaluation failed: {', '.join(failed)}.")

    def _evaluate(self, *, dataset, database, partner_queries, opportunity_queries,
                  lopo_projects, seed, validation, protocol, protocol_seed,
                  **unused):  # fmt: skip
        try:
            scratch_database_check(path=database)
        except NotScratchDatabase as error:
            raise CommandError(str(error)) from None
        call_command("migrate", verbosity=0)
        evaluation_options = EvaluationOptions(
            partner_queries=partner_queries,
            opportunity_queries=opportunity_queries,
            lopo_projects=lopo_projects,
            seed=seed,
            validation=validation,
            protocol=protocol,
            protocol_seed=protocol_seed,
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
        label = protocol + (f":{protocol_seed}" if protocol != "latest" else "")
        split = f"protocol {protocol}" + (
            f" (seed {protocol_seed})" if protocol != "latest" else ""
        )
        split += ", validation split" if validation else ", test split"
        summary_write(
            summary=protocol_summary(report=report, label=label), directory=database.parent
        )
        for title, scores in (
            (f"Task (a) partners for an organisation, {split}", report.partners),
            (f"Task (b) organisations for an opportunity, {split}", report.opportunities),
        ):
            self.stdout.write("")
            if not scores:
                self.stdout.write(f"{title}: not asked under this protocol.")
                continue
            self.stdout.write(scores_table(title=title, scores=scores, k=report.k))
        self.stdout.write("")
        verdict = "yes" if report.engine_wins() else "NO"
        self.stdout.write(f"Engine beats every baseline on each task, both metrics: {verdict}")
        self.stdout.write("")
        self.stdout.write(f"Targets ({split}):")
        for target in report.targets():
            mark = "met" if target.met else "NOT MET"
            self.stdout.write(f"- {target.description}: {mark} ({target.detail})")
