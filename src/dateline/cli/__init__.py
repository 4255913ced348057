"""The `dateline` command. Each subcommand lives in its own module of this package and is thin:
it parses arguments, calls one library function, and maps typed errors to an exit code."""
from __future__ import annotations

import argparse
import importlib
import logging
import sys

from ..errors import DatelineError
from ..settings import load_settings

# subcommand -> module in this package defining add_arguments(parser) and run(args, settings) -> int
COMMANDS: dict[str, str] = {
    "extract": "extract",
    "settings": "settings_cmd",
    "geoparse": "geoparse",
    "gazetteer": "gazetteer",
    "eval": "evaluate",
    "ingest": "ingest",
    "load": "load",
    "merge": "merge",
    "export": "export",
    "stats": "stats",
    "show": "show",
    "serve": "serve",
}


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="dateline",
        description="Turn news reports into geocoded event data (ACLED fields) with evidence spans.",
    )
    parser.add_argument("--config", metavar="TOML", help="settings file ([dateline] table)")
    parser.add_argument(
        "--set", dest="overrides", action="append", default=[], metavar="KEY=VALUE",
        help="override one setting (repeatable); see `dateline settings`",
    )
    parser.add_argument("-v", "--verbose", action="store_true", help="log progress and warnings")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for name, module_name in COMMANDS.items():
        module = importlib.import_module(f".{module_name}", __name__)
        doc = (module.__doc__ or "").strip().splitlines()[0] if module.__doc__ else ""
        sp = sub.add_parser(name, help=doc, description=(module.__doc__ or "").strip())
        module.add_arguments(sp)
        sp.set_defaults(_module=module)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    logging.basicConfig(
        level=logging.INFO if args.verbose else logging.WARNING,
        format="%(levelname)s %(name)s: %(message)s",
    )
    if not args.verbose:  # trafilatura logs every unparseable page at ERROR; rejections report them
        logging.getLogger("trafilatura").setLevel(logging.CRITICAL)
    try:
        settings = load_settings(toml_path=args.config, overrides=args.overrides)
        return int(args._module.run(args, settings) or 0)
    except DatelineError as exc:
        print(f"dateline: error {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("dateline: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
