"""Serve the map, timeline and JSON API of an event store (read-only) on a local port.

Open http://HOST:PORT/ in a browser; the API and its OpenAPI docs are under /api. The store is
opened read-only for every request, so it is never changed; while `dateline ingest` writes to the
same file the API answers 503 until it is done.
"""
from __future__ import annotations

import argparse
import sys

from ..settings import Settings


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--db", required=True, help="DuckDB store file (from dateline ingest)")
    parser.add_argument("--host", default="127.0.0.1", help="interface to listen on (default 127.0.0.1)")
    parser.add_argument("--port", type=int, default=8000, help="port (default 8000; 0 picks a free one)")


def run(args: argparse.Namespace, settings: Settings) -> int:
    from ..web import serve

    print(f"dateline: serving {args.db} read-only at http://{args.host}:{args.port}/ (Ctrl-C stops)",
          file=sys.stderr, flush=True)
    serve(args.db, settings=settings, host=args.host, port=args.port)
    return 0
