"""Build or inspect the gazetteer index (`dateline gazetteer build`, `dateline gazetteer search NAME`)."""
from __future__ import annotations

import argparse
import json
import time

from ..gazetteer import build_gazetteer, load_gazetteer
from ..settings import Settings


def add_arguments(parser: argparse.ArgumentParser) -> None:
    sub = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    sub.add_parser("build", help="build the index from the installed package data (cached file)")
    sp = sub.add_parser("search", help="list the candidates for a name")
    sp.add_argument("name")
    sp.add_argument("--country", help="ISO 3166-1 alpha-2 code to restrict to")


def run(args: argparse.Namespace, settings: Settings) -> int:
    path = settings.gazetteer_file
    if args.action == "build":
        start = time.perf_counter()
        build_gazetteer(path)
        print(f"gazetteer built at {path} in {time.perf_counter() - start:.1f} s")
        return 0
    gaz = load_gazetteer(path)
    for cand in gaz.search(args.name, args.country):
        e = cand.entry
        print(json.dumps({"geonameid": e.geonameid, "name": e.name, "feature_code": e.feature_code,
                          "country_code": e.country_code, "admin1_code": e.admin1_code,
                          "latitude": e.latitude, "longitude": e.longitude,
                          "population": e.population, "match": cand.match}, ensure_ascii=False))
    return 0
