"""Print counts of a store: documents, events, merged events, rejections, and events by
country, type and month (--where filters the events, as in `dateline export`)."""
from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from ..settings import Settings
from ..store import FIELDS, Filter, Store


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--db", required=True, help="DuckDB store file")
    parser.add_argument("--where", action="append", default=[], metavar="COND",
                        help=f"filter FIELD OP VALUE (repeatable); fields: {', '.join(sorted(FIELDS))}")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.add_argument("--top", type=int, default=20, help="rows per table (default 20)")


def run(args: argparse.Namespace, settings: Settings) -> int:
    with Store(args.db, read_only=True) as store:
        stats = store.stats(Filter.parse(args.where))
    if args.json:
        print(json.dumps(stats, default=str, ensure_ascii=False))
        return 0
    out = sys.stdout
    print(f"documents: {stats['documents']} ({stats['documents_ok']} ok, {stats['documents_rejected']} "
          f"rejected)  sources: {stats['sources']}  events: {stats['events']}  merged events: "
          f"{stats['merged_events']}", file=out)
    _table("rejections (stage/code)", stats["rejections"], args.top, out)
    _table("events by country", stats["by_country"], args.top, out)
    _table("events by type", stats["by_type"], args.top, out)
    _table("events by month", stats["by_month"], None, out)
    return 0


def _table(title: str, rows: list[tuple[Any, int]], top: int | None, out) -> None:
    print(f"\n{title}:", file=out)
    shown = rows if top is None else rows[:top]
    width = max([len(str(k or "(none)")) for k, _ in shown] + [4])
    for key, n in shown:
        print(f"  {str(key or '(none)'):<{width}}  {n:>7}", file=out)
    if len(shown) < len(rows):
        print(f"  ... {len(rows) - len(shown)} more", file=out)
