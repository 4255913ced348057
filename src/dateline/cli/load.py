"""Load Parquet partitions of processed documents (e.g. from a Dask run) into a store, then merge.

PART is a .parquet file or a folder of them, in the document record layout of dateline.export.
"""
from __future__ import annotations

import argparse

from ..ingest import load
from ..settings import Settings
from .ingest import print_summary, progress_bar


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("parts", nargs="+", metavar="PART", help="Parquet file or folder of them")
    parser.add_argument("--db", required=True, help="DuckDB store file (created if missing)")
    parser.add_argument("--reprocess", action="store_true",
                        help="replace stored documents whose pipeline or settings differ")
    parser.add_argument("--no-merge", action="store_true", help="do not rebuild merged events at the end")
    parser.add_argument("--no-progress", action="store_true", help="no progress bar")


def run(args: argparse.Namespace, settings: Settings) -> int:
    bar, update = progress_bar(not args.no_progress, "load")
    try:
        report = load(args.parts, args.db, settings=settings, reprocess=args.reprocess,
                      progress=update, run_merge=not args.no_merge)
    finally:
        if bar is not None:
            bar.close()
    print_summary(report)
    return 0
