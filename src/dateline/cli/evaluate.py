"""Evaluate dateline on externally labelled data: `dateline eval geoparse --corpus gwn|lgl|geovirus`.

Each evaluation is a sub-command registered in EVALUATIONS (name -> add_arguments, run); the
library side lives in dateline.evaluate.<name>. Corpora are read from the `shared/eval` folder
next to the repository unless --path is given; a missing corpus is skipped with a message.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Callable

from ..settings import Settings


def default_eval_root() -> Path:
    """../shared/eval relative to the repository root (the folder holding src/)."""
    repo = Path(__file__).resolve().parents[3]
    return repo.parent / "shared" / "eval"


def _add_geoparse(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--corpus", choices=("gwn", "lgl", "geovirus"), action="append",
                        help="corpus to score (repeatable; default: all three)")
    parser.add_argument("--gold-spans", action="store_true",
                        help="resolve the gold toponyms (geocoding only, no detection)")
    parser.add_argument("--path", help="folder holding geowebnews/, lgl/, geovirus/ (default: ../shared/eval)")
    parser.add_argument("--limit", type=int, help="score only the first N articles")
    parser.add_argument("--json", action="store_true", help="print JSON rows instead of a table")


def _run_geoparse(args: argparse.Namespace, settings: Settings) -> int:
    from ..evaluate.geoparse import corpus_path, dateline_predictor, evaluate

    root = Path(args.path) if args.path else default_eval_root()
    predict = dateline_predictor(settings, gold_spans=args.gold_spans)
    rows = []
    for corpus in args.corpus or ("gwn", "lgl", "geovirus"):
        if not corpus_path(corpus, root).exists():
            print(f"dateline eval: {corpus}: {corpus_path(corpus, root)} not found, skipped", file=sys.stderr)
            continue
        for scores in evaluate(corpus, root, predict=predict, gold_spans=args.gold_spans, limit=args.limit):
            rows.append({"corpus": corpus, **scores.as_row()})
    if args.json:
        for row in rows:
            print(json.dumps(row))
    else:
        print(format_table(rows))
    return 0


def format_table(rows: list[dict]) -> str:
    """A Markdown table (the README's)."""
    cols = ["corpus", "system", "precision", "recall", "f1", "geocoded", "acc161", "median_km", "auc",
            "geonameid", "admin1"]
    def cell(v):
        return "-" if v is None else str(v)
    lines = ["| " + " | ".join(cols) + " |", "|" + "---|" * len(cols)]
    lines += ["| " + " | ".join(cell(r.get(c)) for c in cols) + " |" for r in rows]
    return "\n".join(lines)


from .eval_events import add_arguments as _events_add_arguments, run as _events_run  # noqa: E402

# name -> (add_arguments, run, help); other evaluations register here.
EVALUATIONS: dict[str, tuple[Callable, Callable, str]] = {
    "geoparse": (_add_geoparse, _run_geoparse,
                 "toponym detection and geocoding on GeoWebNews, LGL, GeoVirus (+ published baselines)"),
    "events": (_events_add_arguments, _events_run,
               "event coding on ACLED notes, CASE 2021, GLOCON and event-location data"),
}


def add_arguments(parser: argparse.ArgumentParser) -> None:
    sub = parser.add_subparsers(dest="evaluation", metavar="EVALUATION", required=True)
    for name, (add, run, help_text) in EVALUATIONS.items():
        sp = sub.add_parser(name, help=help_text, description=help_text)
        add(sp)
        sp.set_defaults(_eval_run=run)


def run(args: argparse.Namespace, settings: Settings) -> int:
    return int(args._eval_run(args, settings) or 0)
