"""Extract events from articles (.txt, .html, .jsonl, folders, '-' for stdin) as JSON lines.

One JSON event per line goes to stdout (or -o FILE); a summary of documents, events and
rejections by code goes to stderr.
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import Counter

from ..runner import run_documents
from ..settings import Settings
from ..sources import ReadOptions, iter_documents, parse_date
from ..taxonomy import plover


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("paths", nargs="+", metavar="PATH", help="file, folder, or - for stdin")
    parser.add_argument("--date", help="publication date YYYY-MM-DD for plain files")
    parser.add_argument("--source", help="source (publisher) for plain files")
    parser.add_argument("-o", "--output", help="write events here instead of stdout")
    parser.add_argument("--documents", action="store_true",
                        help="write one JSON object per document (with its events and rejections)")


def run(args: argparse.Namespace, settings: Settings) -> int:
    opts = ReadOptions(publication_date=parse_date(args.date), source=args.source,
                       max_bytes=settings.max_input_bytes)
    out = open(args.output, "w", encoding="utf-8") if args.output else sys.stdout
    counts: Counter[str] = Counter()
    rejections: Counter[str] = Counter()
    try:
        for doc in run_documents(iter_documents(args.paths, opts), settings):
            counts["documents"] += 1
            counts["events"] += len(doc.events)
            for rej in doc.rejections:
                rejections[f"{rej.stage}/{rej.code}"] += 1
            if args.documents:
                out.write(json.dumps(document_record(doc), ensure_ascii=False) + "\n")
            else:
                for event in doc.events:
                    out.write(json.dumps(event_record(event), ensure_ascii=False) + "\n")
    finally:
        if out is not sys.stdout:
            out.close()
    summary = f"documents: {counts['documents']}  events: {counts['events']}  rejections: {sum(rejections.values())}"
    print(summary, file=sys.stderr)
    for code, n in sorted(rejections.items()):
        print(f"  rejected {code}: {n}", file=sys.stderr)
    return 0


def event_record(event) -> dict:
    """The event's flat record with its PLOVER event and mode (taxonomy.json)."""
    return {**event.to_record(), **plover(event.sub_event_type)}


def document_record(doc) -> dict:
    return {
        "doc_id": doc.doc_id,
        "title": doc.title,
        "source": doc.source,
        "publication_date": doc.publication_date.isoformat() if doc.publication_date else None,
        "events": [event_record(e) for e in doc.events],
        "rejections": [{"stage": r.stage, "code": r.code, "detail": r.detail, "scope": r.scope}
                       for r in doc.rejections],
    }
