"""Process articles into an event store (DuckDB): resumable, idempotent, merged at the end.

PATH is a file, a folder, a .jsonl file (one article per line), a WARC file or - for stdin.
Documents are keyed by content hash: running again on the same input adds nothing, and a run
killed at any moment resumes where it stopped. --reprocess re-runs documents stored by another
pipeline version or other extraction settings. A progress bar goes to stderr.
"""
from __future__ import annotations

import argparse
import sys

from ..ingest import IngestReport, ingest
from ..settings import Settings
from ..sources import ReadOptions, parse_date


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("paths", nargs="+", metavar="PATH", help="file, folder, .jsonl, WARC, or - for stdin")
    parser.add_argument("--db", required=True, help="DuckDB store file (created if missing)")
    parser.add_argument("--reprocess", action="store_true",
                        help="re-run documents stored by another pipeline version or settings")
    parser.add_argument("--date", help="publication date YYYY-MM-DD for plain files")
    parser.add_argument("--source", help="source (publisher) for plain files")
    parser.add_argument("--no-merge", action="store_true", help="do not rebuild merged events at the end")
    parser.add_argument("--no-progress", action="store_true", help="no progress bar")
    parser.add_argument("--dask", metavar="ADDRESS",
                        help="process on Dask: a scheduler address, or local:N for a LocalCluster of N "
                             "workers; Parquet partitions go to --parts, then into the store")
    parser.add_argument("--parts", metavar="DIR", help="with --dask: partition folder (default: DB.parts)")


def progress_bar(enabled: bool, desc: str):
    """A tqdm bar on stderr and the callback that updates it (both None when disabled)."""
    if not enabled:
        return None, None
    from tqdm import tqdm

    bar = tqdm(desc=desc, unit="doc", file=sys.stderr, dynamic_ncols=True, smoothing=0.1)

    def update(report: IngestReport) -> None:
        done = report.processed + report.skipped + report.duplicates + report.refocused
        bar.update(done - bar.n)
        if done % 8 == 0:
            bar.set_postfix(docs_s=f"{report.docs_per_second:.1f}", events=report.events,
                            rejected=report.rejected, skipped=report.skipped, refocused=report.refocused,
                            refresh=False)

    return bar, update


def print_summary(report: IngestReport) -> None:
    print(f"documents: {report.seen} read, {report.processed} processed, {report.skipped} already "
          f"stored, {report.duplicates} duplicate  events: {report.events}  rejected documents: "
          f"{report.rejected}  ({report.docs_per_second:.1f} docs/s, {report.seconds:.1f} s)", file=sys.stderr)
    for code, n in sorted(report.rejections.items()):
        print(f"  rejected {code}: {n}", file=sys.stderr)
    if report.refocused:
        print(f"source focus: {report.refocused} documents read again with the states their source "
              f"reports from", file=sys.stderr)
    if report.merge:
        m = report.merge
        print(f"merged: {m.events} events -> {m.merged_events} merged events "
              f"({m.multi_report} reported more than once)", file=sys.stderr)


def run(args: argparse.Namespace, settings: Settings) -> int:
    opts = ReadOptions(publication_date=parse_date(args.date), source=args.source,
                       max_bytes=settings.max_input_bytes)
    bar, update = progress_bar(not args.no_progress, "ingest")
    try:
        if args.dask:
            from ..distributed import ingest_to_store

            report = ingest_to_store(args.paths, args.db, address=args.dask, settings=settings,
                                     parts_dir=args.parts, reprocess=args.reprocess, opts=opts,
                                     progress=update, run_merge=not args.no_merge)
        else:
            report = ingest(args.paths, args.db, settings=settings, reprocess=args.reprocess, opts=opts,
                            progress=update, run_merge=not args.no_merge)
    finally:
        if bar is not None:
            bar.close()
    print_summary(report)
    return 0
