"""Show every setting with its value (after --config, DATELINE_* and --set) and its help."""
from __future__ import annotations

import argparse
import dataclasses
import json

from ..settings import Settings


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true", help="print the settings as one JSON object")


def run(args: argparse.Namespace, settings: Settings) -> int:
    values = {f.name: getattr(settings, f.name) for f in dataclasses.fields(settings)}
    if args.json:
        print(json.dumps(values, default=list, indent=1))
        return 0
    for name, help_text in settings.describe().items():
        value = values[name]
        shown = ",".join(value) if isinstance(value, tuple) else value
        print(f"{name} = {shown}\n    {help_text}")
    return 0
