"""Show one event: its fields, evidence spans, document, and the reports merged with it and why.

EVENT_ID is an event id (one report) or a merged event id.
"""
from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from ..errors import StoreError
from ..settings import Settings
from ..store import Store

_FIELDS = ("event_date", "event_type", "sub_event_type", "actor1", "assoc_actor_1", "actor2",
           "assoc_actor_2", "location", "admin1", "country", "latitude", "longitude",
           "geo_precision", "fatalities", "size", "source", "source_is_party", "confidence")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("event_id", metavar="EVENT_ID", help="event id or merged event id")
    parser.add_argument("--db", required=True, help="DuckDB store file")
    parser.add_argument("--json", action="store_true", help="print one JSON object")


def run(args: argparse.Namespace, settings: Settings) -> int:
    with Store(args.db, read_only=True) as store:
        event = store.event(args.event_id)
        merged = store.merged(args.event_id) if event is None else event["merged"]
        params = store.merge_settings()
    if event is None and merged is None:
        raise StoreError(f"no event or merged event {args.event_id!r}", code="DL540")
    if args.json:
        print(json.dumps({"event": event, "merged": merged}, default=str, ensure_ascii=False))
        return 0
    out = sys.stdout
    if event is not None:
        _print_event(event, out)
    if merged is not None:
        _print_merged(merged, params, out)
    return 0


def _print_event(event: dict[str, Any], out) -> None:
    doc = event["document"]
    print(f"event {event['event_id']}  (document {doc['doc_id']})", file=out)
    if doc["title"] or doc["url"]:
        print(f"  {doc['title'] or ''} {doc['url'] or ''}".rstrip(), file=out)
    for name in _FIELDS:
        print(f"  {name:<16} {event[name] if event[name] is not None else ''}", file=out)
    print(f"  {'notes':<16} {event['notes']}", file=out)
    print("evidence:", file=out)
    for ev in event["evidence"]:
        print(f"  {ev['field']:<12} [{ev['span_start']}:{ev['span_end']}] {ev['text']!r}", file=out)


def _print_merged(merged: dict[str, Any], params: dict[str, str], out) -> None:
    print(f"\nmerged event {merged['merged_id']}: {merged['n_reports']} report(s), {merged['n_sources']} "
          f"source(s), corroboration {merged['corroboration']}  (merge_days={params.get('merge_days', '?')}, "
          f"merge_km={params.get('merge_km', '?')})", file=out)
    print(f"  {merged['event_date']}  {merged['event_type']} / {merged['sub_event_type']}  at "
          f"{merged['location']} ({merged['country']})  fatalities {merged['fatalities']}", file=out)
    for rep in merged["reports"]:
        flags = []
        if rep["is_representative"]:
            flags.append("representative")
        if rep["source_is_party"]:
            flags.append("source is a party: does not corroborate")
        elif not rep["corroborates"]:
            flags.append("same source as an earlier report: does not corroborate")
        print(f"  - {rep['event_id']}  {rep['event_date']}  {rep['source'] or rep['source_key']}  "
              f"{rep['location']}  {rep['actor1']}{' / ' + rep['actor2'] if rep['actor2'] else ''}"
              f"{'  [' + '; '.join(flags) + ']' if flags else ''}", file=out)
        print(f"      why: {rep['reason']}", file=out)
