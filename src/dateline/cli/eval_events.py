"""Score event coding: `dateline eval events --data acled|case2021|event-location|glocon`.

acled runs the whole pipeline on ACLED coders' notes and scores events and fields; case2021 and
glocon score the event-type classifier alone; event-location scores the events stage's choice of
the event's place. Data are read from ../shared/eval unless --path is given; absent data are
skipped with a message (exit 0).
"""
from __future__ import annotations

import argparse
import json
import math
import sys
from pathlib import Path

from ..errors import InputError
from ..settings import Settings


def add_arguments(parser: argparse.ArgumentParser) -> None:
    from ..evaluate.events import DATASETS, SPLITS

    parser.add_argument("--data", choices=DATASETS, action="append",
                        help="data set to score (repeatable; default: all four)")
    parser.add_argument("--path", help="folder holding the eval data sets (default: ../shared/eval)")
    parser.add_argument("--split", choices=SPLITS, default="test",
                        help="which documented split to score (default: test)")
    parser.add_argument("--limit", type=int, help="acled: score only the first N notes")
    parser.add_argument("--classifier-only", action="store_true",
                        help="acled: score the event-type classifier on whole notes, no pipeline")
    parser.add_argument("--labels", action="store_true", help="also print per-label scores")
    parser.add_argument("--json", action="store_true", help="print one JSON object per data set")


def run(args: argparse.Namespace, settings: Settings) -> int:
    from ..evaluate import events as ev

    root = Path(args.path) if args.path else _default_root()
    for name in args.data or ev.DATASETS:
        try:
            report = _evaluate(ev, name, root, args, settings)
        except InputError as exc:
            if exc.code != "NO_DATA":
                raise
            print(f"dateline eval events: {name}: {exc.args[0]}, skipped", file=sys.stderr)
            continue
        print(json.dumps(_as_json(report)) if args.json else format_report(report, labels=args.labels))
    return 0


def _default_root() -> Path:
    from .evaluate import default_eval_root

    return default_eval_root()


def _evaluate(ev, name: str, root: Path, args: argparse.Namespace, settings: Settings):
    if name == "acled":
        if args.classifier_only:
            return ev.evaluate_acled_classifier(root, split=args.split, settings=settings)
        return ev.evaluate_acled(root, split=args.split, settings=settings, limit=args.limit)
    if name == "case2021":
        return ev.evaluate_case(root, split=args.split, settings=settings)
    if name == "glocon":
        return ev.evaluate_glocon(root, split=args.split, settings=settings)
    return ev.evaluate_event_location(root, split=args.split)


def format_report(report, *, labels: bool = False) -> str:
    lines = [f"## {report.dataset} ({report.split} split, n={report.n})"]
    counts = "  ".join(f"{k}={v}" for k, v in report.counts.items())
    if counts:
        lines.append(counts)
    if report.metrics:
        lines += ["| measure | value |", "|---|---|"]
        lines += [f"| {k} | {_cell(v)} |" for k, v in report.metrics.items()]
    if labels and report.table:
        header, *rows = report.table
        lines += ["", "| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
        lines += ["| " + " | ".join(row) + " |" for row in rows]
    lines += [f"note: {n}" for n in report.notes]
    return "\n".join(lines) + "\n"


def _cell(value: float) -> str:
    if isinstance(value, float) and math.isnan(value):
        return "-"
    return f"{value:.1f}" if isinstance(value, float) and value > 1.0 else f"{value:.3f}"


def _as_json(report) -> dict:
    return {"dataset": report.dataset, "split": report.split, "n": report.n,
            "metrics": {k: (None if isinstance(v, float) and math.isnan(v) else round(v, 4))
                        for k, v in report.metrics.items()},
            "counts": report.counts, "notes": list(report.notes)}
