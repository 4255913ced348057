"""Export the events of a store: csv (ACLED columns, then ours), parquet, geojson or jsonl.

--where takes FIELD OP VALUE conditions (repeatable, joined by AND), never SQL. OP is one of
= != < <= > >= and ~ (contains, case-insensitive); text = is case-insensitive, and country
matches a name or an ISO3 code. Examples:
  --where country=Nigeria --where "event_date>=2024-01-01" --where "actor~police"
  --where corroboration>=2 --where event_type=Protests
"""
from __future__ import annotations

import argparse
import sys

from ..export import FORMATS, export_events
from ..settings import Settings
from ..store import FIELDS, Filter, Store


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--db", required=True, help="DuckDB store file")
    parser.add_argument("--format", required=True, choices=FORMATS, help="output format")
    parser.add_argument("--where", action="append", default=[], metavar="COND",
                        help=f"filter FIELD OP VALUE (repeatable); fields: {', '.join(sorted(FIELDS))}")
    parser.add_argument("-o", "--output", help="output file (default stdout; parquet needs a file)")


def run(args: argparse.Namespace, settings: Settings) -> int:
    where = Filter.parse(args.where)
    with Store(args.db, read_only=True) as store:
        n = export_events(store, args.format, args.output or sys.stdout.buffer, where=where)
    print(f"exported {n} events ({args.format})", file=sys.stderr)
    return 0
