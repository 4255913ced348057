"""Rebuild the merged events of a store (other thresholds: --set merge_days=2 --set merge_km=25).

The previous merge is replaced as a whole; the reports themselves are never changed.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..errors import StoreError
from ..merge import merge
from ..settings import Settings
from ..store import Store


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--db", required=True, help="DuckDB store file")


def run(args: argparse.Namespace, settings: Settings) -> int:
    if not Path(args.db).exists():
        raise StoreError(f"no store at {args.db}", code="DL501")
    with Store(args.db) as store:
        report = merge(store, settings)
    print(f"merged: {report.events} events -> {report.merged_events} merged events "
          f"({report.multi_report} reported more than once; merge_days={settings.merge_days}, "
          f"merge_km={settings.merge_km:g})", file=sys.stderr)
    return 0
