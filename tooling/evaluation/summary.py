"""One line per hold-out protocol, so that a run over several protocols ends with one table
that says, for each, how the engine did against its own best baseline and which targets it met.

Each protocol runs in its own child process (see scratch); the child writes its summary as
JSON next to its scratch database and the parent reads it back before removing the folder."""

import json
from collections.abc import Sequence
from pathlib import Path

from tooling.evaluation.metrics import Score, confidence_interval
from tooling.evaluation.run import ENGINE, EvaluationReport

SUMMARY_FILE = "summary.json"


def _engine_and_best(scores: Sequence[Score], metric: str) -> tuple[Score, Score | None]:
    engine = next(score for score in scores if score.method == ENGINE)
    baselines = [score for score in scores if score is not engine]
    best = max(baselines, key=lambda score: getattr(score, metric)) if baselines else None
    return engine, best


def _cell(score: Score, metric: str) -> dict:
    values = score.recalls if metric == "recall" else score.ndcgs
    low, high = confidence_interval(values, score.groups)
    return {"method": score.method, "mean": getattr(score, metric), "low": low, "high": high}


def protocol_summary(*, report: EvaluationReport, label: str) -> dict:
    """What the summary table shows of one protocol's report, as plain JSON values."""
    tasks = {}
    for task, scores in (("partners", report.partners), ("opportunities", report.opportunities)):
        if not any(score.method == ENGINE for score in scores):
            continue  # a task this protocol does not ask (lopo: no partners)
        tasks[task] = {}
        for metric in ("recall", "ndcg"):
            engine, best = _engine_and_best(scores, metric)
            tasks[task][metric] = {
                "engine": _cell(engine, metric),
                "best": _cell(best, metric) if best else None,
            }
    over_common = report.ratio_to_common()
    targets = report.targets()
    return {
        "label": label,
        "k": report.k,
        "queries": {
            task: scores[0].queries if scores else 0
            for task, scores in (
                ("partners", report.partners),
                ("opportunities", report.opportunities),
            )
        },
        "tasks": tasks,
        # None when common past partners score nothing: "infx" would not read as a ratio.
        "recall_over_common": (
            over_common.ratio
            if over_common is not None and over_common.ratio != float("inf")
            else None
        ),
        "recall_over_common_interval": (
            [over_common.low, over_common.high] if over_common is not None else None
        ),
        "targets": [[t.description, t.met, t.detail] for t in targets],
    }


def summary_write(*, summary: dict, directory: Path) -> None:
    (directory / SUMMARY_FILE).write_text(json.dumps(summary), encoding="utf-8")


def summary_read(*, directory: Path) -> dict | None:
    path = directory / SUMMARY_FILE
    return json.loads(path.read_text(encoding="utf-8")) if path.is_file() else None


def _value(cell: dict | None) -> str:
    if cell is None:
        return "-"
    return f"{cell['mean']:.3f} ({cell['low']:.3f}-{cell['high']:.3f})"


def _best(cell: dict | None) -> str:
    return "-" if cell is None else f"{cell['mean']:.3f} {cell['method']}"


def _ratio(ratio: float | None, interval: Sequence[float] | None) -> str:
    if ratio is None or interval is None:
        return "-"
    return f"{ratio:.2f}x ({interval[0]:.2f}-{interval[1]:.2f})"


def summary_table(summaries: Sequence[dict]) -> str:
    """A Markdown table, one row per protocol, then the targets each protocol missed."""
    if not summaries:
        return "No protocol finished."
    k = summaries[0]["k"]
    lines = [
        f"| protocol | task | engine R@{k} (95% CI) | best baseline R@{k} | "
        f"engine nDCG@{k} (95% CI) | best baseline nDCG@{k} | R@{k} / common partners | "
        "targets met |",
        "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    missed = []
    for summary in summaries:
        met = sum(1 for _, is_met, _ in summary["targets"] if is_met)
        for task in ("partners", "opportunities"):
            if task not in summary["tasks"]:
                continue
            recall, ndcg = summary["tasks"][task]["recall"], summary["tasks"][task]["ndcg"]
            partners = task == "partners"
            ratio = summary["recall_over_common"] if partners else None
            interval = summary["recall_over_common_interval"] if partners else None
            lines.append(
                f"| {summary['label']} | {task} | {_value(recall['engine'])} "
                f"| {_best(recall['best'])} | {_value(ndcg['engine'])} | {_best(ndcg['best'])} "
                f"| {_ratio(ratio, interval)} "
                f"| {met} of {len(summary['targets'])} |"
            )
        missed += [
            f"- {summary['label']}: {description} ({detail})"
            for description, is_met, detail in summary["targets"]
            if not is_met
        ]
    verdict = "every target met on every protocol" if not missed else "targets NOT MET:"
    return "\n".join([*lines, "", verdict, *missed])
