"""Detect and geocode place mentions: one JSON object per toponym (.txt, .html, .jsonl, folders).

A JSONL line may carry "spans": [[start, end], ...]: exactly those spans of its text are then
resolved (no detection), which is how geoparsers are compared on gold toponyms.
"""
from __future__ import annotations

import argparse
import json
import sys

from ..geoparse import geoparse_paths, place_record
from ..settings import Settings
from ..sources import ReadOptions, parse_date


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("paths", nargs="+", metavar="PATH", help="file, folder, or - for stdin")
    parser.add_argument("--date", help="publication date YYYY-MM-DD for plain files")
    parser.add_argument("-o", "--output", help="write here instead of stdout")
    parser.add_argument("--source-focus", action="store_true",
                        help="resolve every document again with the states its source's other documents "
                             "report from (a local paper's 'Dublin'); holds all results in memory")


def run(args: argparse.Namespace, settings: Settings) -> int:
    opts = ReadOptions(publication_date=parse_date(args.date), max_bytes=settings.max_input_bytes)
    out = open(args.output, "w", encoding="utf-8") if args.output else sys.stdout
    docs = places = unresolved = rejected = 0
    try:
        for doc, doc_id, found in geoparse_paths(args.paths, settings=settings, opts=opts,
                                                   source_focus=args.source_focus):
            docs += 1
            rejected += doc.rejected
            for place in found:
                places += 1
                unresolved += not place.resolved
                out.write(json.dumps(place_record(doc_id, place), ensure_ascii=False) + "\n")
    finally:
        if out is not sys.stdout:
            out.close()
    print(f"documents: {docs}  places: {places}  unresolved: {unresolved}  rejected documents: {rejected}",
          file=sys.stderr)
    return 0
